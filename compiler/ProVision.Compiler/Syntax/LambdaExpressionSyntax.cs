using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// <c>o =&gt; o.box.x1</c> or <c>(a, b) =&gt; a.area &lt; b.area</c>. Only allowed directly as a call
/// argument (the parser reports any other use), so the emitter can inline it into a loop.
/// </summary>
public sealed record LambdaExpressionSyntax(TextSpan Span, ImmutableArray<IdentifierSyntax> Parameters, ExpressionSyntax Body)
    : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [.. Parameters.Select(p => ("parameter", (SyntaxNode)p)), ("body", Body)];
}
