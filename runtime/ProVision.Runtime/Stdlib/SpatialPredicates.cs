using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Whether a spatial predicate could be true of two boxes, so that it is never offered as a wrong option when a
/// reader would see it hold. Scene graphs annotate only some of the spatial relations that hold (GQA adds "to the
/// left of" for most nearby pairs, not all), so a missing relation does not make the predicate false.
/// </summary>
public static class SpatialPredicates
{
    /// <summary>
    /// True when <paramref name="predicate"/> is a spatial predicate that the boxes bear out (left/right/above/below
    /// by box centres; near/next to/beside when the gap is at most half the larger box side); false for a
    /// predicate the boxes say nothing about ("holding", "behind") or one they contradict.
    /// </summary>
    public static bool CouldHold(Box subject, string predicate, Box obj)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return predicate.Trim().ToLowerInvariant() switch
        {
            "to the left of" or "left of" or "on the left of" => subject.CenterX < obj.CenterX,
            "to the right of" or "right of" or "on the right of" => subject.CenterX > obj.CenterX,
            "above" or "over" => subject.CenterY < obj.CenterY,
            "below" or "under" or "beneath" or "underneath" => subject.CenterY > obj.CenterY,
            "near" or "next to" or "beside" or "by" or "close to" => Gap(subject, obj) <= 0.5 * LargestSide(subject, obj),
            _ => false,
        };
    }

    private static double Gap(Box a, Box b)
    {
        var dx = Math.Max(0, Math.Max(a.X1, b.X1) - Math.Min(a.X2, b.X2));
        var dy = Math.Max(0, Math.Max(a.Y1, b.Y1) - Math.Min(a.Y2, b.Y2));
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private static double LargestSide(Box a, Box b) => Math.Max(Math.Max(a.Width, a.Height), Math.Max(b.Width, b.Height));
}
