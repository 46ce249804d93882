using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>Parts rendered one after another; its expansions are the product of its parts' expansions.</summary>
public sealed class SequenceNode : TemplateNode
{
    /// <summary>Creates a sequence (an empty one renders as nothing).</summary>
    public SequenceNode(ImmutableArray<TemplateNode> parts)
    {
        Parts = CheckChildren(parts, "sequence", allowEmpty: true);
    }

    /// <summary>The parts, in order.</summary>
    public ImmutableArray<TemplateNode> Parts { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Concat(Parts);
}
