using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// <c>meaning(x)</c> and <c>synonyms(a, b)</c> answer from a slot per recently asked word (Vocabulary.RecentSynonyms.cs):
/// a word asked again, a copy of it, a case or space variant, and a word that another evicted from its slot all answer
/// as on first asking, when every lookup is a miss.
/// </summary>
public sealed class RecentWordsTests
{
    // "light" is in two groups (it belongs to the later one, so the first group's head moves on to "pale"); the
    // empty group has no head; " Huge " is listed with spaces.
    private const string Groups = """
        { "synonyms": [ ["light", "pale", "white"], ["light", "bright"], [], ["large", "big", " Huge "] ] }
        """;

    [Fact]
    public void Meanings_and_synonyms_asked_again_answer_as_first_asked()
    {
        List<string> words = ["light", "pale", "white", "bright", "large", "big", "huge", "Huge", " big ", "BIG", "red", " red", "Red", ""];
        // Three times the slots: words share slots and evict each other between askings.
        words.AddRange(Enumerable.Range(0, 3000).Select(i => "w" + i));
        // First asking: each word on a vocabulary of its own, whose slots hold nothing yet (each lookup a miss).
        var expected = words.Select(w => Answer(VocabularyReader.Parse(Groups), w)).ToList();

        // Then asked again in order, in reverse (after the words that evicted them) and as copies of the text.
        var warm = VocabularyReader.Parse(Groups);
        var copies = words.Select(w => new string(w.AsSpan())).ToList();
        for (var i = 0; i < words.Count; i++) Assert.Equal(expected[i], Answer(warm, words[i]));
        for (var i = words.Count - 1; i >= 0; i--) Assert.Equal(expected[i], Answer(warm, words[i]));
        for (var i = 0; i < words.Count; i++) Assert.Equal(expected[i], Answer(warm, copies[i]));
        Assert.Equal("pale", warm.MeaningOf(" white"));
        Assert.Equal("large", warm.MeaningOf("HUGE"));
        Assert.Equal("Red", warm.MeaningOf(" Red "));
    }

    // What the vocabulary says of a word's meaning and synonyms, against words in and out of groups.
    private static string Answer(Vocabulary vocabulary, string word) =>
        $"{vocabulary.MeaningOf(word)}|{vocabulary.AreSynonyms(word, "big")}|{vocabulary.AreSynonyms("white", word)}|" +
        $"{vocabulary.AreSynonyms(word, "red")}|{vocabulary.AreSynonyms(word, word.Trim().ToUpperInvariant())}|{vocabulary.MeaningOf(word)}";
}
