namespace ProVision.Runtime.Loading;

/// <summary>Relations dropped on load. The reference drops "of": it is a parsing artefact ("top of"), not a relation.</summary>
public static class RelationFilter
{
    public static bool IsDropped(string predicate) => predicate == "of";

    public static string NormalizePredicate(string predicate) =>
        string.Join(' ', predicate.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
