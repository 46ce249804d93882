using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Relations;

/// <summary>A relation the pipeline asserts, with its confidence (see <see cref="RelationOptions"/>).</summary>
public sealed record RelationGuess(int Subject, string Predicate, int Object, double Confidence)
{
    public Relation ToRelation() => new(Subject, Predicate, Object);
}

/// <summary>
/// Geometric relations between every pair of objects, one consistent set per pair (docs/pipeline-definitions.md,
/// "One set per pair"): for each unordered pair (i &lt; j) with i as the subject, at most one direction of left of /
/// right of, of above / below and of in front of / behind (with depth), and at most one contact predicate, the most
/// specific that holds in the order inside / contains, on / under, overlapping, next to, near. Above / below is left
/// out when the contact predicate is on / under (a cup on a table is on it, not above it).
/// <see cref="RelationOptions.IncludeConverses"/> adds the converses (j right of i, ...). Pairs farther apart than
/// <see cref="RelationOptions.MaxPairGap"/> of the image diagonal get nothing. Output order: by subject, object, then
/// horizontal, vertical, contact, depth.
/// </summary>
public sealed class RelationFinder
{
    private readonly GeometricPredicates _p;

    public RelationFinder(RelationOptions? options = null) => _p = new GeometricPredicates(options);

    public RelationOptions Options => _p.Options;

    /// <param name="boxes">Object boxes, in object order.</param>
    /// <param name="imageWidth">Image width.</param>
    /// <param name="imageHeight">Image height.</param>
    /// <param name="depths">Per-object depth (null entries: unknown), or null when the image has no depth map.</param>
    /// <param name="convention">The depth map's convention.</param>
    /// <param name="range">The depth map's value range (scales the depth threshold), or null for 0-255.</param>
    /// <param name="crowds">
    /// Per object, whether it is a crowd (<see cref="Detection.DetectedObject.IsCrowd"/>), or null for none. A crowd's box
    /// is a region, not a thing: it gets the directional predicates and in front of / behind, but no contact predicate
    /// (the spectators behind a batter are not "on" him, and a mitt in front of them is not "inside" them).
    /// </param>
    public IReadOnlyList<RelationGuess> Find(
        IReadOnlyList<Box> boxes, int imageWidth, int imageHeight,
        IReadOnlyList<double?>? depths = null, DepthConvention convention = DepthConvention.LargerIsCloser, DepthRange? range = null,
        IReadOnlyList<bool>? crowds = null)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        if (depths is not null && depths.Count != boxes.Count) throw new ArgumentException($"{boxes.Count} boxes but {depths.Count} depths", nameof(depths));
        if (crowds is not null && crowds.Count != boxes.Count) throw new ArgumentException($"{boxes.Count} boxes but {crowds.Count} crowd flags", nameof(crowds));
        var o = _p.Options;
        var diagonal = GeometricPredicates.Diagonal(imageWidth, imageHeight);
        var result = new List<RelationGuess>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var a = boxes[i];
                var b = boxes[j];
                if (a.Area <= 0 || b.Area <= 0) continue;
                if (GeometricPredicates.Gap(a, b) / diagonal > o.MaxPairGap) continue;

                Pair(result, i, j, GeometricPredicates.LeftOf, _p.IsLeftOf(a, b), GeometricPredicates.RightOf, _p.IsRightOf(a, b));
                var contact = crowds is not null && (crowds[i] || crowds[j]) ? null : Contact(a, b, imageWidth, imageHeight);
                if (contact?.Forward is not (GeometricPredicates.On or GeometricPredicates.Under))
                    Pair(result, i, j, GeometricPredicates.Above, _p.IsAbove(a, b), GeometricPredicates.Below, _p.IsBelow(a, b));
                if (contact is { } c)
                {
                    result.Add(new RelationGuess(i, c.Forward, j, c.Confidence));
                    if (o.IncludeConverses) result.Add(new RelationGuess(j, c.Converse, i, c.Confidence));
                }
                if (depths?[i] is { } di && depths[j] is { } dj)
                {
                    Pair(result, i, j, GeometricPredicates.InFrontOf, _p.IsInFrontOf(di, dj, convention, range), GeometricPredicates.Behind, _p.IsBehind(di, dj, convention, range));
                }
            }
        }
        return result
            .Where(r => r.Confidence >= o.MinConfidence)
            .OrderBy(r => r.Subject).ThenBy(r => r.Object)
            .ToArray();
    }

    /// <summary>A predicate and its converse for subject i: at most one holds (the definitions exclude both).</summary>
    private void Pair(List<RelationGuess> result, int i, int j, string forward, double? forwardConfidence, string converse, double? converseConfidence)
    {
        if (forwardConfidence is { } f)
        {
            result.Add(new RelationGuess(i, forward, j, f));
            if (_p.Options.IncludeConverses) result.Add(new RelationGuess(j, converse, i, f));
        }
        else if (converseConfidence is { } c)
        {
            result.Add(new RelationGuess(i, converse, j, c));
            if (_p.Options.IncludeConverses) result.Add(new RelationGuess(j, forward, i, c));
        }
    }

    /// <summary>
    /// The one contact predicate of a pair (subject a), the most specific that holds: inside / contains, on / under,
    /// overlapping, next to, near; with its converse for the other direction; or null.
    /// </summary>
    private (string Forward, string Converse, double Confidence)? Contact(Box a, Box b, int imageWidth, int imageHeight)
    {
        if (_p.IsInside(a, b) is { } inside) return (GeometricPredicates.Inside, GeometricPredicates.Contains, inside);
        if (_p.IsContaining(a, b) is { } contains) return (GeometricPredicates.Contains, GeometricPredicates.Inside, contains);
        if (_p.IsOn(a, b) is { } on) return (GeometricPredicates.On, GeometricPredicates.Under, on);
        if (_p.IsUnder(a, b) is { } under) return (GeometricPredicates.Under, GeometricPredicates.On, under);
        if (_p.IsOverlapping(a, b) is { } overlapping) return (GeometricPredicates.Overlapping, GeometricPredicates.Overlapping, overlapping);
        if (_p.IsNextTo(a, b) is { } nextTo) return (GeometricPredicates.NextTo, GeometricPredicates.NextTo, nextTo);
        if (_p.IsNear(a, b, imageWidth, imageHeight) is { } near) return (GeometricPredicates.Near, GeometricPredicates.Near, near);
        return null;
    }
}
