using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>An expression.</summary>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>Stands in for an expression the parser could not read; an error has always been reported for it.</summary>
public sealed record MissingExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;
}
