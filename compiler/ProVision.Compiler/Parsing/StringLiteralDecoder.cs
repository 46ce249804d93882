using System.Text;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Decodes the escapes of a plain string literal (in an expression). Templates decode their own
/// escapes in <see cref="TemplateParser"/>, where '[', '{' and '|' also matter.
/// </summary>
internal static class StringLiteralDecoder
{
    /// <summary>Decodes <paramref name="content"/> (the text between the quotes); bad escapes get PV0005 and are kept as written.</summary>
    public static string Decode(SourceText source, TextSpan content, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var builder = new StringBuilder(content.Length);
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= content.End)
            {
                diagnostics.Add(SyntaxDiagnostics.InvalidEscape(new TextSpan(i, 1), "\\"));
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            if (SyntaxFacts.Escapes.TryGetValue(next, out var decoded))
            {
                builder.Append(decoded);
            }
            else
            {
                diagnostics.Add(SyntaxDiagnostics.InvalidEscape(new TextSpan(i - 1, 2), "\\" + next));
                builder.Append(next);
            }
        }

        return builder.ToString();
    }
}
