namespace ProVision.Runtime.Loading;

/// <summary>Relations dropped on load. The reference drops "of": it is a parsing artefact ("top of"), not a relation.</summary>
public static class RelationFilter
{
    /// <summary>The predicate dropped on load; queries over relations that may come from elsewhere also pass it by.</summary>
    public const string DroppedPredicate = "of";

    public static bool IsDropped(string predicate) => string.Equals(predicate, DroppedPredicate, StringComparison.Ordinal);

    /// <summary>The predicate with runs of spaces collapsed and outer spaces removed (returned as is when it has none).</summary>
    public static string NormalizePredicate(string predicate) =>
        IsSingleSpaced(predicate) ? predicate : string.Join(' ', predicate.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when splitting on spaces and joining again gives <paramref name="text"/> back: no outer or doubled spaces.</summary>
    internal static bool IsSingleSpaced(string text) =>
        text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal);
}
