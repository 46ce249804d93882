using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// What the scene-graph family computes about one graph, computed once per graph instead of once per call:
/// components, each object's referring expressions (plain and with exclusions), and which objects a reader may take
/// to have each attribute (<see cref="AttributeSight"/>, which every expression's <c>matching</c> reads).
/// </summary>
/// <remarks>
/// One memo per thread, for the graph that thread saw last: every generator of the single-image engine runs over
/// one graph on one thread before the next graph, so the memo is reused by all of them, and memory stays bounded
/// (one graph's worth per thread). <see cref="SceneGraph"/> is immutable, so reference identity is a safe key; the
/// memo changes nothing about the results, only when they are computed.
/// </remarks>
internal sealed class SceneGraphMemo
{
    [ThreadStatic]
    private static SceneGraphMemo? t_current;

    private readonly SceneGraph _graph;
    private readonly ImmutableArray<ReferringExpression>?[] _expressions;
    private readonly ImmutableArray<ReferringExpression>?[] _candidates;
    private readonly AttributeSubsets _subsets;
    private ImmutableArray<ImmutableArray<int>>? _components;
    private int[]? _componentOf;
    private AttributeSight? _sight;
    private Dictionary<(int Node, int Other), ImmutableArray<ReferringExpression>>? _except;
    private Dictionary<(int Node, string Category, Vocabulary Vocabulary), ImmutableArray<ReferringExpression>>? _avoiding;

    private SceneGraphMemo(SceneGraph graph)
    {
        _graph = graph;
        _expressions = new ImmutableArray<ReferringExpression>?[graph.Objects.Length];
        _candidates = new ImmutableArray<ReferringExpression>?[graph.Objects.Length];
        _subsets = new AttributeSubsets(graph, ReferringExpressions.DefaultSize);
    }

    /// <summary>The memo of <paramref name="graph"/> on this thread (a fresh one when the thread last saw another graph).</summary>
    public static SceneGraphMemo Of(SceneGraph graph)
    {
        var memo = t_current;
        if (memo is null || !ReferenceEquals(memo._graph, graph))
        {
            t_current = memo = new SceneGraphMemo(graph);
        }
        return memo;
    }

    /// <summary><see cref="Components.Of"/>, once.</summary>
    public ImmutableArray<ImmutableArray<int>> Components => _components ??= SceneGraphFamily.Components.Of(_graph);

    /// <summary>The index into <see cref="Components"/> of <paramref name="node"/>'s component, or -1 for an isolated object.</summary>
    public int ComponentOf(int node)
    {
        if (_componentOf is null)
        {
            var componentOf = new int[_graph.Objects.Length];
            Array.Fill(componentOf, -1);
            var components = Components;
            for (var c = 0; c < components.Length; c++)
            {
                foreach (var member in components[c]) componentOf[member] = c;
            }
            _componentOf = componentOf;
        }
        return (uint)node < (uint)_componentOf.Length ? _componentOf[node] : -1;
    }

    /// <summary><see cref="ReferringExpressions.For"/> without exclusions, once per object.</summary>
    public ImmutableArray<ReferringExpression> Expressions(int node) =>
        _expressions[node] ??= ReferringExpressions.Distinct(Candidates(node), null, null);

    /// <summary>
    /// The node's expressions before deduplication, enumerated once per object: the exclusion variants
    /// (<see cref="ExpressionsExcept"/>, <see cref="ExpressionsAvoiding"/>) filter this list instead of enumerating
    /// again, and share its expressions (and their built phrases).
    /// </summary>
    private ImmutableArray<ReferringExpression> Candidates(int node) =>
        _candidates[node] ??= ReferringExpressions.Candidates(_graph, node, ReferringExpressions.DefaultSize, _subsets);

    /// <summary>The expressions of <paramref name="node"/> whose neighbour is not <paramref name="other"/>, once per pair.</summary>
    public ImmutableArray<ReferringExpression> ExpressionsExcept(int node, int other)
    {
        _except ??= [];
        if (!_except.TryGetValue((node, other), out var expressions))
        {
            _except[(node, other)] = expressions = ReferringExpressions.Distinct(Candidates(node), null, other);
        }
        return expressions;
    }

    /// <summary>The expressions of <paramref name="node"/> that use none of its own attributes of <paramref name="category"/>, once per node and category.</summary>
    public ImmutableArray<ReferringExpression> ExpressionsAvoiding(int node, Vocabulary vocabulary, string category)
    {
        _avoiding ??= [];
        if (!_avoiding.TryGetValue((node, category, vocabulary), out var expressions))
        {
            _avoiding[(node, category, vocabulary)] = expressions = ReferringExpressions.Distinct(
                Candidates(node), a => vocabulary.CategoryOf(a) == category, null);
        }
        return expressions;
    }

    /// <summary>Which objects a reader may take to have an attribute, under <paramref name="vocabulary"/>; kept for the last vocabulary asked.</summary>
    public AttributeSight Sight(Vocabulary vocabulary)
    {
        if (_sight is null || !ReferenceEquals(_sight.Vocabulary, vocabulary))
        {
            _sight = new AttributeSight(_graph, vocabulary);
        }
        return _sight;
    }
}
