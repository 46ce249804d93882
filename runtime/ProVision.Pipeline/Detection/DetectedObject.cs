using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection;

/// <summary>One object a detector found: its label (after renaming), box in original-image pixels, score and class index.</summary>
public sealed record DetectedObject(string Label, Box Box, float Score, int ClassId)
{
    /// <summary>
    /// A crowd made of many detections (<see cref="CrowdRule"/>): its box is a region, not a thing, so the pipeline gives
    /// it no attributes and the geometric relations no contact predicate.
    /// </summary>
    public bool IsCrowd { get; init; }

    public override string ToString() => FormattableString.Invariant($"{Label} {Score:F2} {Box}");
}

/// <summary>A decoder's raw result: a class index, a score and a box in original-image pixels, before NMS and renaming.</summary>
public readonly record struct Candidate(int ClassId, float Score, Box Box);
