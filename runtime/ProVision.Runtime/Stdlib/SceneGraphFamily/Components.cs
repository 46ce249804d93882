using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>Connected components of a graph's relations, taken as undirected edges.</summary>
public static class Components
{
    /// <summary>
    /// Every component with more than one object, each a sorted list of object indices, ordered by their
    /// smallest index (so the order is stable). Objects without relations are not in any component.
    /// </summary>
    public static ImmutableArray<ImmutableArray<int>> Of(SceneGraph graph)
    {
        var parent = new int[graph.Objects.Length];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        foreach (var r in graph.Relations) Union(parent, r.Subject, r.Object);

        var groups = new SortedDictionary<int, List<int>>();
        var related = Isolated(graph, invert: true);
        for (var i = 0; i < parent.Length; i++)
        {
            if (!related[i]) continue;
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var members)) groups[root] = members = [];
            members.Add(i);
        }
        return groups.Values.Where(g => g.Count > 1).OrderBy(g => g[0]).Select(g => g.ToImmutableArray()).ToImmutableArray();
    }

    /// <summary>Objects that take part in no relation (other than with themselves), in index order.</summary>
    public static ImmutableArray<int> IsolatedObjects(SceneGraph graph)
    {
        var related = Isolated(graph, invert: true);
        var result = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < related.Length; i++) if (!related[i]) result.Add(i);
        return result.ToImmutable();
    }

    private static bool[] Isolated(SceneGraph graph, bool invert)
    {
        var related = new bool[graph.Objects.Length];
        foreach (var r in graph.Relations)
        {
            if (r.Subject == r.Object) continue;
            related[r.Subject] = related[r.Object] = true;
        }
        return invert ? related : related.Select(x => !x).ToArray();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
