using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// SceneGraphRelationQAGenerator: "What is the relation from the &lt;ref a&gt; to the &lt;ref b&gt;?" Evidence objects are
/// [a, b]; evidence relations are every relation from a to b plus the joining relation of each reference (one that
/// touches a but not b, one that touches b but not a). Each reference must describe exactly its own node; the answer
/// lists the predicates from a to b.
/// </summary>
internal sealed class RelationQaVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["SceneGraphRelationQAGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (check.ExactlyObjects(2, "[subject a, object b]") is not { } pair)
        {
            return;
        }
        var (a, b) = (pair[0], pair[1]);
        List<int> direct = [], joinA = [], joinB = [];
        foreach (var r in check.EvidenceRelations())
        {
            var (s, o) = (graph.Relations[r].Subject, graph.Relations[r].Object);
            var list = s == a && o == b ? direct : (s == a || o == a) && s != b && o != b ? joinA : (s == b || o == b) && s != a && o != a ? joinB : null;
            if (list is null)
            {
                check.Fail($"evidence relation {r} ({s} -{graph.Relations[r].Predicate}-> {o}) is neither from {a} to {b} nor the join of one reference");
                return;
            }
            list.Add(r);
        }
        var all = GraphFacts.Relations(graph).Where(p => p.Relation.Subject == a && p.Relation.Object == b).Select(p => p.Index).ToHashSet();
        if (all.Count == 0 || !all.SetEquals(direct))
        {
            check.Fail($"evidence relations from {a} to {b} are {ItemCheck.Show(direct)} but the graph has {ItemCheck.Show(all.Order())}");
            return;
        }
        if (joinA.Count > 1 || joinB.Count > 1)
        {
            check.Fail($"each reference joins at most one neighbour, but the evidence has {joinA.Count} join(s) for {a} and {joinB.Count} for {b}");
            return;
        }
        var unique = Unique(check, a, "subject", joinA) & Unique(check, b, "object", joinB);
        var predicates = GraphFacts.PredicatesBetween(graph, a, b);
        if (unique)
        {
            check.MeaningSetAnswer(predicates, $"the predicates from object {a} to object {b}");
        }
        check.DistractorItems(part =>
            predicates.Contains(part) ? $"holds from object {a} to object {b}"
            : !check.IsKnownPredicate(part) ? "is not a predicate of the vocabulary or the data set"
            : null);
    }

    private static bool Unique(ItemCheck check, int node, string side, List<int> join)
    {
        if (Expression.Read(check, node, $"{side}_attributes", $"{side}_neighbor_attributes", join.Count == 0 ? null : join[0]) is not { } expression)
        {
            return false;
        }
        var matches = expression.Matches(check.Graph, check.Vocabulary);
        return matches.SetEquals([node]) || check.Fail($"the {side} reference '{expression}' describes objects {ItemCheck.Show(matches)}, not object {node} alone");
    }
}
