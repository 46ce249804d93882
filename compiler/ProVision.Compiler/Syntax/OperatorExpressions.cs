using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record UnaryExpressionSyntax(TextSpan Span, UnaryOperator Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("operand", Operand)];

    /// <inheritdoc />
    public override string Describe() => SyntaxFacts.GetText(Operator);
}

/// <summary>A binary operation; <see cref="OperatorSpan"/> locates the operator for messages.</summary>
public sealed record BinaryExpressionSyntax(TextSpan Span, ExpressionSyntax Left, BinaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Right)
    : ExpressionSyntax(Span)
{
    /// <summary>True for <c>== != &lt; &lt;= &gt; &gt;= in</c> and <c>not in</c>.</summary>
    public bool IsComparison => SyntaxFacts.IsComparison(Operator);

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("left", Left), ("right", Right)];

    /// <inheritdoc />
    public override string Describe() => SyntaxFacts.GetText(Operator);
}

/// <summary><c>condition ? whenTrue : whenFalse</c> (right-associative).</summary>
public sealed record ConditionalExpressionSyntax(TextSpan Span, ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("condition", Condition), ("true", WhenTrue), ("false", WhenFalse)];
}
