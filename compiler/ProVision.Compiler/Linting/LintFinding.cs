using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Linting;

/// <summary>
/// One lint finding: a PV5xxx diagnostic located in the generator's .pvg file when the pack's sources are known
/// (<see cref="Source"/>; a .pvpack has none, and then <see cref="Path"/> is the archive), the generator it
/// concerns and the text that shows it: the offending expansion or rendered item text.
/// </summary>
public sealed record LintFinding(Diagnostic Diagnostic, string Path, SourceText? Source, string Generator, string Example)
{
    /// <summary>The code, e.g. <c>PV5010</c>.</summary>
    public string Code => Diagnostic.Code;

    /// <summary>True for an error (warnings do not fail <c>--lint</c>).</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>
    /// <c>file(line,col): error PV5010: message</c>, or <c>file: error PV5010: message</c> without sources, followed
    /// by an indented line with the generator and the example.
    /// </summary>
    public string Format()
    {
        var header = Source is null
            ? $"{Path}: {Diagnostic.SeverityText} {Code}: {Diagnostic.Message}"
            : DiagnosticFormatter.FormatHeader(Source, Diagnostic);
        return header + "\n    " + Generator + ": " + Example;
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
