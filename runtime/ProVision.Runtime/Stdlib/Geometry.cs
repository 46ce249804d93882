using System.Text;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Box and point helpers for generators: ratio strings exactly as the reference writes them, and the overlap
/// and containment tests behind "non-overlapping" and "non-included" object sets.
/// </summary>
public static class Geometry
{
    /// <summary>
    /// A box as ratios of the image size, each rounded to 2 decimals, written like Python's
    /// <c>str((round(x1/W, 2), round(y1/H, 2), round(x2/W, 2), round(y2/H, 2)))</c>: <c>(0.51, 0.3, 0.87, 0.53)</c>.
    /// Rounding is Python's (half to even on the double's exact value) and so is the number format (<c>1.0</c>, <c>0.0</c>).
    /// </summary>
    public static string BoxRatio(Box box, int width, int height)
    {
        CheckSize(width, height);
        var builder = PooledStringBuilder.Rent();
        builder.Append('(');
        AppendRatio(builder, box.X1, width).Append(", ");
        AppendRatio(builder, box.Y1, height).Append(", ");
        AppendRatio(builder, box.X2, width).Append(", ");
        AppendRatio(builder, box.Y2, height).Append(')');
        return PooledStringBuilder.ToStringAndReturn(builder);
    }

    /// <summary>
    /// The <see cref="BoxRatio(Box, int, int)"/> of object <paramref name="objectIndex"/> in its graph's image, computed
    /// once per object and kept on the graph: generators ask for the same object's box at every candidate it is in.
    /// </summary>
    public static string BoxRatio(SceneGraph graph, int objectIndex)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var cache = graph.BoxRatios ??= new string?[graph.Objects.Length];
        return cache[objectIndex] ??= BoxRatio(graph.Objects[objectIndex].Box, graph.Width, graph.Height);
    }

    /// <summary>The <see cref="PointRatio(double, double, int, int)"/> of a point of the graph's image (the .pvg <c>pointRatio</c>).</summary>
    public static string PointRatio(SceneGraph graph, (double X, double Y) point)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return PointRatio(point.X, point.Y, graph.Width, graph.Height);
    }

    /// <summary>A point as rounded ratios, like <see cref="BoxRatio(Box, int, int)"/>: <c>(0.38, 0.26)</c>.</summary>
    public static string PointRatio(double x, double y, int width, int height)
    {
        CheckSize(width, height);
        var builder = PooledStringBuilder.Rent();
        builder.Append('(');
        AppendRatio(builder, x, width).Append(", ");
        AppendRatio(builder, y, height).Append(')');
        return PooledStringBuilder.ToStringAndReturn(builder);
    }

    /// <summary>
    /// <c>round(value / size, 2)</c> as Python computes it. Two points whose <see cref="PointRatio(double, double, int, int)"/> strings are
    /// equal have equal rounded ratios, which is the check for "never two identical ratios".
    /// </summary>
    public static double Ratio(double value, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return PythonFloat.Round(value / size, 2);
    }

    /// <summary>True when the two points' rounded ratios are equal (they would print alike).</summary>
    public static bool SameRoundedPoint(double x1, double y1, double x2, double y2, int width, int height) =>
        Ratio(x1, width) == Ratio(x2, width) && Ratio(y1, height) == Ratio(y2, height);

    /// <summary>True when the boxes' interiors intersect; touching edges do not count.</summary>
    public static bool Overlaps(Box a, Box b) => a.Overlaps(b);

    /// <summary>
    /// True when at least <see cref="NestedShare"/> of the smaller box's area lies inside the other: two objects of one
    /// noun so placed may be one thing to a reader (a detector's box for a part beside the whole, an annotation made
    /// twice), so a count of their noun is not one a reader agrees on. The annotation pipeline drops its own such
    /// detections by the same share (docs/pipeline.md, "Duplicates"); loaded annotations keep them.
    /// </summary>
    public static bool Nests(Box a, Box b)
    {
        var smaller = Math.Min(a.Area, b.Area);
        return smaller > 0 && a.IntersectionArea(b) >= NestedShare * smaller;
    }

    /// <summary>The share of the smaller box inside the other above which <see cref="Nests"/> holds.</summary>
    public const double NestedShare = 0.8;

    /// <summary>True when the boxes' x-extents intersect (touching edges do not count).</summary>
    public static bool OverlapsHorizontally(Box a, Box b) => a.OverlapsHorizontally(b);

    /// <summary>True when the boxes' y-extents intersect (touching edges do not count).</summary>
    public static bool OverlapsVertically(Box a, Box b) => a.OverlapsVertically(b);

    /// <summary>True when <paramref name="inner"/> lies inside <paramref name="outer"/>; shared edges count as inside.</summary>
    public static bool Contains(Box outer, Box inner) => outer.Contains(inner);

    private static StringBuilder AppendRatio(StringBuilder builder, double value, int size) =>
        builder.Append(PythonFloat.Repr(PythonFloat.Round(value / size, 2)));

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
    }
}
