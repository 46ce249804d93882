using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The attributes of an image's nouns: the .pvg <c>nounAttributes(img)</c> and <c>nounMeanings(img)</c> (the pairs an
/// attribute generator makes its candidates of) and <c>countAttributed(img, noun, attribute)</c> (the objects of a noun that carry an attribute,
/// counted by meaning). The attribute generators ask them on every draw; the answers are a function of the image and
/// the vocabulary alone, so each image's are made once and kept with its nouns (for a drawn image, across its draws).
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

    /// <summary>
    /// The distinct (noun, attribute) pairs of the graph's objects, in object then attribute order: equal to
    /// <c>distinct([(noun(o.label), x) for o in img.objects for x in o.attributes])</c> (ordinal).
    /// </summary>
    public static ImmutableArray<(string Noun, string Attribute)> PairsOf(SceneGraph graph, Vocabulary vocabulary)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        return ImmutableCollectionsMarshal.AsImmutableArray(groups.NounAttributes ??= Pairs(graph, vocabulary, groups));
    }

    /// <summary>
    /// The distinct (noun, meaning) pairs of the graph's objects' attributes, in object then attribute order: equal to
    /// <c>distinct([(n, meaning(x)) for n, x in nounAttributes(img)])</c> (ordinal), so a generator that asks by meaning
    /// maps and hashes each image's pairs once instead of on every draw.
    /// </summary>
    public static ImmutableArray<(string Noun, string Meaning)> MeaningPairsOf(SceneGraph graph, Vocabulary vocabulary)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        return ImmutableCollectionsMarshal.AsImmutableArray(groups.NounMeanings ??= MeaningPairs(PairsOf(graph, vocabulary), vocabulary));
    }

    private static (string Noun, string Meaning)[] MeaningPairs(ImmutableArray<(string Noun, string Attribute)> pairs, Vocabulary vocabulary)
    {
        var meanings = new List<(string Noun, string Meaning)>(pairs.Length);
        var seen = new HashSet<(string, string)>();
        foreach (var (noun, attribute) in pairs)
        {
            var pair = (noun, vocabulary.MeaningOf(attribute));
            if (seen.Add(pair)) meanings.Add(pair);
        }
        return [.. meanings];
    }

    private static (string Noun, string Attribute)[] Pairs(SceneGraph graph, Vocabulary vocabulary, NounsOfGraph groups)
    {
        var slots = Nouns.IdsOfObjects(graph, vocabulary);
        var pairs = new List<(string Noun, string Attribute)>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < slots.Length; i++)
        {
            var attributes = graph.AttributesOf(i);
            if (attributes.IsDefaultOrEmpty) continue;
            var noun = groups.Nouns[slots[i]];
            foreach (var attribute in attributes)
            {
                if (seen.Add((noun, attribute))) pairs.Add((noun, attribute));
            }
        }
        return [.. pairs];
    }
}
