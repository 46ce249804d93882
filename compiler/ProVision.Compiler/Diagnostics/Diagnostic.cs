using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// One message about a source file: a stable code from <see cref="DiagnosticCatalog"/> (<c>PV0001</c>...),
/// a severity, the span it points at and a message that says what to do.
/// Created only through the catalog's factory methods, so every code has exactly one wording.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    /// <summary>
    /// The file the span points into, when the diagnostic comes from a stage that sees several files (binding and
    /// emit of a pack); null for diagnostics of a single parse, whose tree is known to the caller.
    /// </summary>
    public SourceText? Source { get; init; }

    /// <summary>True when the diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The severity as written in rendered output (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public string SeverityText => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Span} {SeverityText} {Code}: {Message}";
}
