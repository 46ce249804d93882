using System.Globalization;
using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.DepthFamily;

/// <summary>
/// The preconditions every object-depth item shares: unique labels, pairwise disjoint boxes, non-empty masks.
/// Returns the object depths in evidence order, or null after recording what is wrong.
/// </summary>
internal static class ObjectDepths
{
    public static double[]? Of(ItemCheck check, DepthFacts depth, IReadOnlyList<int> objects)
    {
        var graph = check.Graph;
        var ok = true;
        foreach (var i in objects.Where(i => !GraphFacts.IsUniqueLabel(graph, i)))
        {
            ok = check.Fail($"object {i} ('{graph.Objects[i].Label}') does not have a unique label");
        }
        for (var x = 0; x < objects.Count; x++)
        {
            for (var y = x + 1; y < objects.Count; y++)
            {
                var (p, q) = (graph.Objects[objects[x]].Box, graph.Objects[objects[y]].Box);
                if (Boxes.Overlap(p, q))
                {
                    ok = check.Fail($"the boxes of objects {objects[x]} and {objects[y]} overlap ({Boxes.Show(p)} and {Boxes.Show(q)})");
                }
            }
        }
        var values = new double[objects.Count];
        for (var k = 0; k < objects.Count; k++)
        {
            if (depth.ObjectDepth(objects[k]) is { } value)
            {
                values[k] = value;
            }
            else
            {
                ok = check.Fail($"object {objects[k]} has no mask or an empty one, so it has no depth");
            }
        }
        return ok ? values : null;
    }

    public static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);
}
