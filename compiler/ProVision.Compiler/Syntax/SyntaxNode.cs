using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// The base of every immutable syntax node. Each node knows the span of source it came from, its
/// children (with the role each plays, for dumps and generic walks) and a short description of its
/// own data (a name, an operator, a literal value).
/// </summary>
public abstract record SyntaxNode(TextSpan Span)
{
    /// <summary>The node kind as shown in dumps: the type name without the <c>Syntax</c> suffix.</summary>
    public string Kind
    {
        get
        {
            var name = GetType().Name;
            return name.EndsWith("Syntax", StringComparison.Ordinal) ? name[..^"Syntax".Length] : name;
        }
    }

    /// <summary>The child nodes in source order, each with its role (empty when the kind says it all).</summary>
    public abstract IEnumerable<(string Role, SyntaxNode Node)> GetChildren();

    /// <summary>The child nodes in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes() => GetChildren().Select(c => c.Node);

    /// <summary>This node and all nodes below it, parents before children.</summary>
    public IEnumerable<SyntaxNode> DescendantsAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.ChildNodes().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The node's own data for dumps (a name, an operator, a value), or null.</summary>
    public virtual string? Describe() => null;

    /// <summary>No children: a helper for leaf nodes.</summary>
    protected static IEnumerable<(string Role, SyntaxNode Node)> None => [];

    /// <summary>Children with an empty role, for lists of like nodes.</summary>
    protected static IEnumerable<(string Role, SyntaxNode Node)> Unnamed(IEnumerable<SyntaxNode> nodes) =>
        nodes.Select(n => (string.Empty, n));
}
