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
/// label is a crowd member; else it is wrong.
/// </summary>
public static class DetectionJudge
{
    public const double MatchIou = 0.5;
    public const double InsideShare = 0.8;
    public const double PartialCover = 0.4;

    public static ImageJudgement Judge(ExpectedImage expected, IReadOnlyList<DetectedObject> detections)
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
            var crowd = crowds.FirstOrDefault(c => c.Label == d.Label && Inside(d.Box, c.Box) >= InsideShare);
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

    /// <summary>The share of <paramref name="a"/>'s area inside <paramref name="b"/>.</summary>
    private static double Inside(Box a, Box b) => a.Area <= 0 ? 0 : a.IntersectionArea(b) / a.Area;
}
