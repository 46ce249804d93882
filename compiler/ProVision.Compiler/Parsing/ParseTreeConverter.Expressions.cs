using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// Expressions. Recursion depth here follows the parse tree, which GuardedProVisionParser bounds.
internal sealed partial class ParseTreeConverter
{
    private ExpressionSyntax ConvertExpression(ExpressionContext? context, int fallbackPosition) => context switch
    {
        PrimaryExpressionContext c => ConvertPrimary(c.primary(), End(c)),
        MemberAccessExpressionContext c => new MemberAccessExpressionSyntax(
            Span(c), ConvertExpression(c.expression(), End(c)), ConvertMemberName(c.memberName(), End(c))),
        IndexExpressionContext c => new IndexExpressionSyntax(
            Span(c), ConvertExpression(c.expression(0), End(c)), ConvertExpression(c.expression(1), End(c))),
        CallExpressionContext c => new CallExpressionSyntax(
            Span(c), ConvertExpression(c.expression(), End(c)), ConvertAll(c.argumentList()?.expression(), After(c.LPAREN(), End(c)))),
        NegateExpressionContext c => new UnaryExpressionSyntax(Span(c), UnaryOperator.Negate, ConvertExpression(c.expression(), End(c))),
        NotExpressionContext c => new UnaryExpressionSyntax(Span(c), UnaryOperator.Not, ConvertExpression(c.expression(), End(c))),
        MultiplicativeExpressionContext c => Binary(c, c.expression(), c.op, c.op?.Type switch
        {
            STAR => BinaryOperator.Multiply,
            SLASH => BinaryOperator.Divide,
            _ => BinaryOperator.Modulo,
        }),
        AdditiveExpressionContext c => Binary(c, c.expression(), c.op, c.op?.Type == PLUS ? BinaryOperator.Add : BinaryOperator.Subtract),
        ComparisonExpressionContext c => ConvertComparison(c),
        AndExpressionContext c => Binary(c, c.expression(), c.AND()?.Symbol, BinaryOperator.And),
        OrExpressionContext c => Binary(c, c.expression(), c.OR()?.Symbol, BinaryOperator.Or),
        ConditionalExpressionContext c => ConvertConditional(c),
        LambdaExpressionContext c => new LambdaExpressionSyntax(
            Span(c),
            [.. (c.lambdaParameters()?.IDENT() ?? []).Where(n => !TokenSpans.IsMissing(n)).Select(n => Identifier(n.Symbol))],
            ConvertExpression(c.expression(), End(c))),

        // No context, or one of the base type: ANTLR found no alternative and an error was reported.
        _ => Missing(context, fallbackPosition),
    };

    /// <summary>
    /// A placeholder for an expression that is not there: at the start of what the failed context
    /// consumed, or, when it consumed nothing (its start token belongs to what follows), at the
    /// fallback position inside the parent.
    /// </summary>
    private MissingExpressionSyntax Missing(ParserRuleContext? context, int fallbackPosition)
    {
        var span = context is null ? default : Span(context);
        return new MissingExpressionSyntax(new TextSpan(span.IsEmpty ? fallbackPosition : span.Start, 0));
    }

    private ConditionalExpressionSyntax ConvertConditional(ConditionalExpressionContext context)
    {
        var condition = ConvertExpression(context.expression(0), Span(context).Start);

        // A missing middle goes right after the '?', not at the end: children stay in source order.
        var whenTrue = ConvertExpression(context.expression(1), After(context.QUESTION(), condition.Span.End));
        var whenFalse = ConvertExpression(context.expression(2), End(context));
        return new ConditionalExpressionSyntax(Span(context), condition, whenTrue, whenFalse);
    }

    private ImmutableArray<ExpressionSyntax> ConvertAll(ExpressionContext[]? contexts, int fallbackPosition)
    {
        // A missing element goes right after the previous one, keeping the elements in source order.
        var builder = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        var previousEnd = fallbackPosition;
        foreach (var context in contexts ?? [])
        {
            builder.Add(ConvertExpression(context, previousEnd));
            previousEnd = builder[^1].Span.End;
        }

        return builder.ToImmutable();
    }

    private BinaryExpressionSyntax Binary(ParserRuleContext context, ExpressionContext[]? operands, IToken? op, BinaryOperator kind)
    {
        var left = ConvertExpression(operands is { Length: > 0 } ? operands[0] : null, Span(context).Start);
        var right = ConvertExpression(operands is { Length: > 1 } ? operands[1] : null, End(context));
        var opSpan = op is null || TokenSpans.IsMissing(op) ? new TextSpan(left.Span.End, 0) : TokenSpans.Of(op);
        return new BinaryExpressionSyntax(Span(context), left, kind, opSpan, right);
    }

    private BinaryExpressionSyntax ConvertComparison(ComparisonExpressionContext context)
    {
        var op = context.comparisonOperator();
        var kind = op switch
        {
            null => BinaryOperator.Equal,
            _ when op.NOT() is not null => BinaryOperator.NotIn,
            _ when op.EQ() is not null => BinaryOperator.Equal,
            _ when op.NE() is not null => BinaryOperator.NotEqual,
            _ when op.LT() is not null => BinaryOperator.Less,
            _ when op.LE() is not null => BinaryOperator.LessOrEqual,
            _ when op.GT() is not null => BinaryOperator.Greater,
            _ when op.GE() is not null => BinaryOperator.GreaterOrEqual,
            _ => BinaryOperator.In,
        };

        var operands = context.expression();
        var left = ConvertExpression(operands is { Length: > 0 } ? operands[0] : null, Span(context).Start);
        var right = ConvertExpression(operands is { Length: > 1 } ? operands[1] : null, End(context));
        var opSpan = op is null ? new TextSpan(left.Span.End, 0) : Span(op);
        return new BinaryExpressionSyntax(Span(context), left, kind, opSpan, right);
    }

    private IdentifierSyntax ConvertMemberName(MemberNameContext? context, int fallbackPosition)
    {
        // A keyword after '.' is a plain member name (dataset.images).
        ITerminalNode? token = context?.IDENT() ?? context?.keyword()?.GetChild(0) as ITerminalNode;
        return Identifier(token, fallbackPosition);
    }
}
