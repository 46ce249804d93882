using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The noun questions of multi-image queries asked by noun id: a noun taken from a drawn image's nouns
/// (<c>img.nouns</c>) carries its id in the data set's noun table beside its text, and emitted code asks with the id
/// (<c>lbl in img.nouns</c>, <c>isThing</c>, <c>countable</c>, <c>countNoun</c>, <c>objectsOfNoun</c>,
/// <c>distinct</c>) where the string form would hash or compare the text. Each answer equals the string form's
/// (<see cref="Nouns"/>): an id names exactly one noun text, and ids compare equal exactly when the texts do.
/// </summary>
/// <remarks>
/// Ids are those of the data set the images were drawn from under the run's vocabulary (the table's ids follow the data
/// set's label order, so every table made for them agrees). A noun without an id (-1: a graph not drawn from a
/// data-set index) is asked by its text. The rule: docs/language-design.md#emit.
/// </remarks>
public static class NounIds
{
    /// <summary>
    /// The data set's noun id of each of <see cref="Sets.Nouns"/> of the graph, in the same order; -1 for each noun of
    /// a graph not drawn from a data-set index.
    /// </summary>
    public static ReadOnlySpan<int> OfImage(SceneGraph graph, Vocabulary vocabulary)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        return groups.TableIds ?? Unknown(groups.Nouns.Length);
    }

    /// <summary><see cref="Nouns.Has"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static bool Has(SceneGraph graph, Vocabulary vocabulary, int id, string noun) =>
        Sets.NounGroups(graph, vocabulary).SlotOfId(id, noun) >= 0;

    /// <summary><see cref="Nouns.CountOfNoun"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static int CountOf(SceneGraph graph, Vocabulary vocabulary, int id, string noun)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        var slot = groups.SlotOfId(id, noun);
        return slot < 0 ? 0 : groups.CountAt(slot);
    }

    /// <summary><see cref="Nouns.ObjectsOfNoun"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static Generation.ObjectRef[] ObjectsOf(SceneGraph graph, int image, Vocabulary vocabulary, int id, string noun)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        return Nouns.ObjectsAt(graph, image, vocabulary, groups, groups.SlotOfId(id, noun));
    }

    /// <summary><see cref="Nouns.IsThing"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static bool IsThing(Generation.DataSetIndex dataSet, Vocabulary vocabulary, int id, string noun)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var table = dataSet.NounsUnder(vocabulary);
        return (uint)id < (uint)table.NounCount ? table.IsThingOf(id) : table.IsThing(noun);
    }

    /// <summary><see cref="Nouns.IsCountable"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static bool IsCountable(Generation.DataSetIndex dataSet, Vocabulary vocabulary, int id, string noun)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var table = dataSet.NounsUnder(vocabulary);
        return (uint)id < (uint)table.NounCount ? table.IsCountableOf(id) : table.IsCountable(noun);
    }

    /// <summary><see cref="Vocabulary.IsOnPerson"/> of the noun with id <paramref name="id"/> and text <paramref name="noun"/>.</summary>
    public static bool IsOnPerson(Generation.DataSetIndex dataSet, Vocabulary vocabulary, int id, string noun)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var table = dataSet.NounsUnder(vocabulary);
        return (uint)id < (uint)table.NounCount ? table.IsOnPersonOf(id) : table.IsOnPerson(noun);
    }

    /// <summary>
    /// <see cref="Lists.AppendDistinct{T}"/> of nouns with their ids: appends each noun of <paramref name="nouns"/> not
    /// yet in <paramref name="destination"/> (ordinal, first occurrence kept) and its id to <paramref name="destinationIds"/>.
    /// Two nouns with ids are equal when their ids are; a noun without one compares by text.
    /// </summary>
    public static void AppendDistinct(ReadOnlySpan<string> nouns, ReadOnlySpan<int> ids, ScratchList<string> destination, ScratchList<int> destinationIds)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(destinationIds);
        // Ids decide only while every noun kept so far has one (in one run, all or none of the images have ids).
        var allHaveIds = !destinationIds.Span.Contains(-1);
        for (var i = 0; i < nouns.Length; i++)
        {
            var id = ids[i];
            var seen = id >= 0 && allHaveIds
                ? destinationIds.Span.Contains(id)
                : Lists.Contains(destination.Span, nouns[i]);
            if (seen) continue;
            destination.Add(nouns[i]);
            destinationIds.Add(id);
            allHaveIds &= id >= 0;
        }
    }

    // A span of -1s of the given length, shared (nothing writes it).
    private static ReadOnlySpan<int> Unknown(int length)
    {
        var unknown = s_unknown;
        if (unknown.Length < length)
        {
            unknown = new int[Math.Max(length, unknown.Length * 2)];
            Array.Fill(unknown, -1);
            s_unknown = unknown;
        }
        return unknown.AsSpan(0, length);
    }

    private static int[] s_unknown = [];
}
