using Antlr4.Runtime;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// The ANTLR error listener, attached to both the lexer and the parser in place of ANTLR's console
/// listener. Syntax errors normally arrive through <see cref="SyntaxErrorStrategy"/> with structured
/// data; this listener collects whatever else ANTLR reports through listeners (an error type the
/// strategy does not know, a lexer failure the catch-all ERROR_CHAR rule should make impossible), so
/// that nothing is printed, thrown or lost.
/// </summary>
internal sealed class CollectingErrorListener(SourceText source, DiagnosticBag diagnostics, SyntaxErrorReporter reporter)
    : IAntlrErrorListener<IToken>, IAntlrErrorListener<int>
{
    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        if (recognizer is Parser parser && offendingSymbol is not null)
        {
            reporter.Report(parser, offendingSymbol, parser.GetExpectedTokens(), SyntaxErrorKind.Unexpected);
        }
    }

    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        // Lexer errors give a line and column; turn them back into an offset.
        var offset = Math.Min(source.GetLineStart(line - 1) + charPositionInLine, source.Length);
        var span = new TextSpan(offset, offset < source.Length ? 1 : 0);
        diagnostics.Add(SyntaxDiagnostics.UnexpectedCharacter(span, source.ToString(span)));
    }
}
