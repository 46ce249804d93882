using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>target.member</c>; the member may be a keyword (<c>dataset.images</c>).</summary>
public sealed record MemberAccessExpressionSyntax(TextSpan Span, ExpressionSyntax Target, IdentifierSyntax Member) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("target", Target), ("member", Member)];
}

/// <summary><c>target[index]</c>.</summary>
public sealed record IndexExpressionSyntax(TextSpan Span, ExpressionSyntax Target, ExpressionSyntax Index) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("target", Target), ("index", Index)];
}

/// <summary><c>callee(arguments)</c>; arguments may be lambdas.</summary>
public sealed record CallExpressionSyntax(TextSpan Span, ExpressionSyntax Callee, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("callee", Callee), .. Arguments.Select(a => ("argument", (SyntaxNode)a))];
}
