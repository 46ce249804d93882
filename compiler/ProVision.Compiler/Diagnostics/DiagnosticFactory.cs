using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>How the stage catalogs build a diagnostic: an error or a warning with its code, span and message.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    public static Diagnostic Warning(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Warning, span, message);
}
