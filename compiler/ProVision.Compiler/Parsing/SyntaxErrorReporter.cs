using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Turns one ANTLR syntax error (offending token, expected token set, rule context) into a PV0xxx
/// diagnostic with a message in the language's own terms: "expected '-&gt;' after the question
/// template", "unexpected 'foo'; expected a clause (...)", "missing '}' to close generator 'X'".
/// The most specific rule that applies wins; PV0001 is the fallback.
/// </summary>
internal sealed class SyntaxErrorReporter(DiagnosticBag diagnostics)
{
    // The brackets an expression can leave open, innermost kinds first.
    private static readonly int[] s_closers = [RPAREN, RBRACK];

    public void Report(Parser parser, IToken offending, IntervalSet expected, SyntaxErrorKind kind)
    {
        if (offending.Type == UNTERMINATED_STRING)
        {
            // Already reported as PV0003, the cause of whatever the parser trips over here.
            return;
        }

        var tokens = (ITokenStream)parser.InputStream;
        var context = parser.Context;
        diagnostics.Add(Classify(tokens, context, offending, expected, kind));
    }

    public void ReportReservedWord(IToken token) =>
        diagnostics.Add(SyntaxDiagnostics.ReservedWordAsName(TokenSpans.Of(token), token.Text));

    private static Diagnostic Classify(ITokenStream tokens, ParserRuleContext? context, IToken offending, IntervalSet expected, SyntaxErrorKind kind)
    {
        var span = TokenSpans.Of(offending);
        var found = TokenDescriptions.Describe(offending);
        var previous = TokenSpans.Previous(tokens, offending);

        if (offending.Type == TokenConstants.EOF)
        {
            return EndOfFile(tokens, context, offending, expected);
        }

        if (expected.Contains(ARROW) && Enclosing<AskClauseContext>(context) is not null)
        {
            // Point at the question template: that is what the arrow must follow.
            return SyntaxDiagnostics.ExpectedTemplateArrow(previous is null ? span : TokenSpans.Of(previous));
        }

        if (kind == SyntaxErrorKind.Missing && expected.Count == 1 && previous is not null)
        {
            return SyntaxDiagnostics.MissingToken(
                TokenSpans.Of(previous), TokenDescriptions.DescribeExpected(expected.MinElement), TokenDescriptions.Describe(previous));
        }

        if (context is MemberNameContext && previous is not null)
        {
            return SyntaxDiagnostics.MissingToken(TokenSpans.Of(previous), "a member name", TokenDescriptions.Describe(previous));
        }

        if (KeywordHeuristics.IsUsedAsName(tokens, offending, expected))
        {
            return SyntaxDiagnostics.ReservedWordAsName(span, offending.Text);
        }

        if (expected.Contains(STRING) && previous is not null && IsTemplatePosition(context))
        {
            return SyntaxDiagnostics.ExpectedTemplate(span, TokenDescriptions.Describe(previous), found);
        }

        if (KeywordHeuristics.StartsNextClause(tokens, offending) && previous is not null
            && Array.Find(s_closers, expected.Contains) is var closer and not 0)
        {
            // `[1, 2` and the next clause on the following line: name the missing bracket.
            return SyntaxDiagnostics.MissingToken(
                TokenSpans.Of(previous), TokenDescriptions.DescribeExpected(closer), TokenDescriptions.Describe(previous));
        }

        if (TokenDescriptions.ClauseStarts.All(expected.Contains))
        {
            return SyntaxDiagnostics.ExpectedClause(span, found);
        }

        if (TokenDescriptions.DeclarationStarts.All(expected.Contains))
        {
            return SyntaxDiagnostics.ExpectedDeclaration(span, found);
        }

        if (expected.Contains(TAG) && Enclosing<EmitClauseContext>(context) is not null)
        {
            return SyntaxDiagnostics.ExpectedEmitEntry(span, found);
        }

        if (TokenDescriptions.ExpressionStarts.All(expected.Contains) && previous is not null)
        {
            return SyntaxDiagnostics.ExpectedExpression(span, TokenDescriptions.Describe(previous), found);
        }

        return TokenDescriptions.DescribeExpected(expected) is { } words
            ? SyntaxDiagnostics.UnexpectedToken(span, found, words)
            : SyntaxDiagnostics.UnexpectedTokenIn(span, found, ConstructNames.Describe(context));
    }

    private static Diagnostic EndOfFile(ITokenStream tokens, ParserRuleContext? context, IToken eof, IntervalSet expected)
    {
        // An empty span just after the last token: the end of the file itself may be far below it.
        var span = TokenSpans.AfterPrevious(tokens, eof);
        if (expected.Contains(RBRACE))
        {
            for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
            {
                switch (c)
                {
                    case EmitClauseContext emit when !TokenSpans.IsMissing(emit.LBRACE()):
                        return SyntaxDiagnostics.UnclosedBlock(span, "the emit block", emit.LBRACE().Symbol.Line);
                    case GeneratorDeclarationContext generator when !TokenSpans.IsMissing(generator.LBRACE()):
                        var name = TokenSpans.IsMissing(generator.IDENT()) ? "generator" : $"generator '{generator.IDENT().GetText()}'";
                        return SyntaxDiagnostics.UnclosedBlock(span, name, generator.LBRACE().Symbol.Line);
                }
            }
        }

        return SyntaxDiagnostics.UnexpectedEndOfFile(span, TokenDescriptions.DescribeExpected(expected) ?? ConstructNames.Completion(context));
    }

    private static bool IsTemplatePosition(ParserRuleContext? context) =>
        Enclosing<StringContext>(context) is not null
            ? Enclosing<ExpressionContext>(context) is null
            : context is AskClauseContext or TellClauseContext or PhrasesDeclarationContext;

    private static T? Enclosing<T>(ParserRuleContext? context)
        where T : ParserRuleContext
    {
        for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
        {
            if (c is T match)
            {
                return match;
            }
        }

        return null;
    }
}
