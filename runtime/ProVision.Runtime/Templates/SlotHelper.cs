namespace ProVision.Runtime.Templates;

/// <summary>The inflection helper a slot is rendered through (<c>{plural(name)}</c>); see <c>docs/runtime-contract.md</c>.</summary>
public enum SlotHelper
{
    /// <summary><c>{x}</c>: the value's own rendering.</summary>
    None,

    /// <summary><c>{plural(x)}</c>, <c>{plural(x, n)}</c>: plural of a text (kept singular when n is 1).</summary>
    Plural,

    /// <summary><c>{a(x)}</c>: with "a" or "an" ("an apple"; each item of a list); none before a plural or mass noun ("glasses", "grass").</summary>
    A,

    /// <summary><c>{the(x)}</c>: with "the" (each item of a list).</summary>
    The,

    /// <summary><c>{be(x)}</c>: "is" or "are" agreeing with a number, a list's length or a noun.</summary>
    Be,

    /// <summary><c>{has(x)}</c>: "has" or "have", agreeing like <see cref="Be"/>.</summary>
    Has,

    /// <summary><c>{verb(x)}</c>, <c>{verb(x, subject)}</c>: a relation predicate as a verb phrase: "is on", "is holding", but "has", "contains"; agreeing with a plural subject slot ("are on", "have").</summary>
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

/// <summary>One template helper: how templates spell it, how many slot arguments it takes, and what it does.</summary>
/// <param name="Helper">The helper.</param>
/// <param name="Name">Its name in templates (<c>plural</c>).</param>
/// <param name="MaxArguments">Its slot arguments: the slot, plus for <c>plural</c> an optional count slot.</param>
/// <param name="Summary">One line for the language reference.</param>
public sealed record SlotHelperInfo(SlotHelper Helper, string Name, int MaxArguments, string Summary);

/// <summary>
/// The template helpers, listed once: the compiler's checks, its suggestions and the language reference's table
/// read this list; rendering is <c>ItemDraft.Rendering.cs</c>.
/// </summary>
public static class SlotHelpers
{
    /// <summary>Every helper, in reference order.</summary>
    public static IReadOnlyList<SlotHelperInfo> All { get; } =
    [
        new(SlotHelper.Plural, "plural", 2, "plural of a text, kept singular when the count slot is 1: `{plural(name)}`, `{plural(name, n)}`"),
        new(SlotHelper.A, "a", 1, "with \"a\" or \"an\" (each item of a list), none before a plural or mass noun (\"glasses\", \"green grass\"): `{a(name)}`"),
        new(SlotHelper.The, "the", 1, "with \"the\" (each item of a list): `{the(name)}`"),
        new(SlotHelper.Be, "be", 1, "\"is\" or \"are\", agreeing with a number, a list's length or a noun: `{be(n)}`"),
        new(SlotHelper.Has, "has", 1, "\"has\" or \"have\", agreeing like `be`: `{has(n)}`"),
        new(SlotHelper.Verb, "verb", 2, "a relation predicate as a verb phrase after its subject: \"is on\", \"is holding\"; a finite verb as it is: \"has\", \"contains\"; agreeing with the subject slot when given (\"glasses that are on\", \"have\"): `{verb(predicate)}`, `{verb(predicate, subject)}`"),
        new(SlotHelper.Number, "number", 1, "a number as digits or words by the item's number mode: `{number(n)}`"),
        new(SlotHelper.Ordinal, "ordinal", 1, "\"first\" or \"1st\" by the item's number mode: `{ordinal(n)}`"),
        new(SlotHelper.List, "list", 1, "a list joined with \"and\": `{list(names)}`"),
        new(SlotHelper.Capitalize, "capitalize", 1, "first letter upper-cased: `{capitalize(name)}`"),
    ];

    /// <summary>The helper called <paramref name="name"/> (case-sensitive), for the compiler's checks.</summary>
    public static bool TryParse(string? name, out SlotHelper helper)
    {
        helper = Find(name)?.Helper ?? SlotHelper.None;
        return helper != SlotHelper.None;
    }

    /// <summary>The entry of the helper called <paramref name="name"/>, or null.</summary>
    public static SlotHelperInfo? Find(string? name)
    {
        foreach (var info in All)
        {
            if (info.Name == name)
            {
                return info;
            }
        }
        return null;
    }

    /// <summary>The template name of a helper ("plural"); empty for <see cref="SlotHelper.None"/>.</summary>
    public static string Name(this SlotHelper helper)
    {
        foreach (var info in All)
        {
            if (info.Helper == helper)
            {
                return info.Name;
            }
        }
        return "";
    }
}
