using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Syntax rules the grammar states loosely on purpose, checked on our tree so that the messages can
/// say what to do: lambdas only as call arguments (PV0015), no chained comparisons (PV0014).
/// </summary>
internal static class ExpressionChecker
{
    public static void Check(SyntaxNode root, DiagnosticBag diagnostics)
    {
        // Lambdas that sit directly in an argument list are the allowed ones.
        var allowed = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        var reportedChains = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in root.DescendantsAndSelf())
        {
            switch (node)
            {
                case CallExpressionSyntax call:
                    foreach (var lambda in call.Arguments.OfType<LambdaExpressionSyntax>())
                    {
                        allowed.Add(lambda);
                    }

                    break;
                case LambdaExpressionSyntax lambda when !allowed.Contains(lambda):
                    diagnostics.Add(SyntaxDiagnostics.LambdaNotAllowedHere(lambda.Span));
                    break;
                case BinaryExpressionSyntax { IsComparison: true } comparison when !reportedChains.Contains(comparison):
                    // Parents come first, so the outermost comparison of a chain reports it for the whole chain.
                    if (MarkChain(comparison, reportedChains) > 1)
                    {
                        diagnostics.Add(SyntaxDiagnostics.ChainedComparison(comparison.Span));
                    }

                    break;
            }
        }
    }

    /// <summary>Marks the comparisons chained below <paramref name="node"/> (no parentheses between) and counts them.</summary>
    private static int MarkChain(BinaryExpressionSyntax node, HashSet<SyntaxNode> chain)
    {
        var count = 0;
        var stack = new Stack<BinaryExpressionSyntax>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            chain.Add(current);
            count++;
            foreach (var operand in new[] { current.Left, current.Right })
            {
                if (operand is BinaryExpressionSyntax { IsComparison: true } inner)
                {
                    stack.Push(inner);
                }
            }
        }

        return count;
    }
}
