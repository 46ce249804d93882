using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection;

/// <summary>One object a detector found: its label (after renaming), box in original-image pixels, score and class index.</summary>
public sealed record DetectedObject(string Label, Box Box, float Score, int ClassId)
{
    public override string ToString() => FormattableString.Invariant($"{Label} {Score:F2} {Box}");
}

/// <summary>A decoder's raw result: a class index, a score and a box in original-image pixels, before NMS and renaming.</summary>
public readonly record struct Candidate(int ClassId, float Score, Box Box);
