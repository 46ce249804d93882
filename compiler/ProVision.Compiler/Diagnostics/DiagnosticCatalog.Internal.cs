using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

// PV0999: a bug in the front end, reported instead of thrown so that callers never crash on input.
public static partial class DiagnosticCatalog
{
    /// <summary>PV0999: the parser failed unexpectedly; tests assert it never appears.</summary>
    public static Diagnostic InternalParserError(TextSpan span, string detail) =>
        Error("PV0999", span, $"internal error in the parser ({detail}); please report it with the file that caused it");
}
