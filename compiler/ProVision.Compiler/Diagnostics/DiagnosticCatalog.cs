using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report, one factory method per code.
/// </summary>
/// <remarks>
/// Bands: PV0xxx syntax, PV1xxx binding and types, PV2xxx emit, PV3xxx packs, PV4xxx sandbox, PV5xxx template lint.
/// A number, once published, is never reused, even if its diagnostic is removed: list it below.
/// Messages are lower-case, name the offending text in single quotes and say what to do.
/// The factories are split over partial files by band (DiagnosticCatalog.Syntax.cs, ...).
/// </remarks>
public static partial class DiagnosticCatalog
{
    // Reserved: PV0999 is the syntax band's internal-error code.

    /// <summary>Codes once published and since dropped, with what became of them; their numbers are never reused.</summary>
    public static IReadOnlyList<RetiredDiagnostic> Retired { get; } =
    [
        new("PV0036", "was the warning for `[a|b]?` ending a question; the `?` suffix form itself is now error PV0039"),
    ];

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    private static Diagnostic Warning(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Warning, span, message);
}

/// <summary>A diagnostic code that is no longer reported, and why.</summary>
public sealed record RetiredDiagnostic(string Code, string Note);
