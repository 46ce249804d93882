using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Plain facts about one graph, computed from its objects and relations: label counts, unique labels, the
/// relations that count (the spec drops "of" everywhere), connected components.
/// </summary>
internal static class GraphFacts
{
    /// <summary>The spec drops relation "of" from all relation data.</summary>
    public const string DroppedPredicate = "of";

    public static int CountLabel(SceneGraph graph, string label) => graph.Objects.Count(o => o.Label == label);

    public static bool IsUniqueLabel(SceneGraph graph, int objectIndex) => CountLabel(graph, graph.Objects[objectIndex].Label) == 1;

    /// <summary>The indices of the objects carrying <paramref name="label"/>.</summary>
    public static SortedSet<int> ObjectsWith(SceneGraph graph, string label) =>
        [.. Enumerable.Range(0, graph.Objects.Length).Where(i => graph.Objects[i].Label == label)];

    /// <summary>Relations other than "of", with their indices.</summary>
    public static IEnumerable<(int Index, Relation Relation)> Relations(SceneGraph graph) =>
        graph.Relations.Select((r, i) => (i, r)).Where(p => p.r.Predicate != DroppedPredicate);

    /// <summary>The distinct predicates from <paramref name="subject"/> to <paramref name="obj"/>.</summary>
    public static SortedSet<string> PredicatesBetween(SceneGraph graph, int subject, int obj) =>
        [.. Relations(graph).Where(p => p.Relation.Subject == subject && p.Relation.Object == obj).Select(p => p.Relation.Predicate)];

    /// <summary>Component id per object, over relations as undirected edges (self-loops ignored).</summary>
    public static int[] Components(SceneGraph graph)
    {
        var parent = Enumerable.Range(0, graph.Objects.Length).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var (_, r) in Relations(graph))
        {
            if (r.Subject != r.Object)
            {
                parent[Find(r.Subject)] = Find(r.Object);
            }
        }
        return [.. Enumerable.Range(0, parent.Length).Select(Find)];
    }

    /// <summary>The objects in <paramref name="objectIndex"/>'s component, itself included.</summary>
    public static List<int> ComponentOf(SceneGraph graph, int objectIndex)
    {
        var components = Components(graph);
        return [.. Enumerable.Range(0, components.Length).Where(i => components[i] == components[objectIndex])];
    }

    public static SortedSet<string> Attributes(SceneGraph graph, int objectIndex) => [.. graph.Objects[objectIndex].Attributes];
}
