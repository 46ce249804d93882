namespace ProVision.Runtime.SceneGraphs;

/// <summary>
/// An axis-aligned box in pixels, <c>[x1, y1, x2, y2]</c>, origin top-left, y down.
/// A value type so that iterating objects on the hot path never allocates.
/// </summary>
public readonly record struct Box(double X1, double Y1, double X2, double Y2)
{
    public double Width => X2 - X1;
    public double Height => Y2 - Y1;
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);
    public double CenterX => (X1 + X2) / 2;
    public double CenterY => (Y1 + Y2) / 2;

    /// <summary>True when the interiors intersect (touching edges do not count).</summary>
    public bool Overlaps(Box other) => OverlapsHorizontally(other) && OverlapsVertically(other);

    /// <summary>True when the x-extents intersect (touching edges do not count).</summary>
    public bool OverlapsHorizontally(Box other) => X1 < other.X2 && other.X1 < X2;

    /// <summary>True when the y-extents intersect (touching edges do not count).</summary>
    public bool OverlapsVertically(Box other) => Y1 < other.Y2 && other.Y1 < Y2;

    /// <summary>True when <paramref name="inner"/> lies inside this box (edges may touch).</summary>
    public bool Contains(Box inner) => X1 <= inner.X1 && Y1 <= inner.Y1 && inner.X2 <= X2 && inner.Y2 <= Y2;

    public double IntersectionArea(Box other)
    {
        var w = Math.Min(X2, other.X2) - Math.Max(X1, other.X1);
        var h = Math.Min(Y2, other.Y2) - Math.Max(Y1, other.Y1);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    public double IoU(Box other)
    {
        var inter = IntersectionArea(other);
        var union = Area + other.Area - inter;
        return union <= 0 ? 0 : inter / union;
    }

    public bool IsFinite =>
        double.IsFinite(X1) && double.IsFinite(Y1) && double.IsFinite(X2) && double.IsFinite(Y2);

    public override string ToString() => FormattableString.Invariant($"[{X1}, {Y1}, {X2}, {Y2}]");
}
