using ProVision.Pipeline.Configuration;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection;

/// <summary>
/// Which boxes count as a second report of an object already kept (the <c>detect.duplicates</c> section of
/// pipeline.yaml; docs/pipeline.md, "Duplicates"). A detector's own NMS only compares boxes of one class and only by
/// IoU, so one cat comes out as both "cat" and "dog" and one motorcycle as a box with smaller boxes of its parts inside;
/// downstream every such box is a confident wrong answer ("How many cats?" two). Null turns a rule off. The documented
/// defaults are those of the built-in pipeline.yaml; built in code, no rule applies.
/// </summary>
public sealed record DuplicateRules
{
    /// <summary>Two boxes whose IoU is above this are one object whatever their labels: the weaker is dropped.</summary>
    public double? CrossClassIou { get; init; }

    /// <summary>
    /// Two boxes of one label where this share (or more) of the smaller box lies inside the other are one object:
    /// the weaker is dropped (|A ∩ B| / min(|A|, |B|)).
    /// </summary>
    public double? SameLabelContainment { get; init; }

    public static DuplicateRules None { get; } = new();

    /// <summary>
    /// The <c>duplicates:</c> mapping of <c>detect</c>: each key the user's <paramref name="section"/> leaves out comes
    /// from <paramref name="defaults"/> (the built-in file's). A value is a share in 0..1 or <c>none</c> (rule off).
    /// </summary>
    /// <exception cref="ConfigException">A bad value or an unknown key.</exception>
    public static DuplicateRules Parse(ConfigSection? section, ConfigSection? defaults)
    {
        double? Read(string key)
        {
            var from = section is not null && section.Has(key) ? section : defaults;
            if (from is null || !from.Has(key)) return null;
            return from.String(key) is "none" ? null : from.Double(key, 0, 1);
        }

        var rules = new DuplicateRules { CrossClassIou = Read("cross_class_iou"), SameLabelContainment = Read("same_label_containment") };
        section?.RejectUnknownKeys();
        return rules;
    }

    /// <summary>True when <paramref name="weaker"/> repeats <paramref name="kept"/> under these rules.</summary>
    public bool Repeats(DetectedObject weaker, DetectedObject kept)
    {
        if (CrossClassIou is { } iou && weaker.Box.IoU(kept.Box) > iou) return true;
        if (SameLabelContainment is { } share && weaker.Label == kept.Label && ContainedShare(weaker.Box, kept.Box) >= share) return true;
        return false;
    }

    /// <summary>
    /// Keeps objects best first, dropping each that repeats an object already kept. <paramref name="objects"/> must be
    /// in score order (ties in a fixed order), so the result is deterministic.
    /// </summary>
    public List<DetectedObject> Apply(IEnumerable<DetectedObject> objects, int maxKeep = int.MaxValue)
    {
        var kept = new List<DetectedObject>();
        foreach (var candidate in objects)
        {
            if (kept.Count >= maxKeep) break;
            if (!kept.Any(k => Repeats(candidate, k))) kept.Add(candidate);
        }
        return kept;
    }

    /// <summary>|A ∩ B| / min(|A|, |B|): 1 when the smaller box lies wholly inside the other.</summary>
    public static double ContainedShare(Box a, Box b)
    {
        var smaller = Math.Min(a.Area, b.Area);
        return smaller <= 0 ? 0 : a.IntersectionArea(b) / smaller;
    }
}
