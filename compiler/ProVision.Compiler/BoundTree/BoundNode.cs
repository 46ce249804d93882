using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>
/// The base of the bound tree: the syntax tree with every name resolved to a symbol and every expression typed.
/// Bound nodes are immutable; each keeps the span of the syntax it came from (for emitted comments and the
/// interpreter's messages). The dump (<see cref="BoundTreeDumper"/>) shows kind, details, type and span.
/// </summary>
public abstract record BoundNode(TextSpan Span)
{
    /// <summary>The node kind as shown in dumps: the type name without the <c>Bound</c> prefix.</summary>
    public string Kind => GetType().Name.StartsWith("Bound", StringComparison.Ordinal) ? GetType().Name["Bound".Length..] : GetType().Name;

    /// <summary>The child nodes with their roles, in source order.</summary>
    public abstract IEnumerable<(string Role, BoundNode Node)> GetChildren();

    /// <summary>The node's own data for dumps (a name, an operator, a value, a type), or null.</summary>
    public virtual string? Describe() => null;

    /// <summary>This node and every node below it, parents first.</summary>
    public IEnumerable<BoundNode> DescendantsAndSelf()
    {
        var stack = new Stack<BoundNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var (_, child) in node.GetChildren().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>No children.</summary>
    protected static IEnumerable<(string Role, BoundNode Node)> None => [];

    /// <summary>Children with an empty role.</summary>
    protected static IEnumerable<(string Role, BoundNode Node)> Unnamed(IEnumerable<BoundNode> nodes) =>
        nodes.Select(n => (string.Empty, n));
}
