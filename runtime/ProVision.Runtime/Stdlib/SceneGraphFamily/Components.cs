using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>Connected components of a graph's relations, taken as undirected edges.</summary>
public static class Components
{
    /// <summary>
    /// Every component with more than one object, each a sorted list of object indices, ordered by their
    /// smallest index (so the order is stable). Objects without relations are not in any component. With
    /// <paramref name="kept"/>, only the objects it keeps count, joined by the relations between two of them.
    /// </summary>
    public static ImmutableArray<ImmutableArray<int>> Of(SceneGraph graph, Func<int, bool>? kept = null)
    {
        var parent = new int[graph.Objects.Length];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        foreach (var r in graph.Relations)
        {
            if (Joins(r, kept)) Union(parent, r.Subject, r.Object);
        }

        // Groups in the order their smallest index is met, which is that order; each root's group by an index array.
        // Plain arrays and lists: a sorted map over int and LINQ over ImmutableArray<int> were generic code the runtime
        // compiled in every process's first graph (docs/performance.md#session-8-start-up).
        var groupOfRoot = new int[parent.Length]; // 0: no group yet, else the group's position + 1
        var groups = new List<List<int>>();
        var related = Related(graph, kept);
        for (var i = 0; i < parent.Length; i++)
        {
            if (!related[i]) continue;
            var root = Find(parent, i);
            if (groupOfRoot[root] == 0)
            {
                groups.Add([]);
                groupOfRoot[root] = groups.Count;
            }
            groups[groupOfRoot[root] - 1].Add(i);
        }
        var components = ImmutableArray.CreateBuilder<ImmutableArray<int>>(groups.Count);
        foreach (var members in groups)
        {
            if (members.Count > 1) components.Add([.. members]);
        }
        return components.ToImmutable();
    }

    /// <summary>
    /// Objects that take part in no relation (other than with themselves), in index order; with
    /// <paramref name="kept"/>, the kept objects related to no other kept object.
    /// </summary>
    public static ImmutableArray<int> IsolatedObjects(SceneGraph graph, Func<int, bool>? kept = null)
    {
        var related = Related(graph, kept);
        var result = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < related.Length; i++) if (!related[i] && (kept is null || kept(i))) result.Add(i);
        return result.ToImmutable();
    }

    /// <summary>Whether the relation joins two distinct objects that both count.</summary>
    public static bool Joins(Relation r, Func<int, bool>? kept) =>
        r.Subject != r.Object && (kept is null || (kept(r.Subject) && kept(r.Object)));

    private static bool[] Related(SceneGraph graph, Func<int, bool>? kept)
    {
        var related = new bool[graph.Objects.Length];
        foreach (var r in graph.Relations)
        {
            if (!Joins(r, kept)) continue;
            related[r.Subject] = related[r.Object] = true;
        }
        return related;
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
