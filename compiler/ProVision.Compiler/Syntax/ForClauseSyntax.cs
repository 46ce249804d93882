using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// <c>for x in xs</c>, <c>for a, b in pairs</c>, <c>for key, group in xs grouped by it.label</c>.
/// Also the <c>for</c> part of a list comprehension. Several variables destructure a tuple; a
/// variable may itself be a tuple pattern <c>(a, b)</c>.
/// </summary>
public sealed record ForClauseSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Variables, ExpressionSyntax Source, ExpressionSyntax? GroupKey)
    : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "for";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren()
    {
        foreach (var variable in Variables)
        {
            yield return ("variable", variable);
        }

        yield return ("source", Source);
        if (GroupKey is not null)
        {
            yield return ("grouped by", GroupKey);
        }
    }
}
