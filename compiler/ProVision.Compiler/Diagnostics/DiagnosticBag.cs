using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// Collects diagnostics while a stage runs (stages never throw on the first error) and hands them
/// back sorted by position, without exact duplicates (same code and span), which error recovery
/// can otherwise produce.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The number of diagnostics collected so far.</summary>
    public int Count => _items.Count;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>True when an error was reported whose span starts inside <paramref name="span"/>.</summary>
    public bool HasErrorWithin(TextSpan span) =>
        _items.Exists(d => d.IsError && d.Span.Start >= span.Start && d.Span.Start <= span.End);

    /// <summary>The diagnostics in position order (stable for equal positions), duplicates removed.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted()
    {
        // Nothing to sort in the common case (a clean manifest or file): the LINQ below over tuples is generic code the
        // JIT would compile at every start (docs/performance.md#session-7-start-up).
        if (_items.Count == 0)
        {
            return [];
        }
        var seen = new HashSet<(string, TextSpan)>();
        return
        [
            .. _items
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Span.Start)
                .ThenBy(x => x.i)
                .Select(x => x.d)
                .Where(d => seen.Add((d.Code, d.Span))),
        ];
    }
}
