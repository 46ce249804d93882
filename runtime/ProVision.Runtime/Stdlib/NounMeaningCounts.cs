using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Per noun of a graph (its slot in <see cref="Sets.Nouns"/>), the meanings of its objects' attributes and how many of
/// its objects carry each (an object with "big" and "large" counts once): what <see cref="AttributedNouns.CountOf"/>
/// reads. Made once per graph and vocabulary and kept with the graph's nouns (for a drawn image, across its draws).
/// </summary>
internal sealed class NounMeaningCounts
{
    // The entries of slot s are [_starts[s], _starts[s + 1]) of _meanings and _counts; a noun's objects have few
    // meanings, so a lookup is a short scan.
    private readonly int[] _starts;
    private readonly string[] _meanings;
    private readonly int[] _counts;

    private NounMeaningCounts(int[] starts, string[] meanings, int[] counts)
    {
        _starts = starts;
        _meanings = meanings;
        _counts = counts;
    }

    /// <summary>How many objects of the noun at <paramref name="slot"/> carry an attribute of meaning <paramref name="meaning"/> (ignoring case).</summary>
    public int CountAt(int slot, string meaning)
    {
        for (var i = _starts[slot]; i < _starts[slot + 1]; i++)
        {
            if (ReferenceEquals(_meanings[i], meaning) || string.Equals(_meanings[i], meaning, StringComparison.OrdinalIgnoreCase)) return _counts[i];
        }
        return 0;
    }

    /// <summary>The counts of <paramref name="graph"/>'s nouns under <paramref name="vocabulary"/>.</summary>
    public static NounMeaningCounts Of(SceneGraph graph, Vocabulary vocabulary)
    {
        var slots = Nouns.IdsOfObjects(graph, vocabulary);
        var nounCount = Sets.NounGroups(graph, vocabulary).Nouns.Length;
        var perSlot = new List<(string Meaning, int Count)>?[nounCount];
        var objectMeanings = new List<string>();
        for (var i = 0; i < slots.Length; i++)
        {
            var attributes = graph.AttributesOf(i);
            if (attributes.IsDefaultOrEmpty) continue;
            objectMeanings.Clear();
            foreach (var attribute in attributes)
            {
                var meaning = vocabulary.MeaningOf(attribute);
                if (IndexOf(objectMeanings, meaning) < 0) objectMeanings.Add(meaning);
            }
            var entries = perSlot[slots[i]] ??= [];
            foreach (var meaning in objectMeanings)
            {
                var at = IndexOf(entries, meaning);
                if (at < 0) entries.Add((meaning, 1));
                else entries[at] = (entries[at].Meaning, entries[at].Count + 1);
            }
        }
        return Flatten(perSlot);
    }

    private static int IndexOf(List<string> meanings, string meaning)
    {
        for (var i = 0; i < meanings.Count; i++)
        {
            if (string.Equals(meanings[i], meaning, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private static int IndexOf(List<(string Meaning, int Count)> entries, string meaning)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Meaning, meaning, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private static NounMeaningCounts Flatten(List<(string Meaning, int Count)>?[] perSlot)
    {
        var starts = new int[perSlot.Length + 1];
        for (var s = 0; s < perSlot.Length; s++) starts[s + 1] = starts[s] + (perSlot[s]?.Count ?? 0);
        var meanings = new string[starts[^1]];
        var counts = new int[starts[^1]];
        for (var s = 0; s < perSlot.Length; s++)
        {
            var entries = perSlot[s];
            if (entries is null) continue;
            for (var j = 0; j < entries.Count; j++)
            {
                meanings[starts[s] + j] = entries[j].Meaning;
                counts[starts[s] + j] = entries[j].Count;
            }
        }
        return new NounMeaningCounts(starts, meanings, counts);
    }
}
