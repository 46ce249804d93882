using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// The k-subsets of each object's distinct attributes (lexicographic index order, as
/// <see cref="ReferringExpressions.Choose"/> gives them), built once per object and k for one graph. Enumerating an
/// object's referring expressions takes its own subsets once per relation and each neighbour's once per relation to
/// it, so without this the same subsets were rebuilt for every relation of every object.
/// </summary>
/// <remarks>
/// Expressions built from one table share subset arrays. That changes no equality a generator can see: every list of
/// expressions it gets is deduplicated by <see cref="ReferringExpression.Key"/> per object, so two of them never
/// differ only in which array holds the same attributes.
/// </remarks>
internal sealed class AttributeSubsets
{
    private readonly SceneGraph _graph;
    private readonly int _size;
    private readonly ImmutableArray<string>[]?[] _subsets;

    public AttributeSubsets(SceneGraph graph, int size)
    {
        _graph = graph;
        _size = size;
        _subsets = new ImmutableArray<string>[]?[graph.Objects.Length * (size + 1)];
    }

    /// <summary>The <paramref name="k"/>-subsets of <paramref name="node"/>'s distinct attributes (none when k exceeds them).</summary>
    public ImmutableArray<string>[] Of(int node, int k) =>
        _subsets[node * (_size + 1) + k] ??= ReferringExpressions.Choose(DistinctAttributes(node), k);

    /// <summary>The node's own attributes without repeats, first occurrence kept (the list itself when it has none, as it mostly has).</summary>
    public ImmutableArray<string> DistinctAttributes(int node)
    {
        var attributes = _graph.Objects[node].Attributes;
        for (var i = 1; i < attributes.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(attributes[i], attributes[j], StringComparison.Ordinal)) return [.. attributes.Distinct(StringComparer.Ordinal)];
            }
        }
        return attributes;
    }
}
