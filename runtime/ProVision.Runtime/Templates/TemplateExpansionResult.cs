using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// The outcome of expanding or counting a template: the distinct expansions (or just their number), or, when
/// the template has more than the limit, an error the compiler reports as a diagnostic.
/// </summary>
public sealed class TemplateExpansionResult
{
    private TemplateExpansionResult(int count, ImmutableArray<TemplateExpansion> expansions, int limit, string? error)
    {
        Count = count;
        Expansions = expansions;
        Limit = limit;
        Error = error;
    }

    /// <summary>False when the template has too many expansions; <see cref="Error"/> says why.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The number of distinct expansions (0 when not succeeded).</summary>
    public int Count { get; }

    /// <summary>The expansions in their stable order; empty when only counted or not succeeded.</summary>
    public ImmutableArray<TemplateExpansion> Expansions { get; }

    /// <summary>The cap that applied.</summary>
    public int Limit { get; }

    /// <summary>What went wrong, in words fit for a diagnostic; null on success.</summary>
    public string? Error { get; }

    internal static TemplateExpansionResult Success(int count, ImmutableArray<TemplateExpansion> expansions, int limit) =>
        new(count, expansions, limit, null);

    internal static TemplateExpansionResult TooLarge(long reached, int limit) =>
        new(0, [], limit,
            $"the template has more than {limit:N0} distinct expansions (reached {reached:N0} combinations); " +
            "split it into several templates or move alternatives into fewer, larger phrase sets");
}
