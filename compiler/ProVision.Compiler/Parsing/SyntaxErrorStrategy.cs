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
        if (!InErrorRecoveryMode(recognizer) && recognizer.CurrentToken is CommonToken token && TokenDescriptions.IsKeyword(token.Type))
        {
            var tokens = (ITokenStream)recognizer.InputStream;
            var expected = GetExpectedTokens(recognizer);
            if (KeywordHeuristics.IsUsedAsName(tokens, token, expected))
            {
                // Let the decision that follows see a name: `count(images)`, `where = 2` in an emit block.
                reporter.ReportReservedWord(token);
                token.Type = ProVisionParser.IDENT;
                return;
            }

            if (KeywordHeuristics.StartsNextClause(tokens, token))
            {
                if (recognizer.Context is ProVisionParser.MemberNameContext)
                {
                    // `x.` at the end of a line, then `emit {`: the keyword is not a member name.
                    throw new InputMismatchException(recognizer);
                }

                if (!expected.Contains(token.Type) && GetErrorRecoverySet(recognizer).Contains(token.Type))
                {
                    // Report what is missing here and leave the keyword to the enclosing clause loop;
                    // ANTLR would otherwise delete it as an extraneous token and garble the next clause.
                    reporter.Report(recognizer, token, expected, SyntaxErrorKind.Unexpected);
                    BeginErrorCondition(recognizer);
                    return;
                }
            }
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
