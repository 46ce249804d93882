using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// When a reader who sees an item's objects of one noun takes an attribute as ruling another out
/// (docs/evidence.md#contrasts-a-reader-sees): the vocabulary's excludes groups, unless some object the item shows
/// carries both (or synonyms of both). A plate "green" in one image and "green" and "red" in another may be red in
/// both.
/// </summary>
internal static class AttributeContrast
{
    /// <param name="carriers">The attribute sets of the objects of the noun that the item shows, one per object.</param>
    public static bool Excludes(Vocabulary vocabulary, IEnumerable<IEnumerable<string>> carriers, string a, string b) =>
        vocabulary.Excludes(a, b)
        && !carriers.Any(set => set.Any(x => vocabulary.AreSynonyms(x, a)) && set.Any(y => vocabulary.AreSynonyms(y, b)));

    /// <summary>
    /// Whether a reader sees that an object with <paramref name="attributes"/> is not <paramref name="attribute"/>: one
    /// of them excludes it (<see cref="Excludes"/>). Annotations list some attributes, not all: a car with no colour
    /// named may be red (docs/evidence.md#attributes-a-reader-sees).
    /// </summary>
    public static bool SeenWithout(Vocabulary vocabulary, IEnumerable<IEnumerable<string>> carriers, IEnumerable<string> attributes, string attribute) =>
        attributes.Any(b => Excludes(vocabulary, carriers, b, attribute));

    /// <summary>
    /// Whether a reader may take object <paramref name="node"/> of <paramref name="graph"/> to be
    /// <paramref name="attribute"/>: it carries the word or a synonym, or it is not <see cref="SeenWithout"/> it among
    /// the objects of its noun in the image. "The white object" may be any object with no colour named.
    /// </summary>
    public static bool MayHave(Vocabulary vocabulary, SceneGraph graph, int node, string attribute)
    {
        var own = graph.Objects[node].Attributes;
        if (own.Any(b => vocabulary.AreSynonyms(b, attribute)))
        {
            return true;
        }
        var noun = vocabulary.NounOf(graph.Objects[node].Label);
        var carriers = graph.Objects.Where(o => string.Equals(vocabulary.NounOf(o.Label), noun, StringComparison.OrdinalIgnoreCase))
            .Select(o => (IEnumerable<string>)o.Attributes).ToList();
        return !SeenWithout(vocabulary, carriers, own, attribute);
    }
}
