using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The objects of a noun that carry an attribute, counted by meaning: the .pvg <c>countAttributed(img, noun,
/// attribute)</c>. The attribute generators ask it for every (noun, attribute) candidate of every draw; the answer is a
/// function of the image and the vocabulary alone, so each image's counts are made once and kept with its nouns.
/// </summary>
public static class AttributedNouns
{
    /// <summary>
    /// How many objects of the graph whose label's noun is <paramref name="noun"/> (ordinal) carry
    /// <paramref name="attribute"/> or a synonym of it: equal to <c>count([o for o in objectsOfNoun(img, noun) where
    /// any(o.attributes, b => synonyms(attribute, b))])</c>. Two words are synonyms exactly when their meanings
    /// (<see cref="Vocabulary.MeaningOf"/>) are equal ignoring case, so the count is read from the image's
    /// (noun, meaning) counts.
    /// </summary>
    public static int CountOf(SceneGraph graph, Vocabulary vocabulary, string noun, string attribute)
    {
        ArgumentNullException.ThrowIfNull(noun);
        ArgumentNullException.ThrowIfNull(attribute);
        var groups = Sets.NounGroups(graph, vocabulary);
        var slot = groups.SlotOf(noun);
        if (slot < 0) return 0;
        var counts = groups.MeaningCounts ??= NounMeaningCounts.Of(graph, vocabulary);
        return counts.CountAt(slot, vocabulary.MeaningOf(attribute));
    }
}
