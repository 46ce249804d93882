using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Object sets generators start from: unique-label objects, non-included objects, labels present, label groups.
/// Each call makes one pass (two for groups) with a per-thread reusable label table, so a call per graph
/// allocates only its result.
/// </summary>
public static class Sets
{
    [ThreadStatic]
    private static Dictionary<string, int>? t_labelTable;

    /// <summary>Indices of the objects whose label occurs exactly once in the graph (naming them is unambiguous), ascending.</summary>
    public static ImmutableArray<int> UniqueLabelObjects(SceneGraph graph)
    {
        var groups = GroupByLabel(graph);
        var result = ImmutableArray.CreateBuilder<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups.Size(g) == 1)
            {
                result.Add(groups.Objects(g)[0]);
            }
        }
        // Groups come in order of first appearance, and a singleton's first appearance is its only index: ascending.
        return result.DrainToImmutable();
    }

    /// <summary>
    /// Indices of the objects whose box does not contain another object's box (shared edges count as containing;
    /// two identical boxes contain each other), ascending.
    /// </summary>
    public static ImmutableArray<int> NonIncludedObjects(SceneGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var objects = graph.Objects;
        var result = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            var outer = objects[i].Box;
            var includes = false;
            for (var j = 0; j < objects.Length && !includes; j++)
            {
                includes = j != i && outer.Contains(objects[j].Box);
            }
            if (!includes)
            {
                result.Add(i);
            }
        }
        return result.DrainToImmutable();
    }

    /// <summary>The distinct labels of the graph, in order of first appearance.</summary>
    /// <remarks>
    /// Computed once per graph and kept on it: multi-image queries ask for it inside loops over label pairs. A drawn
    /// image reads it from the label facts of the data-set index (<see cref="Generation.IndexedImage"/>).
    /// </remarks>
    public static ImmutableArray<string> Labels(SceneGraph graph) =>
        ImmutableCollectionsMarshal.AsImmutableArray(graph.DistinctLabels ??=
            graph.Indexed?.Labels() ?? ImmutableCollectionsMarshal.AsArray(ComputeLabels(graph)));

    private static ImmutableArray<string> ComputeLabels(SceneGraph graph)
    {
        var groups = GroupByLabel(graph);
        var result = ImmutableArray.CreateBuilder<string>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            result.Add(groups.Label(g));
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// The distinct nouns of the graph's labels (<see cref="Vocabulary.NounOf"/>: "bananas" and "banana" are one),
    /// in order of first appearance (the .pvg <c>img.nouns</c>).
    /// </summary>
    /// <remarks>
    /// Computed once per graph and vocabulary and kept on the graph: multi-image queries ask "is the noun in this
    /// image" for every candidate noun, which over the objects would ask every object's noun again each time.
    /// </remarks>
    public static ImmutableArray<string> Nouns(SceneGraph graph, Vocabulary vocabulary) => NounGroups(graph, vocabulary).Nouns;

    /// <summary>
    /// The graph's distinct nouns with their object counts, kept on the graph per vocabulary: from the label facts of
    /// the data-set index for a drawn image (<see cref="Generation.IndexedImage"/>), else from the objects.
    /// </summary>
    internal static NounsOfGraph NounGroups(SceneGraph graph, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (graph.DistinctNouns is { } kept && ReferenceEquals(kept.Vocabulary, vocabulary)) return kept;
        var groups = graph.Indexed?.NounsUnder(vocabulary) ?? NounGroupsOfObjects(graph, vocabulary);
        graph.DistinctNouns = groups;
        return groups;
    }

    private static NounsOfGraph NounGroupsOfObjects(SceneGraph graph, Vocabulary vocabulary)
    {
        var nouns = new List<string>();
        var counts = new List<int>();
        foreach (var obj in graph.Objects)
        {
            var noun = vocabulary.NounOf(obj.Label);
            var at = nouns.IndexOf(noun);
            if (at < 0)
            {
                nouns.Add(noun);
                counts.Add(1);
            }
            else
            {
                counts[at]++;
            }
        }
        return new NounsOfGraph(vocabulary, [.. nouns], [.. counts]);
    }

    /// <summary>Whether exactly one object carries <paramref name="label"/> (the .pvg <c>isUnique</c>).</summary>
    public static bool IsUnique(SceneGraph graph, string label) => CountLabel(graph, label) == 1;

    /// <summary>How many objects carry <paramref name="label"/> (ordinal comparison), from a per-graph count kept on the graph.</summary>
    public static int CountLabel(SceneGraph graph, string label)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(label);
        return (graph.LabelCounts ??= CountLabels(graph)).GetValueOrDefault(label);
    }

    private static Dictionary<string, int> CountLabels(SceneGraph graph)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var obj in graph.Objects)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, obj.Label, out _)++;
        }
        return counts;
    }

    /// <summary>The objects grouped by label (ordinal), groups in order of first appearance.</summary>
    public static LabelGroups GroupByLabel(SceneGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var objects = graph.Objects;
        var table = t_labelTable ??= new Dictionary<string, int>(StringComparer.Ordinal);
        table.Clear();
        var groupOf = objects.Length <= 256 ? stackalloc int[objects.Length] : new int[objects.Length];
        var labels = new List<string>();
        for (var i = 0; i < objects.Length; i++)
        {
            var label = objects[i].Label;
            if (!table.TryGetValue(label, out var group))
            {
                group = labels.Count;
                table.Add(label, group);
                labels.Add(label);
            }
            groupOf[i] = group;
        }
        table.Clear();
        var offsets = new int[labels.Count + 1];
        foreach (var group in groupOf)
        {
            offsets[group + 1]++;
        }
        for (var g = 0; g < labels.Count; g++)
        {
            offsets[g + 1] += offsets[g];
        }
        var members = new int[objects.Length];
        var next = offsets.AsSpan(0, labels.Count).ToArray();
        for (var i = 0; i < objects.Length; i++)
        {
            members[next[groupOf[i]]++] = i;
        }
        return new LabelGroups([.. labels], offsets, members);
    }
}

/// <summary>
/// A graph's distinct nouns (<see cref="Sets.Nouns"/>) in order of first appearance, how many objects each names
/// (<see cref="Stdlib.Nouns.CountOfNoun"/>), and the vocabulary that named them.
/// </summary>
/// <remarks>
/// A drawn image's nouns are the strings of its data set's noun table (<paramref name="table"/>), one instance per noun,
/// so a noun of that table is among them exactly when one of them is that very instance; <paramref name="tableIds"/> are
/// their ids in that table, slot by slot (<see cref="NounIds"/>).
/// </remarks>
internal sealed class NounsOfGraph(Vocabulary vocabulary, string[] nouns, int[] counts, Generation.LabelNouns? table = null, int[]? tableIds = null)
{
    public Vocabulary Vocabulary { get; } = vocabulary;

    public ImmutableArray<string> Nouns => ImmutableCollectionsMarshal.AsImmutableArray(nouns);

    /// <summary>The number of objects whose label's noun is <paramref name="noun"/> ignoring case (<see cref="Stdlib.Nouns.CountNoun"/>).</summary>
    public int CountIgnoringCase(string noun)
    {
        var count = 0;
        for (var i = 0; i < nouns.Length; i++)
        {
            if (string.Equals(nouns[i], noun, StringComparison.OrdinalIgnoreCase)) count += counts[i];
        }
        return count;
    }

    /// <summary>The number of objects whose label's noun is <paramref name="noun"/> (ordinal); 0 when none is.</summary>
    public int CountOf(string noun)
    {
        var slot = SlotOf(noun);
        return slot < 0 ? 0 : counts[slot];
    }

    /// <summary>The position of <paramref name="noun"/> in <see cref="Nouns"/> (ordinal), or -1.</summary>
    public int SlotOf(string noun)
    {
        // A query's noun is usually one of these very strings (it came from img.nouns): a reference match first.
        var slot = IndexOfInstance(nouns, noun);
        if (slot >= 0) return slot;
        if (table is null || noun is null) return Array.IndexOf(nouns, noun);
        // A drawn image's nouns are the table's instances, so any noun is among them only as the table's own instance:
        // a miss (a noun of another image, mostly absent here) costs one hash lookup, not a string compare per noun.
        if (!table.TryGetNounId(noun, out var id)) return -1;
        var instance = table.Noun(id);
        return ReferenceEquals(instance, noun) ? -1 : IndexOfInstance(nouns, instance);
    }

    // The position of that very string instance, or -1.
    private static int IndexOfInstance(string[] nouns, string noun)
    {
        for (var i = 0; i < nouns.Length; i++)
        {
            if (ReferenceEquals(nouns[i], noun)) return i;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="noun"/> is one of <see cref="Nouns"/> (ordinal, as <c>noun in img.nouns</c>).</summary>
    public bool Holds(string noun) => SlotOf(noun) >= 0;

    /// <summary>The data set's noun id of each of <see cref="Nouns"/>, slot by slot; null for a graph not drawn from a data-set index.</summary>
    public int[]? TableIds { get; } = tableIds;

    /// <summary>
    /// The position of the noun with data-set noun id <paramref name="id"/> in <see cref="Nouns"/>, or -1; a negative id
    /// (a noun outside the data set's table) or a graph without ids asks <see cref="SlotOf"/> of the text.
    /// </summary>
    public int SlotOfId(int id, string noun) =>
        id >= 0 && TableIds is { } ids ? ids.AsSpan().IndexOf(id) : SlotOf(noun);

    /// <summary>The number of objects of the noun at <paramref name="slot"/>.</summary>
    public int CountAt(int slot) => counts[slot];

    /// <summary>
    /// For each object of the graph, the slot of its label's noun in <see cref="Nouns"/>, filled in on first use
    /// (<see cref="Stdlib.Nouns.ObjectsOfNoun"/>; a race only computes the same array twice).
    /// </summary>
    public int[]? ObjectSlots { get; set; }

    /// <summary>The meanings of each noun's objects' attributes with their object counts (<see cref="Stdlib.AttributedNouns.CountOf"/>), made on first use like <see cref="ObjectSlots"/>.</summary>
    public NounMeaningCounts? MeaningCounts { get; set; }

    /// <summary>The distinct (noun, attribute) pairs of the objects (<see cref="Stdlib.AttributedNouns.PairsOf"/>), made on first use like <see cref="ObjectSlots"/>.</summary>
    public (string Noun, string Attribute)[]? NounAttributes { get; set; }

    /// <summary>The distinct (noun, meaning) pairs of the objects' attributes (<see cref="Stdlib.AttributedNouns.MeaningPairsOf"/>), made on first use like <see cref="ObjectSlots"/>.</summary>
    public (string Noun, string Meaning)[]? NounMeanings { get; set; }

    /// <summary>The nouns that name a person (<see cref="Stdlib.Persons.NounsOf"/>), made on first use like <see cref="ObjectSlots"/>.</summary>
    public string[]? PersonNouns { get; set; }
}
