using System.Text;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// Writes a source file with its diagnostics inline, Bicep-baseline style: after each source line that
/// has diagnostics, one line per diagnostic <c>//@[line:col) PV0012 error: message |text|</c>
/// (one-based line and column of the span start; <c>|text|</c> is the text the span covers).
/// Used for golden files, where a diff shows both the message and what it points at.
/// </summary>
public static class InlineDiagnosticWriter
{
    /// <summary>Renders <paramref name="source"/> with <paramref name="diagnostics"/> under their lines.</summary>
    public static string Write(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics
            .OrderBy(d => d.Span.Start)
            .GroupBy(d => source.GetLinePosition(d.Span.Start).Line)
            .ToDictionary(g => g.Key, g => g.ToList());

        var builder = new StringBuilder();
        for (var line = 0; line < source.LineCount; line++)
        {
            if (line > 0)
            {
                builder.Append('\n');
            }

            builder.Append(source.GetLineText(line));
            if (!byLine.TryGetValue(line, out var lineDiagnostics))
            {
                continue;
            }

            foreach (var diagnostic in lineDiagnostics)
            {
                var start = source.GetLinePosition(diagnostic.Span.Start);
                builder.Append('\n')
                    .Append("//@[").Append(start.DisplayLine).Append(':').Append(start.DisplayColumn).Append(") ")
                    .Append(diagnostic.Code).Append(' ').Append(diagnostic.SeverityText).Append(": ")
                    .Append(diagnostic.Message)
                    .Append(" |").Append(Escape(source.ToString(diagnostic.Span))).Append('|');
            }
        }

        return builder.ToString();
    }

    // Keeps each diagnostic on one line even when its span crosses line breaks.
    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
