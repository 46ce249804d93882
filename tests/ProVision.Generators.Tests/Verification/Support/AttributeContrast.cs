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
}
