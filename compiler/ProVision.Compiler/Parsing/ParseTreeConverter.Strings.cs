using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// String tokens: templates (parsed by TemplateParser) and plain string literals.
internal sealed partial class ParseTreeConverter
{
    private TemplateSyntax ConvertTemplate(StringContext? context, int fallbackPosition)
    {
        if (StringToken(context) is not var (span, content))
        {
            var missing = new TextSpan(fallbackPosition, 0);
            return new TemplateSyntax(missing, missing, []);
        }

        return TemplateParser.Parse(source, span, content, diagnostics);
    }

    private StringLiteralSyntax ConvertStringLiteral(StringContext? context, int fallbackPosition)
    {
        if (StringToken(context) is not var (span, content))
        {
            return new StringLiteralSyntax(new TextSpan(fallbackPosition, 0), string.Empty);
        }

        return new StringLiteralSyntax(span, StringLiteralDecoder.Decode(source, content, diagnostics));
    }

    /// <summary>The span of the string token and of its content between the quotes.</summary>
    private (TextSpan Span, TextSpan Content)? StringToken(StringContext? context)
    {
        if (context?.STRING() is { } terminated && !TokenSpans.IsMissing(terminated))
        {
            var span = TokenSpans.Of(terminated.Symbol);
            return (span, TextSpan.FromBounds(span.Start + 1, span.End - 1));
        }

        if (context?.UNTERMINATED_STRING() is { } unterminated && !TokenSpans.IsMissing(unterminated))
        {
            // Already reported (PV0003). The content runs to the end of the line; a trailing
            // backslash there is the reason the string did not close, not an escape.
            var span = TokenSpans.Of(unterminated.Symbol);
            var end = span.End;
            var backslashes = 0;
            while (end - backslashes > span.Start + 1 && source.Text[end - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                end--;
            }

            return (span, TextSpan.FromBounds(span.Start + 1, end));
        }

        return null;
    }
}
