using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>(expr)</c>: kept so that spans and chained-comparison checks see the parentheses.</summary>
public sealed record ParenthesizedExpressionSyntax(TextSpan Span, ExpressionSyntax Inner) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [(string.Empty, Inner)];
}

/// <summary><c>(a, b)</c>: a tuple of two or more elements (e.g. a composite <c>grouped by</c> key).</summary>
public sealed record TupleExpressionSyntax(TextSpan Span, ImmutableArray<ExpressionSyntax> Elements) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Elements);
}

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListExpressionSyntax(TextSpan Span, ImmutableArray<ExpressionSyntax> Elements) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Elements);
}

/// <summary>
/// <c>[element for x in xs where c]</c>: one or more <c>for</c> clauses (each may group) and any number of
/// <c>where</c> clauses after the first <c>for</c>, read left to right like the query clauses.
/// </summary>
public sealed record ComprehensionExpressionSyntax(TextSpan Span, ExpressionSyntax Element, ImmutableArray<QueryClauseSyntax> Clauses)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("element", Element), .. Unnamed(Clauses)];
}
