using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib;

public sealed partial class Vocabulary
{
    // The synonym group of a word as AreSynonyms asks it, untrimmed: generators ask synonyms(p, q) of the same few
    // predicate and attribute strings (graph strings and data-set lists are pooled instances) for every candidate and
    // choice, and the group lookup hashes the word ignoring case each time. A direct-mapped slot per word (found as
    // the recent nouns' are) answers a word asked again by a reference comparison; a miss looks it up as before.
    internal int RecentSynonymGroupOf(string word) => RecentWord(word).Group;

    // meaning(x) of the same pooled attribute strings, asked for every attribute of every object of every draw
    // (CountAttributeObject's candidates): the slot keeps the word's meaning with its group, both from one lookup.
    private string RecentMeaningOf(string word) => RecentWord(word).Meaning;

    private RecentGroup RecentWord(string word)
    {
        var slot = RecentTextSlot.Of(word);
        if (_recentGroups[slot] is { } recent && ReferenceEquals(recent.Word, word)) return recent;
        var trimmed = word.Trim();
        recent = _synonymGroup.TryGetValue(trimmed, out var group)
            ? new RecentGroup(word, group.Id, group.Head)
            : new RecentGroup(word, -1, trimmed);
        // One reference write: a thread reading the slot sees a whole record, old or new.
        _recentGroups[slot] = recent;
        return recent;
    }

    private readonly RecentGroup?[] _recentGroups = new RecentGroup?[RecentTextSlot.Count];

    private sealed record RecentGroup(string Word, int Group, string Meaning);
}
