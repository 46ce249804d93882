using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// Enumerates referring expressions as the reference's scene-graph generators do: around a start object, the
/// elements are its own attributes, each adjacent object (joined by one relation, either direction) and that
/// object's attributes, which may only be chosen together with it. An expression is a choice of exactly
/// <see cref="DefaultSize"/> elements with at most one adjacent object. Expressions are deduplicated by their
/// canonical <see cref="ReferringExpression.Key"/>.
/// </summary>
public static class ReferringExpressions
{
    public const int DefaultSize = 3;

    // The keys seen by Distinct, cleared and reused on each call (one per thread: calls do not nest).
    [ThreadStatic]
    private static HashSet<string>? t_seen;

    /// <summary>
    /// The distinct expressions for <paramref name="node"/>, in a stable order (own attributes only first, then by
    /// relation in graph order). <paramref name="excludeOwn"/> drops own attributes (e.g. those of the asked-for
    /// category); <paramref name="excludeNeighbor"/> drops relations to one object (e.g. the other end of the pair
    /// being asked about).
    /// </summary>
    public static ImmutableArray<ReferringExpression> For(SceneGraph graph, int node, int size = DefaultSize,
        Func<string, bool>? excludeOwn = null, int? excludeNeighbor = null) =>
        size == DefaultSize && excludeOwn is null && excludeNeighbor is null
            ? SceneGraphMemo.Of(graph).Expressions(node)
            : Enumerate(graph, node, size, excludeOwn, excludeNeighbor);

    /// <summary>The enumeration behind <see cref="For"/>, uncached.</summary>
    internal static ImmutableArray<ReferringExpression> Enumerate(SceneGraph graph, int node, int size,
        Func<string, bool>? excludeOwn, int? excludeNeighbor) =>
        Distinct(Candidates(graph, node, size, new AttributeSubsets(graph, size)), excludeOwn, excludeNeighbor);

    /// <summary>
    /// The expressions <see cref="Enumerate"/> would give with these exclusions, taken from
    /// <paramref name="candidates"/> (<see cref="Candidates"/> of the node): the candidates that use no excluded own
    /// attribute and no relation to the excluded neighbour, the first of each key. The same list as enumerating
    /// with the exclusions: dropping own attributes keeps the other subsets in the same (lexicographic) order, and
    /// dropping a neighbour's relations keeps the rest in order, so the kept candidates come in the same sequence and
    /// deduplicating them keeps the same first of each key. This lets a per-image memo enumerate once per object.
    /// </summary>
    internal static ImmutableArray<ReferringExpression> Distinct(ImmutableArray<ReferringExpression> candidates,
        Func<string, bool>? excludeOwn, int? excludeNeighbor)
    {
        var seen = t_seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();
        var result = ImmutableArray.CreateBuilder<ReferringExpression>(candidates.Length);
        foreach (var e in candidates)
        {
            if (excludeNeighbor is not null && e.Neighbor == excludeNeighbor) continue;
            if (excludeOwn is not null && e.Attributes.Any(excludeOwn)) continue;
            if (seen.Add(e.Key)) result.Add(e);
        }
        // Every candidate kept (no exclusion applied and no key repeated): the list itself, without a copy.
        return result.Count == candidates.Length ? candidates : result.ToImmutable();
    }

    /// <summary>
    /// Every expression for <paramref name="node"/> before deduplication, without exclusions, in enumeration order:
    /// own attribute subsets of exactly <paramref name="size"/>, then per relation (graph order) own subsets of k and
    /// the neighbour's subsets of size - 1 - k, k ascending. <paramref name="subsets"/> holds the graph's attribute
    /// subsets for this size (shared by all objects of the graph, see <see cref="SceneGraphMemo"/>).
    /// </summary>
    internal static ImmutableArray<ReferringExpression> Candidates(SceneGraph graph, int node, int size, AttributeSubsets subsets)
    {
        var result = ImmutableArray.CreateBuilder<ReferringExpression>();
        foreach (var attrs in subsets.Of(node, size)) result.Add(new(node, attrs, null, null, [], null, RelationDirection.Outgoing));

        foreach (var r in graph.Relations)
        {
            if (r.Subject == r.Object) continue;
            int other;
            RelationDirection direction;
            if (r.Subject == node) (other, direction) = (r.Object, RelationDirection.Outgoing);
            else if (r.Object == node) (other, direction) = (r.Subject, RelationDirection.Incoming);
            else continue;
            var label = graph.Objects[other].Label;
            for (var k = 0; k <= size - 1; k++)
                foreach (var mine in subsets.Of(node, k))
                    foreach (var neighborAttrs in subsets.Of(other, size - 1 - k))
                        result.Add(new(node, mine, other, label, neighborAttrs, r.Predicate, direction));
        }
        return result.ToImmutable();
    }

    /// <summary>Every expression of every object of <paramref name="component"/>.</summary>
    public static ImmutableArray<ReferringExpression> InComponent(SceneGraph graph, ImmutableArray<int> component, int size = DefaultSize)
    {
        var result = ImmutableArray.CreateBuilder<ReferringExpression>();
        foreach (var node in component) result.AddRange(For(graph, node, size));
        return result.ToImmutable();
    }

    /// <summary>All k-subsets of <paramref name="items"/> in lexicographic index order (none when k is out of range).</summary>
    /// <remarks>
    /// An array of the exact count, not an iterator: collecting an iterator of <see cref="ImmutableArray{T}"/> was
    /// framework generic code the JIT compiled in every run's first graph.
    /// </remarks>
    internal static ImmutableArray<string>[] Choose(ImmutableArray<string> items, int k)
    {
        var subsets = new ImmutableArray<string>[Binomial(items.Length, k)];
        if (subsets.Length == 0) return subsets;
        var index = new int[k];
        for (var i = 0; i < k; i++) index[i] = i;
        for (var s = 0; ; s++)
        {
            var pick = ImmutableArray.CreateBuilder<string>(k);
            foreach (var i in index) pick.Add(items[i]);
            subsets[s] = pick.MoveToImmutable();
            var pos = k - 1;
            while (pos >= 0 && index[pos] == items.Length - k + pos) pos--;
            if (pos < 0) return subsets;
            index[pos]++;
            for (var j = pos + 1; j < k; j++) index[j] = index[j - 1] + 1;
        }
    }

    // n choose k (0 when k is out of range); n is an object's attribute count, so the product stays small.
    private static int Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        long count = 1;
        for (var i = 1; i <= k; i++) count = count * (n - k + i) / i;
        return checked((int)count);
    }
}
