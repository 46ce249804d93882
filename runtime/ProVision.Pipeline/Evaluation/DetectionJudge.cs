using ProVision.Pipeline.Detection;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Evaluation;

/// <summary>What a person would say of one detection (docs/pipeline.md, "Judging detections").</summary>
public enum Verdict
{
    /// <summary>It names an expected object that no stronger detection named.</summary>
    Right,

    /// <summary>A second box, with the same label, on an object a stronger detection already named.</summary>
    Duplicate,

    /// <summary>A second box, with another label, on an object a stronger detection already named (the cat also called a dog).</summary>
    CrossClassDuplicate,

    /// <summary>Lies in a crowd region of its label: neither right nor wrong.</summary>
    Crowd,

    /// <summary>Anything else: an object that is not there, or a wrong label.</summary>
    Wrong,
}

/// <summary>One detection and the verdict on it; <see cref="Object"/> is the expected object it named or repeats.</summary>
public sealed record JudgedDetection(DetectedObject Detection, Verdict Verdict, ExpectedObject? Object);

/// <summary>The verdicts for one image and the expected objects no detection named.</summary>
public sealed record ImageJudgement(string Image, IReadOnlyList<JudgedDetection> Detections, IReadOnlyList<ExpectedObject> Missed)
{
    public int Count(Verdict verdict) => Detections.Count(d => d.Verdict == verdict);
}

/// <summary>
/// Judges a detector's objects against a person's list: a detection <em>names</em> an expected object when the labels
/// are equal and the boxes agree (IoU at least <see cref="MatchIou"/>, or the detection lies at least
/// <see cref="InsideShare"/> inside the object's box and covers at least <see cref="PartialCover"/> of it: hand-drawn
/// boxes and a tight box of half a bat both name the bat). Detections, best first, each take the free object they name
/// with the highest IoU. A detection left over that overlaps a named object (IoU at least <see cref="MatchIou"/>, or, with
/// the same label, at least <see cref="InsideShare"/> of it inside) repeats it; else one lying in a crowd region of its
/// label (or, with a crowd's label, in the crowd regions of its members' label) is a crowd member; else it is wrong.
/// </summary>
public static class DetectionJudge
{
    public const double MatchIou = 0.5;
    public const double InsideShare = 0.8;
    public const double PartialCover = 0.4;

    /// <param name="expected">What a person sees in the image.</param>
    /// <param name="detections">The detector's objects, any order.</param>
    /// <param name="crowdLabels">
    /// A crowd rule's labels (member label to the crowd's label, <see cref="CrowdRule.Labels"/>): a detection with a
    /// crowd's label ("people") lying in the crowd regions of its members' label ("person") is a crowd too.
    /// </param>
    public static ImageJudgement Judge(ExpectedImage expected, IReadOnlyList<DetectedObject> detections, IReadOnlyDictionary<string, string>? crowdLabels = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(detections);
        var objects = expected.Objects.Where(o => o.Kind != ExpectedKind.Crowd).ToList();
        var crowds = expected.Objects.Where(o => o.Kind == ExpectedKind.Crowd).ToList();
        var named = new HashSet<ExpectedObject>(ReferenceEqualityComparer.Instance);
        var order = Enumerable.Range(0, detections.Count).OrderByDescending(i => detections[i].Score).ThenBy(i => i).ToList();
        var verdicts = new JudgedDetection?[detections.Count];

        foreach (var i in order)
        {
            var d = detections[i];
            var target = objects.Where(o => !named.Contains(o) && Names(d, o)).MaxBy(o => d.Box.IoU(o.Box));
            if (target is null) continue;
            named.Add(target);
            verdicts[i] = new JudgedDetection(d, Verdict.Right, target);
        }
        foreach (var i in order.Where(i => verdicts[i] is null))
        {
            var d = detections[i];
            var repeated = objects.Where(named.Contains).Where(o => Repeats(d, o)).MaxBy(o => d.Box.IoU(o.Box));
            if (repeated is not null)
            {
                verdicts[i] = new JudgedDetection(d, repeated.Label == d.Label ? Verdict.Duplicate : Verdict.CrossClassDuplicate, repeated);
                continue;
            }
            var crowd = crowds.FirstOrDefault(c => c.Label == d.Label && Inside(d.Box, c.Box) >= InsideShare)
                ?? CrowdOfMembers(d, crowds, crowdLabels);
            verdicts[i] = new JudgedDetection(d, crowd is null ? Verdict.Wrong : Verdict.Crowd, crowd);
        }
        return new ImageJudgement(expected.Image, verdicts.Select(v => v!).ToList(), objects.Where(o => !named.Contains(o)).ToList());
    }

    /// <summary>The detection names the object: same label and the boxes agree (see the class summary).</summary>
    public static bool Names(DetectedObject d, ExpectedObject o) =>
        d.Label == o.Label
        && (d.Box.IoU(o.Box) >= MatchIou || (Inside(d.Box, o.Box) >= InsideShare && d.Box.Area >= PartialCover * o.Box.Area));

    private static bool Repeats(DetectedObject d, ExpectedObject o) =>
        d.Box.IoU(o.Box) >= MatchIou || (d.Label == o.Label && Inside(d.Box, o.Box) >= InsideShare);

    // The first crowd region of the members' label when d carries the crowd label of that label and lies in those
    // regions together (a group of spectators may reach from the stands to the wall in front of them).
    private static ExpectedObject? CrowdOfMembers(DetectedObject d, List<ExpectedObject> crowds, IReadOnlyDictionary<string, string>? crowdLabels)
    {
        if (crowdLabels is null) return null;
        var regions = crowds.Where(c => crowdLabels.TryGetValue(c.Label, out var crowdLabel) && crowdLabel == d.Label).ToList();
        return regions.Count > 0 && InsideAny(d.Box, regions.Select(c => c.Box).ToList()) >= InsideShare ? regions[0] : null;
    }

    // The share of a's area inside the union of the regions, sampled on a 100 x 100 grid of a's box.
    private static double InsideAny(Box a, List<Box> regions)
    {
        const int Steps = 100;
        var inside = 0;
        for (var i = 0; i < Steps; i++)
        {
            var x = a.X1 + ((i + 0.5) * a.Width / Steps);
            for (var j = 0; j < Steps; j++)
            {
                var y = a.Y1 + ((j + 0.5) * a.Height / Steps);
                if (regions.Any(r => x >= r.X1 && x <= r.X2 && y >= r.Y1 && y <= r.Y2)) inside++;
            }
        }
        return inside / (double)(Steps * Steps);
    }

    /// <summary>The share of <paramref name="a"/>'s area inside <paramref name="b"/>.</summary>
    private static double Inside(Box a, Box b) => a.Area <= 0 ? 0 : a.IntersectionArea(b) / a.Area;
}
