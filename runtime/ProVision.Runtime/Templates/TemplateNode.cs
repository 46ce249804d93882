using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// A node of a template tree: literal text, a slot, a sequence or an alternation. The compiler builds these
/// once per pack load (phrase sets already resolved into alternations); <see cref="TemplateExpander"/> turns a
/// tree into its distinct flat expansions and <see cref="TemplateRenderer"/> fills one with slot values.
/// </summary>
/// <remarks>
/// Immutable and shareable across threads. The static factories read like the template syntax, which keeps
/// emitted C# short: <c>Seq(Alt(Lit("how many"), Lit("count the")), Lit(" "), Slot("name"))</c>.
/// </remarks>
public abstract class TemplateNode
{
    private protected TemplateNode()
    {
    }

    /// <summary>The node in template syntax (<c>[a|b]</c>, <c>[a]?</c>, <c>{slot}</c>), for messages and debugging.</summary>
    public abstract override string ToString();

    /// <summary>Literal text.</summary>
    public static LiteralNode Lit(string text) => new(text);

    /// <summary>A slot, optionally through a helper: <c>Slot("n", "be")</c> is <c>{be(n)}</c>.</summary>
    public static SlotNode Slot(string name, string? helper = null, params TemplateArgument[] arguments) =>
        new(name, helper, [.. arguments]);

    /// <summary>Parts rendered one after another.</summary>
    public static SequenceNode Seq(params TemplateNode[] parts) => new([.. parts]);

    /// <summary>One of the alternatives, <c>[a|b|c]</c>.</summary>
    public static AlternationNode Alt(params TemplateNode[] alternatives) => new([.. alternatives]);

    /// <summary>An optional part, <c>[a]?</c>: the same as <c>[a|]</c>.</summary>
    public static AlternationNode Optional(TemplateNode node) => new([node, LiteralNode.Empty]);

    internal static ImmutableArray<TemplateNode> CheckChildren(ImmutableArray<TemplateNode> children, string what, bool allowEmpty)
    {
        if (children.IsDefault || (!allowEmpty && children.IsEmpty))
        {
            throw new ArgumentException($"A template {what} needs at least one child.", nameof(children));
        }
        foreach (var child in children)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(children));
        }
        return children;
    }
}
