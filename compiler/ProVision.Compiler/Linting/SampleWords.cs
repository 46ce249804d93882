using System.Collections.Frozen;
using System.Collections.Immutable;
using ProVision.Runtime.Text;

namespace ProVision.Compiler.Linting;

/// <summary>
/// The words the lint fills slots with and the rules read back: nouns chosen to trip up articles and plurals
/// (vowels, "an hour", "a unicorn", "a university", irregular and invariant plurals), counts 0, 1, 2 and 11,
/// attributes, predicates (participles, prepositions and finite verbs). The sample graphs use the same nouns as labels.
/// </summary>
internal static class SampleWords
{
    /// <summary>Singular nouns; their plurals come from <see cref="Inflection.Plural(string)"/>, as items get them.</summary>
    public static ImmutableArray<string> Nouns { get; } =
        ["apple", "dog", "hour", "umbrella", "person", "unicorn", "mouse", "university", "glass", "sheep", "knife", "bus", "owl"];

    /// <summary>The counts every count slot takes in turn.</summary>
    public static ImmutableArray<long> Counts { get; } = [0, 1, 2, 11];

    public static ImmutableArray<string> Attributes { get; } = ["orange", "red", "wooden", "unusual", "small"];

    /// <summary>
    /// Predicates as real data has them: participles, prepositions ("in", which meets "in the image"), and finite verbs
    /// ("has", "contains"), which read wrongly after "is" or straight after an object.
    /// </summary>
    public static ImmutableArray<string> Predicates { get; } = ["on", "holding", "next to", "has", "eating", "in", "contains"];

    /// <summary>The predicates above that are finite verbs.</summary>
    public static FrozenSet<string> FiniteVerbs { get; } = new[] { "has", "contains", "wears", "holds" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attribute categories as questions name them ("what is the color of ...").</summary>
    public static FrozenSet<string> CategoryWords { get; } =
        new[] { "color", "colour", "material", "size", "shape", "pattern", "texture", "state", "activity", "pose", "age", "mood", "weather" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<string> Categories { get; } = ["color", "material", "size"];

    /// <summary>Singular forms whose plural differs (so "2 apple" is wrong); invariant nouns like "sheep" are neither.</summary>
    public static FrozenSet<string> Singulars { get; } = Nouns.Where(n => Inflection.Plural(n) != n).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural forms that differ from their singular (so "1 apples" is wrong).</summary>
    public static FrozenSet<string> Plurals { get; } = Nouns.Select(n => Inflection.Plural(n)).Where(p => !Nouns.Contains(p)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number words the rules read as counts, besides digits.</summary>
    public static FrozenDictionary<string, long> NumberWords { get; } = Enumerable.Range(0, 21)
        .ToFrozenDictionary(i => ProVision.Runtime.Text.NumberWords.NumberToWords(i), i => (long)i, StringComparer.OrdinalIgnoreCase);
}
