using System.Text;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// Prints a syntax tree as indented text for golden files, one node per line:
/// <c>role: Kind details [line:col..line:col)</c> (one-based; the end is exclusive).
/// </summary>
public static class SyntaxDumper
{
    private const string Indent = "  ";

    /// <summary>Dumps <paramref name="root"/>; <paramref name="source"/> turns offsets into lines and columns.</summary>
    public static string Dump(SyntaxNode root, SourceText source)
    {
        var builder = new StringBuilder();

        // An explicit stack: dumping must not be the thing that overflows on a deep tree.
        var stack = new Stack<(string Role, SyntaxNode Node, int Depth)>();
        stack.Push((string.Empty, root, 0));
        while (stack.Count > 0)
        {
            var (role, node, depth) = stack.Pop();
            for (var i = 0; i < depth; i++)
            {
                builder.Append(Indent);
            }

            if (role.Length > 0)
            {
                builder.Append(role).Append(": ");
            }

            builder.Append(node.Kind);
            if (node.Describe() is { } details)
            {
                builder.Append(' ').Append(details);
            }

            builder.Append(' ').Append(FormatSpan(node.Span, source)).Append('\n');
            foreach (var (childRole, child) in node.GetChildren().Reverse())
            {
                stack.Push((childRole, child, depth + 1));
            }
        }

        return builder.ToString();
    }

    /// <summary>Formats a span as <c>[line:col..line:col)</c>, one-based.</summary>
    public static string FormatSpan(TextSpan span, SourceText source) =>
        $"[{source.GetLinePosition(span.Start)}..{source.GetLinePosition(span.End)})";
}
