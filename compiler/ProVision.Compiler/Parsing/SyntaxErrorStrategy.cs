using Antlr4.Runtime;
using ProVision.Grammar.Generated;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// ANTLR's default recovery (single-token insertion and deletion, then resynchronising on the follow
/// set), with reporting redirected to <see cref="SyntaxErrorReporter"/>: errors are collected as PV
/// diagnostics built from structured data instead of ANTLR's English strings, and nothing is thrown.
/// Two changes to the recovery itself keep one mistake from hiding the next ones:
/// a bad token at the start of a loop (the first clause of a generator) skips to the next clause
/// instead of abandoning the whole generator, and a reserved word where a name is required is
/// reported and then read as that name.
/// </summary>
internal sealed class SyntaxErrorStrategy(SyntaxErrorReporter reporter) : DefaultErrorStrategy
{
    public override void Sync(Parser recognizer)
    {
        if (!InErrorRecoveryMode(recognizer) && IsKeywordUsedAsName(recognizer))
        {
            // Let the decision that follows see a name: `count(images)`, `where = 2` in an emit block.
            var token = (CommonToken)recognizer.CurrentToken;
            reporter.ReportReservedWord(token);
            token.Type = ProVisionParser.IDENT;
            return;
        }

        try
        {
            base.Sync(recognizer);
        }
        catch (InputMismatchException)
        {
            // The base gives up at a loop entry and lets the enclosing rule recover, which skips to
            // the end of that rule: for `generator X { junk ... }` the whole body. Recover in place,
            // like ANTLR already does at a loop's back edge.
            ReportUnwantedToken(recognizer);
            ConsumeUntil(recognizer, GetExpectedTokens(recognizer).Or(GetErrorRecoverySet(recognizer)));
        }
    }

    public override IToken RecoverInline(Parser recognizer)
    {
        if (recognizer.CurrentToken is CommonToken { } token && TokenDescriptions.IsKeyword(token.Type))
        {
            var expected = GetExpectedTokens(recognizer);
            if (expected.Contains(ProVisionParser.IDENT) && !expected.Contains(token.Type))
            {
                if (!InErrorRecoveryMode(recognizer))
                {
                    reporter.ReportReservedWord(token);
                }

                // Read `let sample = 1` as a let binding named `sample`: retyping our own token keeps
                // the rest of the clause parsing normally instead of starting a bogus `sample` clause.
                token.Type = ProVisionParser.IDENT;
                recognizer.Consume();
                return token;
            }
        }

        return base.RecoverInline(recognizer);
    }

    /// <summary>
    /// A reserved word where a name is possible and the word itself is not, that is not the start of
    /// the next clause: it is in the middle of a line, or followed by '=' as a name being defined is.
    /// </summary>
    private bool IsKeywordUsedAsName(Parser recognizer)
    {
        if (recognizer.CurrentToken is not CommonToken token || !TokenDescriptions.IsKeyword(token.Type))
        {
            return false;
        }

        var expected = GetExpectedTokens(recognizer);
        if (!expected.Contains(ProVisionParser.IDENT) || expected.Contains(token.Type))
        {
            return false;
        }

        var previous = TokenSpans.Previous((ITokenStream)recognizer.InputStream, token);
        var midLine = previous is not null && previous.Line == token.Line;
        return midLine || ((ITokenStream)recognizer.InputStream).LA(2) == ProVisionParser.ASSIGN;
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        reporter.Report(recognizer, e.OffendingToken, e.GetExpectedTokens(), SyntaxErrorKind.Unexpected);

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        reporter.Report(recognizer, e.OffendingToken, e.GetExpectedTokens(), SyntaxErrorKind.Unexpected);

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        reporter.Report(recognizer, e.OffendingToken, e.GetExpectedTokens(), SyntaxErrorKind.Unexpected);

    // The base versions of these two format a message and call the listeners; ours keep their
    // "report once per error condition" rule and hand over the data instead.
    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        reporter.Report(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer), SyntaxErrorKind.Unwanted);
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        reporter.Report(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer), SyntaxErrorKind.Missing);
    }
}
