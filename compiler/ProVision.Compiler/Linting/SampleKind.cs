using System.Collections.Immutable;

namespace ProVision.Compiler.Linting;

/// <summary>What kind of words a slot holds, inferred from its emit expression, so the lint can fill it with sample values of that kind.</summary>
internal enum SampleKindTag
{
    /// <summary>Nothing known: rendered as a neutral word that no agreement rule reads.</summary>
    Opaque,

    /// <summary>A singular noun (an object label).</summary>
    Noun,

    /// <summary>A plural noun (<c>plural(label)</c>).</summary>
    PluralNoun,

    /// <summary>A noun that agrees with the item's count (<c>n == 1 ? label : plural(label)</c>).</summary>
    AgreeingNoun,

    /// <summary>A count or integer.</summary>
    Number,

    /// <summary>A real number.</summary>
    Real,

    /// <summary>Coordinates: a box, a point, a tuple.</summary>
    Coordinates,

    /// <summary>An attribute word.</summary>
    Attribute,

    /// <summary>A relation predicate.</summary>
    Predicate,

    /// <summary>An attribute category.</summary>
    Category,

    /// <summary>An image's name.</summary>
    Image,

    /// <summary>A fixed string.</summary>
    Literal,

    /// <summary>A list; <see cref="SampleKind.Element"/> is what it holds.</summary>
    List,

    /// <summary>A tuple; <see cref="SampleKind.Parts"/> are its elements (only met while inferring).</summary>
    Tuple,
}

/// <summary>An inferred slot kind: a tag plus, for lists and tuples, their parts, and for literals, the text.</summary>
internal sealed record SampleKind(SampleKindTag Tag, SampleKind? Element = null, ImmutableArray<SampleKind> Parts = default, string Text = "")
{
    public static SampleKind Opaque { get; } = new(SampleKindTag.Opaque);
    public static SampleKind Noun { get; } = new(SampleKindTag.Noun);
    public static SampleKind PluralNoun { get; } = new(SampleKindTag.PluralNoun);
    public static SampleKind AgreeingNoun { get; } = new(SampleKindTag.AgreeingNoun);
    public static SampleKind Number { get; } = new(SampleKindTag.Number);
    public static SampleKind Real { get; } = new(SampleKindTag.Real);
    public static SampleKind Coordinates { get; } = new(SampleKindTag.Coordinates);
    public static SampleKind Attribute { get; } = new(SampleKindTag.Attribute);
    public static SampleKind Predicate { get; } = new(SampleKindTag.Predicate);
    public static SampleKind Category { get; } = new(SampleKindTag.Category);
    public static SampleKind Image { get; } = new(SampleKindTag.Image);

    public static SampleKind ListOf(SampleKind element) => new(SampleKindTag.List, element);

    public static SampleKind TupleOf(ImmutableArray<SampleKind> parts) => new(SampleKindTag.Tuple, Parts: parts);

    public static SampleKind LiteralOf(string text) => new(SampleKindTag.Literal, Text: text);

    /// <summary>The kind of one of two branches (<c>c ? x : y</c>): a singular and a plural noun make an agreeing noun.</summary>
    public static SampleKind Merge(SampleKind a, SampleKind b)
    {
        if (a == b)
        {
            return a;
        }
        if (IsNounLike(a) && IsNounLike(b))
        {
            return AgreeingNoun;
        }
        return a.Tag == SampleKindTag.Opaque ? b : b.Tag == SampleKindTag.Opaque ? a : Opaque;
    }

    private static bool IsNounLike(SampleKind kind) => kind.Tag is SampleKindTag.Noun or SampleKindTag.PluralNoun or SampleKindTag.AgreeingNoun;
}
