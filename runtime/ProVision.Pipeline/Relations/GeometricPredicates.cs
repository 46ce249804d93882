using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Relations;

/// <summary>
/// Thresholds and margins of the geometric predicates (docs/pipeline-definitions.md has the definitions with figures
/// in words). Every test compares a measured quantity with a threshold t and a margin m: "at least t" holds when the
/// quantity is at least t + m, "at most t" when it is at most t − m; a quantity within m of t is ambiguous and the
/// predicate is not asserted (no relation rather than a guess). A test that holds has confidence 0.5 at its edge
/// (t ± m), rising linearly to 1 at a further distance r (the ramp); a predicate's confidence is the least of its tests'.
/// </summary>
public sealed record RelationOptions
{
    /// <summary>left of / right of / above / below: the separation (gap between the facing edges over the narrower extent) is at least this (t; negative = a little overlap).</summary>
    public double DirectionalSeparation { get; init; } = -0.1;
    public double DirectionalMargin { get; init; } = 0.1;
    public double DirectionalRamp { get; init; } = 0.5;

    /// <summary>next to: the y-extents overlap by at least this share of the shorter box.</summary>
    public double NextToVerticalOverlap { get; init; } = 0.5;

    /// <summary>next to: the horizontal gap is at most this share of the boxes' mean width.</summary>
    public double NextToMaxGap { get; init; } = 0.5;
    public double NextToMargin { get; init; } = 0.1;

    /// <summary>near: the edge-to-edge distance is at most this share of the image diagonal (the boxes must not overlap).</summary>
    public double NearMaxGap { get; init; } = 0.05;
    public double NearMargin { get; init; } = 0.02;

    /// <summary>on: at least this share of the subject's width lies over the object.</summary>
    public double OnSupport { get; init; } = 0.6;

    /// <summary>on: the subject's bottom edge lies at least this far below the object's top (in object heights; negative = above it).</summary>
    public double OnBottomLow { get; init; } = -0.15;

    /// <summary>on: the subject's bottom edge lies at most this far below the object's top (in object heights).</summary>
    public double OnBottomHigh { get; init; } = 0.45;
    public double OnMargin { get; init; } = 0.05;

    /// <summary>inside: at least this share of the subject's box lies in the object's box.</summary>
    public double InsideShare { get; init; } = 0.85;

    /// <summary>inside: the subject's box area is at most this share of the object's.</summary>
    public double InsideMaxAreaRatio { get; init; } = 0.6;
    public double InsideMargin { get; init; } = 0.05;

    /// <summary>overlapping: the intersection is at least this share of the smaller box, and neither box is asserted inside the other.</summary>
    public double OverlapShare { get; init; } = 0.2;
    public double OverlapMargin { get; init; } = 0.05;

    /// <summary>in front of / behind: the depth difference, on the 0-255 scale (scaled to the map's declared range), at least this; the generators' threshold.</summary>
    public double DepthThreshold { get; init; } = 50;

    /// <summary>Pairs whose boxes are farther apart than this share of the image diagonal get no relation at all.</summary>
    public double MaxPairGap { get; init; } = 0.25;

    /// <summary>Also emit each converse (B right of A besides A left of B; under, contains, behind, and both directions of the symmetric predicates).</summary>
    public bool IncludeConverses { get; init; }

    /// <summary>Relations with a lower confidence are dropped.</summary>
    public double MinConfidence { get; init; }
}

/// <summary>
/// The predicates, one method each, for subject box <c>a</c> and object box <c>b</c> (pixels, y down). Each returns the
/// confidence when the predicate holds clearly, or null (false, or inside a margin). See <see cref="RelationOptions"/>.
/// </summary>
public sealed class GeometricPredicates
{
    public const string LeftOf = "left of";
    public const string RightOf = "right of";
    public const string Above = "above";
    public const string Below = "below";
    public const string NextTo = "next to";
    public const string Near = "near";
    public const string On = "on";
    public const string Under = "under";
    public const string Inside = "inside";
    public const string Contains = "contains";
    public const string Overlapping = "overlapping";
    public const string InFrontOf = "in front of";
    public const string Behind = "behind";

    private readonly RelationOptions _o;

    public GeometricPredicates(RelationOptions? options = null) => _o = options ?? new RelationOptions();

    public RelationOptions Options => _o;

    /// <summary>a ends before b begins, horizontally: (b.x1 − a.x2) / min(width) ≥ t.</summary>
    public double? IsLeftOf(Box a, Box b) =>
        AtLeast((b.X1 - a.X2) / Math.Min(a.Width, b.Width), _o.DirectionalSeparation, _o.DirectionalMargin, _o.DirectionalRamp);

    public double? IsRightOf(Box a, Box b) => IsLeftOf(b, a);

    /// <summary>a ends before b begins, vertically (y down): (b.y1 − a.y2) / min(height) ≥ t.</summary>
    public double? IsAbove(Box a, Box b) =>
        AtLeast((b.Y1 - a.Y2) / Math.Min(a.Height, b.Height), _o.DirectionalSeparation, _o.DirectionalMargin, _o.DirectionalRamp);

    public double? IsBelow(Box a, Box b) => IsAbove(b, a);

    /// <summary>Side by side at about the same height, little or no horizontal overlap, a small horizontal gap. Symmetric.</summary>
    public double? IsNextTo(Box a, Box b)
    {
        var verticalOverlap = OverlapY(a, b) / Math.Min(a.Height, b.Height);
        var horizontalGap = -OverlapX(a, b); // positive = gap, negative = overlap
        var separation = horizontalGap / Math.Min(a.Width, b.Width);
        return Min(
            AtLeast(verticalOverlap, _o.NextToVerticalOverlap, _o.NextToMargin, 0.3),
            AtLeast(separation, _o.DirectionalSeparation, _o.DirectionalMargin, _o.DirectionalRamp),
            AtMost(Math.Max(0, horizontalGap) / ((a.Width + b.Width) / 2), _o.NextToMaxGap, _o.NextToMargin, 0.3));
    }

    /// <summary>The boxes do not overlap and their edge-to-edge distance is small against the image diagonal. Symmetric.</summary>
    public double? IsNear(Box a, Box b, int imageWidth, int imageHeight)
    {
        if (a.IntersectionArea(b) > 0) return null;
        return AtMost(Gap(a, b) / Diagonal(imageWidth, imageHeight), _o.NearMaxGap, _o.NearMargin, 0.03);
    }

    /// <summary>Most of a's width is over b, and a's bottom edge lies in a band around b's top edge.</summary>
    public double? IsOn(Box a, Box b)
    {
        var support = Math.Max(0, OverlapX(a, b)) / a.Width;
        var bottom = (a.Y2 - b.Y1) / b.Height;
        return Min(
            AtLeast(support, _o.OnSupport, _o.OnMargin, 0.3),
            AtLeast(bottom, _o.OnBottomLow, _o.OnMargin, 0.1),
            AtMost(bottom, _o.OnBottomHigh, _o.OnMargin, 0.2));
    }

    public double? IsUnder(Box a, Box b) => IsOn(b, a);

    /// <summary>Nearly all of a's box is in b's, and a is clearly the smaller.</summary>
    public double? IsInside(Box a, Box b)
    {
        if (a.Area <= 0 || b.Area <= 0) return null;
        return Min(
            AtLeast(a.IntersectionArea(b) / a.Area, _o.InsideShare, _o.InsideMargin, 0.05),
            AtMost(a.Area / b.Area, _o.InsideMaxAreaRatio, _o.InsideMargin, 0.3));
    }

    public double? IsContaining(Box a, Box b) => IsInside(b, a);

    /// <summary>
    /// The intersection covers at least t of the smaller box (IoU would miss a bat held across a batter), and neither box
    /// is asserted to be inside the other (<see cref="IsInside"/>). Symmetric.
    /// </summary>
    public double? IsOverlapping(Box a, Box b)
    {
        var smaller = Math.Min(a.Area, b.Area);
        if (smaller <= 0 || IsInside(a, b) is not null || IsInside(b, a) is not null) return null;
        return AtLeast(a.IntersectionArea(b) / smaller, _o.OverlapShare, _o.OverlapMargin, 0.2);
    }

    /// <summary>
    /// a is closer to the camera than b by at least the depth threshold (scaled to <paramref name="range"/>), under the map's
    /// convention; a difference below it is the margin (no relation), as in the generators' |d1 − d2| &lt; 50 rule.
    /// </summary>
    public double? IsInFrontOf(double depthA, double depthB, DepthConvention convention, DepthRange? range)
    {
        var closeness = convention == DepthConvention.LargerIsCloser ? depthA - depthB : depthB - depthA;
        var threshold = Runtime.Stdlib.Depth.ScaledThreshold(_o.DepthThreshold, range);
        return AtLeast(closeness, 0, threshold, threshold);
    }

    public double? IsBehind(double depthA, double depthB, DepthConvention convention, DepthRange? range) => IsInFrontOf(depthB, depthA, convention, range);

    /// <summary>Edge-to-edge distance between two boxes (0 when they touch or overlap).</summary>
    public static double Gap(Box a, Box b)
    {
        var gx = Math.Max(0, -OverlapX(a, b));
        var gy = Math.Max(0, -OverlapY(a, b));
        return Math.Sqrt((gx * gx) + (gy * gy));
    }

    public static double Diagonal(int width, int height) => Math.Sqrt(((double)width * width) + ((double)height * height));

    private static double OverlapX(Box a, Box b) => Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1);

    private static double OverlapY(Box a, Box b) => Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1);

    /// <summary>"value ≥ threshold" with a margin: null below threshold + margin; else 0.5 rising to 1 over the ramp.</summary>
    internal static double? AtLeast(double value, double threshold, double margin, double ramp)
    {
        if (double.IsNaN(value)) return null;
        var edge = threshold + margin;
        if (value < edge - 1e-12) return null;
        return ramp <= 0 ? 1 : Math.Min(1, 0.5 + (0.5 * (value - edge) / ramp));
    }

    /// <summary>"value ≤ threshold" with a margin: null above threshold − margin; else 0.5 rising to 1 over the ramp.</summary>
    internal static double? AtMost(double value, double threshold, double margin, double ramp) =>
        AtLeast(-value, -threshold, margin, ramp);

    private static double? Min(params double?[] tests)
    {
        double result = 1;
        foreach (var t in tests)
        {
            if (t is null) return null;
            result = Math.Min(result, t.Value);
        }
        return result;
    }
}
