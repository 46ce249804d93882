using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Noun groups: the objects a noun in a question denotes are every object whose label is that noun in either
/// number ("banana", "bananas"; "person", "people"), as a reader takes it. The pack's vocabulary says which noun a
/// label names (<see cref="Vocabulary.NounOf"/>).
/// </summary>
public static class Nouns
{
    /// <summary>How many objects of the graph the noun of <paramref name="label"/> denotes (a bunch counts as one object).</summary>
    public static int CountNoun(SceneGraph graph, Vocabulary vocabulary, string label)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(label);
        // An object counts when its label is this label or its noun is this label's noun, case aside. One label's text
        // always has one noun, so that is the objects whose noun is this noun case aside: summed over the graph's
        // distinct nouns, kept with the graph (HeadRelation asks isUnique once per (object, predicate, noun) group).
        return Sets.NounGroups(graph, vocabulary).CountIgnoringCase(vocabulary.NounOf(label));
    }

    /// <summary>
    /// How many objects of the graph have <paramref name="noun"/> as their label's noun (ordinal: the .pvg
    /// <c>countNoun(img, noun)</c>, equal to <c>count([o for o in img.objects where noun(o.label) == noun])</c>), from the
    /// graph's noun counts (<see cref="Sets.Nouns"/>; for a drawn image, the label facts of the data-set index).
    /// </summary>
    public static int CountOfNoun(SceneGraph graph, Vocabulary vocabulary, string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return Sets.NounGroups(graph, vocabulary).CountOf(noun);
    }

    /// <summary>
    /// A number per object of the graph, equal for two objects exactly when their labels' nouns are equal (ordinal):
    /// the slot of the object's noun among the graph's distinct nouns (<see cref="Sets.Nouns"/>), the same array
    /// <see cref="ObjectsOfNoun"/> reads. Emitted code compares these instead of the noun strings where a .pvg compares
    /// <c>noun(a.label) == noun(b.label)</c> of two objects of one image (HeadRelation asks it for every pair of objects
    /// per group; docs/language-design.md#emit).
    /// </summary>
    /// <remarks>Made once per graph and vocabulary and kept with the graph's nouns.</remarks>
    public static int[] IdsOfObjects(SceneGraph graph, Vocabulary vocabulary) =>
        ObjectSlots(graph, vocabulary, Sets.NounGroups(graph, vocabulary));

    /// <summary>
    /// The objects of the graph (image <paramref name="image"/> of a draw) whose label's noun is <paramref name="noun"/>
    /// (ordinal), in object order: the .pvg <c>objectsOfNoun(img, noun)</c>, equal to <c>[o for o in img.objects where
    /// noun(o.label) == noun]</c>. The noun of each object is found once per graph and vocabulary: for a drawn image
    /// from the label facts of the data-set index and its objects' label ids, without a vocabulary lookup per object.
    /// </summary>
    public static Generation.ObjectRef[] ObjectsOfNoun(SceneGraph graph, int image, Vocabulary vocabulary, string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var groups = Sets.NounGroups(graph, vocabulary);
        return ObjectsAt(graph, image, vocabulary, groups, groups.SlotOf(noun));
    }

    /// <summary>The objects of the noun at <paramref name="slot"/> of <paramref name="groups"/> (none for -1), in object order.</summary>
    internal static Generation.ObjectRef[] ObjectsAt(SceneGraph graph, int image, Vocabulary vocabulary, NounsOfGraph groups, int slot)
    {
        if (slot < 0) return [];
        var slots = ObjectSlots(graph, vocabulary, groups);
        var objects = new Generation.ObjectRef[groups.CountAt(slot)];
        for (int i = 0, found = 0; found < objects.Length; i++)
        {
            if (slots[i] == slot) objects[found++] = new Generation.ObjectRef(image, i);
        }
        return objects;
    }

    /// <summary>
    /// The noun of object <paramref name="index"/>'s label (<see cref="Vocabulary.NounOf"/>, the same text), read from
    /// the graph's object noun slots: for a drawn image without reading its objects (emitted for <c>noun(o.label)</c>
    /// of a multi-image object, which CommonObject asks of every object of both images for its evidence).
    /// </summary>
    public static string OfObject(SceneGraph graph, Vocabulary vocabulary, int index)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        // Objects already at hand (a graph not drawn, or a drawn one whose attributes were read): the label's noun, as
        // before; the slots would decode the summary's label ids again for every draw of the attribute generators.
        if (graph.ObjectsRead) return vocabulary.NounOf(graph.Objects[index].Label);
        var groups = Sets.NounGroups(graph, vocabulary);
        return groups.Nouns[ObjectSlots(graph, vocabulary, groups)[index]];
    }

    // The slot of each object's noun among the graph's nouns, made on first use and kept with them.
    private static int[] ObjectSlots(SceneGraph graph, Vocabulary vocabulary, NounsOfGraph groups) =>
        groups.ObjectSlots ??= ComputeObjectSlots(graph, vocabulary, groups);

    private static int[] ComputeObjectSlots(SceneGraph graph, Vocabulary vocabulary, NounsOfGraph groups)
    {
        if (graph.Indexed is { } indexed) return indexed.ObjectNounSlots(vocabulary, groups);
        var objects = graph.Objects;
        var slots = new int[objects.Length];
        for (var i = 0; i < slots.Length; i++) slots[i] = groups.SlotOf(vocabulary.NounOf(objects[i].Label));
        return slots;
    }

    /// <summary>
    /// Whether <paramref name="noun"/> is one of the graph's nouns (ordinal): the .pvg <c>noun in img.nouns</c>, equal to
    /// <c>Lists.Contains(Sets.Nouns(graph, vocabulary), noun)</c>. For a drawn image a noun of the data set compares by
    /// reference (its nouns are the instances of the data set's noun table), so a miss costs one hash lookup rather
    /// than a string comparison per noun.
    /// </summary>
    public static bool Has(SceneGraph graph, Vocabulary vocabulary, string noun) => Sets.NounGroups(graph, vocabulary).Holds(noun);

    /// <summary>
    /// <see cref="Vocabulary.IsThing"/> of <paramref name="label"/> in a multi-image run: the answer for a noun of the
    /// data set is kept with the data set's noun table (multi-image candidate loops ask it of every noun of every draw).
    /// </summary>
    public static bool IsThing(Generation.DataSetIndex dataSet, Vocabulary vocabulary, string label)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(label);
        return dataSet.NounsUnder(vocabulary).IsThing(label);
    }

    /// <summary><see cref="Vocabulary.IsCountable"/> of <paramref name="label"/> in a multi-image run, kept as <see cref="IsThing(Generation.DataSetIndex, Vocabulary, string)"/> is.</summary>
    public static bool IsCountable(Generation.DataSetIndex dataSet, Vocabulary vocabulary, string label)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(label);
        return dataSet.NounsUnder(vocabulary).IsCountable(label);
    }

    /// <summary><see cref="Vocabulary.IsOnPerson"/> of <paramref name="label"/> in a multi-image run, kept as <see cref="IsThing(Generation.DataSetIndex, Vocabulary, string)"/> is.</summary>
    public static bool IsOnPerson(Generation.DataSetIndex dataSet, Vocabulary vocabulary, string label)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(label);
        return dataSet.NounsUnder(vocabulary).IsOnPerson(label);
    }

    /// <summary>
    /// Whether "the &lt;label&gt;" names exactly one object: no other object has the label or its noun in the other
    /// number ("the banana" is not unique beside "bananas", nor "the bananas" beside a "banana").
    /// </summary>
    public static bool IsUnique(SceneGraph graph, Vocabulary vocabulary, string label) => CountNoun(graph, vocabulary, label) == 1;
}
