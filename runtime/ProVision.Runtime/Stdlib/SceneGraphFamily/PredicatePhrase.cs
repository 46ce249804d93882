namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// Predicates are stored as "holding", "on", "has": most need "is" to read as a verb phrase ("is holding the bat"),
/// possession does not ("has a tail"). Shared by referring expressions and captions so both read alike.
/// </summary>
internal static class PredicatePhrase
{
    public static string Verb(string predicate) =>
        predicate.StartsWith("has ", StringComparison.Ordinal) || predicate is "has" or "have" ? predicate : $"is {predicate}";
}
