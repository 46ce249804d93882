using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// Primary expressions: literals, names, parentheses, tuples, lists and comprehensions.
internal sealed partial class ParseTreeConverter
{
    private ExpressionSyntax ConvertPrimary(PrimaryContext? context, int fallbackPosition) => context switch
    {
        IntegerLiteralContext c => ConvertInteger(c),
        DecimalLiteralContext c => new DecimalLiteralSyntax(
            Span(c), double.Parse(c.DECIMAL().GetText(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)),
        StringLiteralContext c => ConvertStringLiteral(c.@string(), End(c)),
        BooleanLiteralContext c => new BooleanLiteralSyntax(Span(c), c.TRUE() is not null),
        NameExpressionContext c => new NameExpressionSyntax(Span(c), Identifier(c.IDENT(), End(c))),
        ParenthesizedExpressionContext c => ConvertParenthesized(c),
        ListExpressionContext c when c.comprehensionClauses() is null => new ListExpressionSyntax(Span(c), ConvertAll(c.expression(), AfterKeyword(c))),
        ListExpressionContext c => ConvertComprehension(c),
        _ => Missing(context, fallbackPosition),
    };

    private ExpressionSyntax ConvertInteger(IntegerLiteralContext context)
    {
        var text = context.INT().GetText();
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Add(SyntaxDiagnostics.IntegerTooLarge(Span(context), text));
        }

        return new IntegerLiteralSyntax(Span(context), value);
    }

    /// <summary><c>(e)</c> is a parenthesized expression; with commas, <c>(a, b)</c> is a tuple.</summary>
    private ExpressionSyntax ConvertParenthesized(ParenthesizedExpressionContext context)
    {
        var elements = ConvertAll(context.expression(), AfterKeyword(context));
        return elements.Length == 1
            ? new ParenthesizedExpressionSyntax(Span(context), elements[0])
            : new TupleExpressionSyntax(Span(context), elements);
    }

    private ComprehensionExpressionSyntax ConvertComprehension(ListExpressionContext context)
    {
        // The accessors group 'for' and 'where' clauses by kind; their order matters, so walk the children.
        var clauses = ImmutableArray.CreateBuilder<QueryClauseSyntax>();
        foreach (var child in context.comprehensionClauses().children ?? [])
        {
            switch (child)
            {
                case ForClauseContext forClause:
                    clauses.Add(ConvertFor(forClause));
                    break;
                case WhereClauseContext whereClause:
                    clauses.Add(ConvertWhere(whereClause));
                    break;
            }
        }

        var element = ConvertExpression(context.expression() is { Length: > 0 } e ? e[0] : null, End(context));
        return new ComprehensionExpressionSyntax(Span(context), element, clauses.ToImmutable());
    }
}
