using System.Text;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// Renders diagnostics for people: <c>file(line,col): error PV0012: message</c>, then the source line and
/// a caret line under the span (the MSBuild/Roslyn header, so editors and CI logs link it).
/// </summary>
public static class DiagnosticFormatter
{
    // Lines longer than this are shown as a window around the span, so one minified line cannot
    // flood a terminal.
    private const int MaxShownLineLength = 160;
    private const string Ellipsis = "...";

    /// <summary>The one-line header: <c>file(line,col): severity CODE: message</c>.</summary>
    public static string FormatHeader(SourceText source, Diagnostic diagnostic)
    {
        var start = source.GetLinePosition(diagnostic.Span.Start);
        return $"{source.Path}({start.DisplayLine},{start.DisplayColumn}): {diagnostic.SeverityText} {diagnostic.Code}: {diagnostic.Message}";
    }

    /// <summary>The header, the source line and a caret line underlining the span (its first line when it spans several).</summary>
    public static string Format(SourceText source, Diagnostic diagnostic)
    {
        var start = source.GetLinePosition(diagnostic.Span.Start);
        var line = source.GetLineText(start.Line);
        var column = Math.Min(start.Character, line.Length);
        var width = Math.Max(1, Math.Min(diagnostic.Span.End, source.GetLineSpan(start.Line).End) - diagnostic.Span.Start);

        (line, column) = Window(line, column);
        // An invisible character (a bidi override, NUL) shown raw would reorder or hide the very line that reports
        // it; one visible U+FFFD per character keeps the caret under the right column.
        line = string.Create(line.Length, line, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++) span[i] = text[i] != '\t' && !char.IsSurrogate(text[i]) && Syntax.SyntaxFacts.IsInvisible(text[i]) ? '\uFFFD' : text[i];
        });
        var builder = new StringBuilder();
        builder.Append(FormatHeader(source, diagnostic)).Append('\n');
        builder.Append("    ").Append(line).Append('\n');
        builder.Append("    ").Append(CaretIndent(line, column)).Append('^', Math.Min(width, Math.Max(1, line.Length - column)));
        return builder.ToString();
    }

    /// <summary>Formats several diagnostics, one block each, separated by blank lines.</summary>
    public static string FormatAll(SourceText source, IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n\n", diagnostics.Select(d => Format(source, d)));

    // Keeps tabs from the source line so that the caret lines up in a terminal.
    private static string CaretIndent(string line, int column)
    {
        var indent = new StringBuilder(column);
        for (var i = 0; i < column && i < line.Length; i++)
        {
            indent.Append(line[i] == '\t' ? '\t' : ' ');
        }

        return indent.Append(' ', Math.Max(0, column - line.Length)).ToString();
    }

    private static (string Line, int Column) Window(string line, int column)
    {
        if (line.Length <= MaxShownLineLength)
        {
            return (line, column);
        }

        var start = Math.Max(0, column - (MaxShownLineLength / 3));
        var end = Math.Min(line.Length, start + MaxShownLineLength);
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var suffix = end < line.Length ? Ellipsis : string.Empty;
        return (prefix + line[start..end] + suffix, column - start + prefix.Length);
    }
}
