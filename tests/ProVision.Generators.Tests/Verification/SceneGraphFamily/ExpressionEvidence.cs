using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// Evidence of the object and attribute questions: objects = every node the expression describes, the start node
/// (the one it was built from) first; relations = the joining relation when the expression has a neighbour.
/// </summary>
internal static class ExpressionEvidence
{
    /// <summary>Reads the start node and its expression and checks the node's component and the matched set.</summary>
    public static (int Start, Expression Expression, SortedSet<int> Matches)? Read(ItemCheck check)
    {
        var graph = check.Graph;
        var objects = check.EvidenceObjects();
        var relations = check.EvidenceRelations();
        if (objects.IsEmpty || relations.Length > 1)
        {
            check.Fail($"evidence must list the described objects (start first) and at most one joining relation, but lists objects {ItemCheck.Show(objects)} and relations {ItemCheck.Show(relations)}");
            return null;
        }
        var start = objects[0];
        if (GraphFacts.ComponentOf(graph, start).Count < 2)
        {
            check.Fail($"object {start} is isolated; the scene-graph questions use components with more than one node");
            return null;
        }
        if (Expression.Read(check, start, "attributes", "neighbor_attributes", relations.IsEmpty ? null : relations[0]) is not { } expression)
        {
            return null;
        }
        var matches = expression.Matches(graph, check.Vocabulary);
        if (!matches.SetEquals(objects))
        {
            check.Fail($"evidence objects {ItemCheck.Show(objects)} but '{expression}' describes objects {ItemCheck.Show(matches)}");
            return null;
        }
        return (start, expression, matches);
    }
}
