using System.Text;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>
/// Prints a bound tree as indented text for golden files (<c>*.bound.verified.txt</c>), one node per line:
/// <c>role: Kind details : Type [line:col..line:col)</c>, the type shown for expressions.
/// </summary>
public static class BoundTreeDumper
{
    private const string Indent = "  ";

    /// <summary>Dumps <paramref name="root"/>; <paramref name="source"/> turns offsets into lines and columns.</summary>
    public static string Dump(BoundNode root, SourceText source)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(string Role, BoundNode Node, int Depth)>();
        stack.Push((string.Empty, root, 0));
        while (stack.Count > 0)
        {
            var (role, node, depth) = stack.Pop();
            builder.Insert(builder.Length, Indent, depth);
            if (role.Length > 0)
            {
                builder.Append(role).Append(": ");
            }

            builder.Append(node.Kind);
            if (node.Describe() is { } details)
            {
                builder.Append(' ').Append(details);
            }

            if (node is BoundExpression expression)
            {
                builder.Append(" : ").Append(expression.Type.Name);
            }

            builder.Append(' ').Append(SyntaxDumper.FormatSpan(node.Span, source)).Append('\n');
            foreach (var (childRole, child) in node.GetChildren().Reverse())
            {
                stack.Push((childRole, child, depth + 1));
            }
        }

        return builder.ToString();
    }
}
