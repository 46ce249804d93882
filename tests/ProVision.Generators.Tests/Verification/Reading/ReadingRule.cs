namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// The reading rules (docs/evidence.md, "Reading"): each failure of the reading checks names one of these, so a run
/// over a corpus can say per generator why items fail.
/// </summary>
internal static class ReadingRule
{
    /// <summary>A count answer must be the size of the noun group (with the attributes the words give).</summary>
    public const string Count = "count";

    /// <summary>A counted noun group has only singular-labelled members and is not a mass noun.</summary>
    public const string Countable = "countable";

    /// <summary>The number of the words matches what they denote: a singular noun or expression denotes one object.</summary>
    public const string Number = "number";

    /// <summary>Exactly one option is right, under every referent of the words; distractors are false under all.</summary>
    public const string OneRight = "one-right";

    /// <summary>A noun the words name as an object is a thing, not a vocabulary non-object ("color", "spots", "meal").</summary>
    public const string Thing = "thing";

    /// <summary>The words resolve to the objects the item is about (a box, an expression, a label).</summary>
    public const string Referent = "referent";

    /// <summary>
    /// A person noun may name what another person label shows ("the person" may be the man), so a multi-image item names
    /// one only over images whose persons all go by the nouns it names (docs/evidence.md, "Persons").
    /// </summary>
    public const string Persons = "persons";

    /// <summary>
    /// What a person shows on the body (vocabulary onPersons: "shirt", "hand") may lack a box of its own, so no item counts
    /// it, or says it is absent, in an image that shows a person, and "the shoe" is no one object beside a person who has
    /// two (docs/evidence.md, "Worn by persons").
    /// </summary>
    public const string Worn = "worn";
}
