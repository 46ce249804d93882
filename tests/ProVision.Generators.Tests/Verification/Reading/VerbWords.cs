namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// How a reader expects a relation predicate to follow its subject, written here apart from the runtime's inflection:
/// a participle or a preposition after "is"/"are" ("is holding", "are on"), a finite verb as it is or in the plural
/// ("has"/"have", "contains"/"contain").
/// </summary>
internal static class VerbWords
{
    // Words ending in -s that are no verb, found as a predicate's first word.
    private static readonly HashSet<string> s_notVerbs = new(StringComparer.Ordinal) { "across", "towards", "as", "besides", "upwards", "downwards", "afterwards" };

    /// <summary>Whether the predicate's first word is a finite verb ("has", "wears the"), which takes no "is".</summary>
    public static bool IsFinite(string predicate)
    {
        var first = FirstWord(predicate);
        return first is "has" or "have" || (first.Length > 3 && first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal)
            && !first.EndsWith("us", StringComparison.Ordinal) && !s_notVerbs.Contains(first));
    }

    /// <summary>The predicate as it follows a subject of that number: "is on", "are on", "contains", "contain".</summary>
    public static string After(string predicate, bool pluralSubject)
    {
        if (!IsFinite(predicate))
        {
            return (pluralSubject ? "are " : "is ") + predicate;
        }
        if (!pluralSubject)
        {
            return predicate;
        }
        var first = FirstWord(predicate);
        var plural = first switch
        {
            "has" => "have",
            _ when first.EndsWith("ies", StringComparison.Ordinal) => first[..^3] + "y",
            _ when first.EndsWith("ches", StringComparison.Ordinal) || first.EndsWith("shes", StringComparison.Ordinal)
                || first.EndsWith("xes", StringComparison.Ordinal) || first.EndsWith("oes", StringComparison.Ordinal) => first[..^2],
            _ => first[..^1],
        };
        return plural + predicate[first.Length..];
    }

    private static string FirstWord(string predicate) => predicate.Trim().Split(' ', 2)[0];
}
