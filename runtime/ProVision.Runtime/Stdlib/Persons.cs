using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The persons rule (docs/evidence.md#persons): a person noun may name what another person label shows ("the person"
/// may be the man, "how many people?" counts the man too), so an item that names a person noun is kept only when its
/// image has no person under a noun the item does not name. The .pvg <c>personsNamed(nouns)</c> /
/// <c>personsNamed(img, nouns)</c> and <c>img.personNouns</c> read it here, the one place the rule is written.
/// </summary>
public static class Persons
{
    /// <summary>
    /// The graph's distinct nouns that name a person (<see cref="Vocabulary.IsPerson"/> of each of
    /// <see cref="Sets.Nouns"/>), in order of first appearance: the .pvg <c>img.personNouns</c>.
    /// </summary>
    /// <remarks>Made once per graph and vocabulary and kept with the graph's nouns (for a drawn image, across its draws).</remarks>
    public static ImmutableArray<string> NounsOf(SceneGraph graph, Vocabulary vocabulary)
    {
        var groups = Sets.NounGroups(graph, vocabulary);
        return ImmutableCollectionsMarshal.AsImmutableArray(groups.PersonNouns ??= PersonNouns(groups.Nouns, vocabulary));
    }

    /// <summary>
    /// Whether <paramref name="nouns"/> leave no person of the graph unnamed: none of them is a person noun, or every
    /// person object of the graph goes by one of them (its label's noun is one of them, ordinal). The .pvg
    /// <c>personsNamed(nouns)</c> over the current image and <c>personsNamed(img, nouns)</c> over a drawn one.
    /// </summary>
    public static bool AreNamed(SceneGraph graph, Vocabulary vocabulary, ReadOnlySpan<string> nouns)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!AnyPerson(vocabulary, nouns)) return true;
        foreach (var person in NounsOf(graph, vocabulary))
        {
            if (!Lists.Contains(nouns, person)) return false;
        }
        return true;
    }

    // Most candidates name no person: they are answered without reading the graph.
    private static bool AnyPerson(Vocabulary vocabulary, ReadOnlySpan<string> nouns)
    {
        foreach (var noun in nouns)
        {
            if (vocabulary.IsPerson(noun)) return true;
        }
        return false;
    }

    private static string[] PersonNouns(ImmutableArray<string> nouns, Vocabulary vocabulary)
    {
        var persons = new List<string>();
        foreach (var noun in nouns)
        {
            if (vocabulary.IsPerson(noun)) persons.Add(noun);
        }
        return [.. persons];
    }
}
