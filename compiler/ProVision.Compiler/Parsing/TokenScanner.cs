using Antlr4.Runtime;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionLexer;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Reports lexical problems from the token list before parsing: each run of characters outside the
/// language once (PV0004; the lexer hides them from the parser), and each unterminated string (PV0003;
/// the parser accepts it as a string so the rest of the file still parses).
/// </summary>
internal static class TokenScanner
{
    public static void Report(IList<IToken> tokens, SourceText source, DiagnosticBag diagnostics)
    {
        var runStart = -1;
        var runEnd = -1;
        foreach (var token in tokens)
        {
            if (token.Type == ERROR_CHAR)
            {
                if (token.StartIndex != runEnd)
                {
                    Flush();
                    runStart = token.StartIndex;
                }

                runEnd = token.StopIndex + 1;
                continue;
            }

            if (token.Type == UNTERMINATED_STRING)
            {
                diagnostics.Add(SyntaxDiagnostics.UnterminatedString(TokenSpans.Of(token)));
            }
        }

        Flush();

        void Flush()
        {
            if (runStart >= 0)
            {
                var span = TextSpan.FromBounds(runStart, runEnd);
                diagnostics.Add(SyntaxDiagnostics.UnexpectedCharacter(span, source.ToString(span)));
                runStart = -1;
            }
        }
    }
}
