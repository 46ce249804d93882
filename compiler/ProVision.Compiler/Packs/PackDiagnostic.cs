using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Packs;

/// <summary>
/// A diagnostic with the file it belongs to: a pack spans several files (pack.yaml, .pvg sources, the generated
/// C#, a .pvpack), and <see cref="Diagnostic"/> itself only holds a span. <see cref="Source"/> is null for files
/// that are not text (a .pvpack) or not known (an emitter diagnostic in a multi-file pack, see PackLoader).
/// </summary>
public sealed record PackDiagnostic(Diagnostic Diagnostic, string Path, SourceText? Source)
{
    /// <summary>A diagnostic located in <paramref name="source"/>.</summary>
    public PackDiagnostic(Diagnostic diagnostic, SourceText source)
        : this(diagnostic, (source ?? throw new ArgumentNullException(nameof(source))).Path, source)
    {
    }

    /// <summary>The code, e.g. <c>PV3003</c>.</summary>
    public string Code => Diagnostic.Code;

    /// <summary>The message.</summary>
    public string Message => Diagnostic.Message;

    /// <summary>True for an error.</summary>
    public bool IsError => Diagnostic.IsError;

    /// <summary>The one-line form: <c>file(line,col): error PV3003: message</c>, or <c>file: error ...</c> without a source.</summary>
    public string FormatHeader() => Source is null
        ? $"{Path}: {Diagnostic.SeverityText} {Diagnostic.Code}: {Diagnostic.Message}"
        : DiagnosticFormatter.FormatHeader(Source, Diagnostic);

    /// <summary>The header plus the source line and carets, when the source is known.</summary>
    public string Format() => Source is null ? FormatHeader() : DiagnosticFormatter.Format(Source, Diagnostic);

    /// <inheritdoc/>
    public override string ToString() => FormatHeader();
}
