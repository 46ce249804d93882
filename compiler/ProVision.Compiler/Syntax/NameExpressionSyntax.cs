using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// A name: a binding, a slot, a global (<c>objects</c>, <c>relations</c>, <c>dataset</c>), a function,
/// or <c>it</c> in a <c>grouped by</c> key. <c>it</c> is not reserved; the binder gives it meaning.
/// </summary>
public sealed record NameExpressionSyntax(TextSpan Span, IdentifierSyntax Name) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => Name.Describe();
}
