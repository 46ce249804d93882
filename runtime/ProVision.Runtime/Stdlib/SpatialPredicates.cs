using System.Collections.Frozen;
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
        return ByCentres(subject, Normalize(predicate), obj);
    }

    // The last predicate normalised on this thread and its normal form: couldHold is asked of the same predicate for
    // every object of an image in turn (HeadRelation's options), and graph strings are pooled, so one reference check
    // mostly replaces trimming and lower-casing it again.
    [ThreadStatic]
    private static string? t_lastPredicate;
    [ThreadStatic]
    private static string? t_lastNormal;

    // The predicate as the switches below spell it.
    private static string Normalize(string predicate)
    {
        if (ReferenceEquals(predicate, t_lastPredicate)) return t_lastNormal!;
        var normal = predicate.Trim().ToLowerInvariant();
        (t_lastPredicate, t_lastNormal) = (predicate, normal);
        return normal;
    }

    private static bool ByCentres(Box subject, string predicate, Box obj)
    {
        return predicate switch
        {
            "to the left of" or "left of" or "on the left of" => subject.CenterX < obj.CenterX,
            "to the right of" or "right of" or "on the right of" => subject.CenterX > obj.CenterX,
            "above" or "over" => subject.CenterY < obj.CenterY,
            "below" or "under" or "beneath" or "underneath" => subject.CenterY > obj.CenterY,
            "near" or "next to" or "beside" or "by" or "close to" => Gap(subject, obj) <= 0.5 * LargestSide(subject, obj),
            _ => false,
        };
    }

    /// <summary>
    /// <see cref="CouldHold(Box, string, Box)"/>, or the predicate's documented box definition
    /// (docs/pipeline-definitions.md, "Definitions") holds or falls inside its margin: "near" by the gap against the
    /// image diagonal, "next to", "on"/"under", "inside"/"contains", "overlapping". A reader who sees the boxes could
    /// then take the predicate as true, so it is never a wrong option. Thresholds are the definitions' t loosened by m.
    /// </summary>
    public static bool CouldHold(Box subject, string predicate, Box obj, int imageWidth, int imageHeight)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var normal = Normalize(predicate);
        if (ByCentres(subject, normal, obj))
        {
            return true;
        }
        return normal switch
        {
            "near" or "close to" or "by" => !subject.Overlaps(obj)
                && Gap(subject, obj) <= (0.05 + 0.02) * Math.Sqrt((double)imageWidth * imageWidth + (double)imageHeight * imageHeight),
            "next to" or "beside" => CouldBeNextTo(subject, obj),
            "on" or "on top of" or "sitting on" or "standing on" => CouldBeOn(subject, obj),
            "under" or "beneath" or "underneath" => CouldBeOn(obj, subject),
            "inside" or "in" or "inside of" or "within" => CouldBeInside(subject, obj),
            "contains" or "containing" => CouldBeInside(obj, subject),
            "overlapping" => Intersection(subject, obj) >= (0.2 - 0.05) * Math.Min(subject.Area, obj.Area) && Intersection(subject, obj) > 0,
            _ => false,
        };
    }

    /// <summary>
    /// <see cref="CouldHold(Box, string, Box, int, int)"/> for two objects of <paramref name="graph"/> (the .pvg
    /// <c>couldHold(a, p, b)</c>): their boxes and their image's size.
    /// </summary>
    public static bool CouldHold(SceneGraph graph, int subject, string predicate, int obj)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(predicate);
        // A predicate no rule names could not hold whatever the boxes: answered without reading them. A named one reads
        // the two boxes alone (a drawn image keeps its boxes, not its objects: HasRelation asks it per object pair of an
        // image lacking the triple).
        if (!IsRuled(Normalize(predicate))) return false;
        return CouldHold(graph.BoxOf(subject), predicate, graph.BoxOf(obj), graph.Width, graph.Height);
    }

    /// <summary>
    /// Whether a rule of <see cref="CouldHold(Box, string, Box, int, int)"/> names the normalised predicate (the arms of
    /// its two switches); for any other it is false whatever the boxes (SpatialPredicatesTests holds the two to each other).
    /// </summary>
    internal static bool IsRuled(string normalPredicate) => s_ruled.Contains(normalPredicate);

    private static readonly FrozenSet<string> s_ruled = FrozenSet.ToFrozenSet(
    [
        "to the left of", "left of", "on the left of", "to the right of", "right of", "on the right of", "above", "over",
        "below", "under", "beneath", "underneath", "near", "next to", "beside", "by", "close to",
        "on", "on top of", "sitting on", "standing on", "inside", "in", "inside of", "within", "contains", "containing", "overlapping",
    ], StringComparer.Ordinal);

    private static double OverlapX(Box a, Box b) => Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1);

    private static double OverlapY(Box a, Box b) => Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1);

    private static double Intersection(Box a, Box b) => Math.Max(0, OverlapX(a, b)) * Math.Max(0, OverlapY(a, b));

    // next to: y-overlap >= 0.5, separation >= -0.1, horizontal gap <= 0.5 of the mean width; each less its margin.
    private static bool CouldBeNextTo(Box a, Box b) =>
        OverlapY(a, b) / Math.Min(a.Height, b.Height) >= 0.5 - 0.1
        && -OverlapX(a, b) / Math.Min(a.Width, b.Width) >= -0.1 - 0.1
        && Math.Max(0, -OverlapX(a, b)) / ((a.Width + b.Width) / 2) <= 0.5 + 0.1;

    // on: support >= 0.6 and the bottom band [-0.15, 0.45] of the object's height, each loosened by 0.05.
    private static bool CouldBeOn(Box a, Box b)
    {
        var bottom = (a.Y2 - b.Y1) / b.Height;
        return Math.Max(0, OverlapX(a, b)) / a.Width >= 0.6 - 0.05 && bottom >= -0.15 - 0.05 && bottom <= 0.45 + 0.05;
    }

    // inside: share of a in b >= 0.85 and a at most 0.6 of b, each loosened by 0.05.
    private static bool CouldBeInside(Box a, Box b) =>
        a.Area > 0 && b.Area > 0 && Intersection(a, b) / a.Area >= 0.85 - 0.05 && a.Area / b.Area <= 0.6 + 0.05;

    private static double Gap(Box a, Box b)
    {
        var dx = Math.Max(0, Math.Max(a.X1, b.X1) - Math.Min(a.X2, b.X2));
        var dy = Math.Max(0, Math.Max(a.Y1, b.Y1) - Math.Min(a.Y2, b.Y2));
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private static double LargestSide(Box a, Box b) => Math.Max(Math.Max(a.Width, a.Height), Math.Max(b.Width, b.Height));
}
