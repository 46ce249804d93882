using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Box relations, written out rather than taken from <see cref="Box"/>'s own methods (the thing being checked).
/// Open intervals: boxes that only touch do not overlap. Containment is closed: a box contains an equal box.
/// </summary>
internal static class Boxes
{
    public static bool OverlapX(Box a, Box b) => Math.Max(a.X1, b.X1) < Math.Min(a.X2, b.X2);

    public static bool OverlapY(Box a, Box b) => Math.Max(a.Y1, b.Y1) < Math.Min(a.Y2, b.Y2);

    /// <summary>The interiors intersect (both extents overlap).</summary>
    public static bool Overlap(Box a, Box b) => OverlapX(a, b) && OverlapY(a, b);

    public static bool Contains(Box outer, Box inner) =>
        outer.X1 <= inner.X1 && outer.Y1 <= inner.Y1 && inner.X2 <= outer.X2 && inner.Y2 <= outer.Y2;

    /// <summary>
    /// The share of the smaller box's area inside the other (0 when either is empty): two objects of one noun at 0.8 or
    /// more may be one thing boxed twice, so a reader does not count them as two.
    /// </summary>
    public static double NestedShare(Box a, Box b)
    {
        var inside = Math.Max(0, Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1)) * Math.Max(0, Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1));
        var smaller = Math.Min((a.X2 - a.X1) * (a.Y2 - a.Y1), (b.X2 - b.X1) * (b.Y2 - b.Y1));
        return smaller > 0 ? inside / smaller : 0;
    }

    /// <summary>The first pair of the objects whose boxes nest (<see cref="NestedShare"/> of 0.8 or more), with its share.</summary>
    public static (int First, int Second, double Share)? BoxedTwice(IReadOnlyList<SceneObject> objects, IEnumerable<int> group)
    {
        var members = group.ToList();
        foreach (var i in members)
        {
            foreach (var j in members.Where(j => j > i))
            {
                if (NestedShare(objects[i].Box, objects[j].Box) is var share and >= 0.8) return (i, j, share);
            }
        }
        return null;
    }

    /// <summary>"[x1, y1, x2, y2]" for messages.</summary>
    public static string Show(Box b) => FormattableString.Invariant($"[{b.X1}, {b.Y1}, {b.X2}, {b.Y2}]");
}
