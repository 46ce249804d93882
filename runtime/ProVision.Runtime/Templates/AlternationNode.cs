using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// One of several alternatives, <c>[a|b|c]</c>; each alternative is itself a template. An optional part
/// <c>[a]?</c> is an alternation of <c>a</c> and the empty literal.
/// </summary>
public sealed class AlternationNode : TemplateNode
{
    /// <summary>Creates an alternation of at least one alternative.</summary>
    public AlternationNode(ImmutableArray<TemplateNode> alternatives)
    {
        Alternatives = CheckChildren(alternatives, "alternation", allowEmpty: false);
    }

    /// <summary>The alternatives, in source order (which is the order of the expansions).</summary>
    public ImmutableArray<TemplateNode> Alternatives { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Alternatives.Length == 2 && Alternatives[1] is LiteralNode { Text.Length: 0 }
            ? "[" + Alternatives[0] + "]?"
            : "[" + string.Join("|", Alternatives) + "]";
}
