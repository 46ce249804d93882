using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Workspace;
using CompilerDiagnostic = ProVision.Compiler.Diagnostics.Diagnostic;

namespace ProVision.LanguageServer.Features.Diagnostics;

/// <summary>Compiler diagnostics as the protocol's: the same code, message and span, severity mapped.</summary>
internal static class DiagnosticConverter
{
    /// <summary>The name shown as the diagnostics' source in the editor.</summary>
    public const string SourceName = "provision";

    public static LspDiagnostic Convert(CompilerDiagnostic diagnostic, SourceText text) =>
        new(TextPositions.ToRange(text, diagnostic.Span), Severity(diagnostic.Severity), diagnostic.Code, SourceName, diagnostic.Message);

    private static int Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        _ => 3,
    };
}
