namespace ProVision.Runtime.Templates;

/// <summary>The inflection helper a slot is rendered through (<c>{plural(name)}</c>); see <c>docs/runtime-contract.md</c>.</summary>
public enum SlotHelper
{
    /// <summary><c>{x}</c>: the value's own rendering.</summary>
    None,

    /// <summary><c>{plural(x)}</c>, <c>{plural(x, n)}</c>: plural of a text (kept singular when n is 1).</summary>
    Plural,

    /// <summary><c>{a(x)}</c>: with "a" or "an" ("an apple"; each item of a list).</summary>
    A,

    /// <summary><c>{the(x)}</c>: with "the" (each item of a list).</summary>
    The,

    /// <summary><c>{be(x)}</c>: "is" or "are" agreeing with a number, a list's length or a noun.</summary>
    Be,

    /// <summary><c>{has(x)}</c>: "has" or "have", agreeing like <see cref="Be"/>.</summary>
    Has,

    /// <summary><c>{verb(x)}</c>: a relation predicate as a verb phrase: "is on", "is holding", but "has", "contains".</summary>
    Verb,

    /// <summary><c>{number(x)}</c>: a number as digits or words by the item's number mode.</summary>
    Number,

    /// <summary><c>{ordinal(x)}</c>: "first" or "1st" by the item's number mode.</summary>
    Ordinal,

    /// <summary><c>{list(x)}</c>, <c>{list(x, "or")}</c>: a list joined with a conjunction.</summary>
    List,

    /// <summary><c>{capitalize(x)}</c>: first letter upper-cased.</summary>
    Capitalize,
}

/// <summary>Helper names as written in templates.</summary>
public static class SlotHelpers
{
    /// <summary>The helper called <paramref name="name"/> (case-sensitive), for the compiler's checks.</summary>
    public static bool TryParse(string? name, out SlotHelper helper)
    {
        helper = name switch
        {
            "plural" => SlotHelper.Plural,
            "a" => SlotHelper.A,
            "the" => SlotHelper.The,
            "be" => SlotHelper.Be,
            "has" => SlotHelper.Has,
            "verb" => SlotHelper.Verb,
            "number" => SlotHelper.Number,
            "ordinal" => SlotHelper.Ordinal,
            "list" => SlotHelper.List,
            "capitalize" => SlotHelper.Capitalize,
            _ => SlotHelper.None,
        };
        return helper != SlotHelper.None;
    }

    /// <summary>The template name of a helper ("plural"); empty for <see cref="SlotHelper.None"/>.</summary>
    public static string Name(this SlotHelper helper) => helper switch
    {
        SlotHelper.Plural => "plural",
        SlotHelper.A => "a",
        SlotHelper.The => "the",
        SlotHelper.Be => "be",
        SlotHelper.Has => "has",
        SlotHelper.Verb => "verb",
        SlotHelper.Number => "number",
        SlotHelper.Ordinal => "ordinal",
        SlotHelper.List => "list",
        SlotHelper.Capitalize => "capitalize",
        _ => "",
    };
}
