using System.Collections.Immutable;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>One detected object. Immutable; its position in <c>SceneGraph.Objects</c> is its index.</summary>
public sealed class SceneObject
{
    public SceneObject(string label, Box box, double? score = null, ImmutableArray<string> attributes = default)
    {
        Label = label;
        Box = box;
        Score = score;
        Attributes = attributes.IsDefault ? ImmutableArray<string>.Empty : attributes;
    }

    public string Label { get; }
    public Box Box { get; }

    /// <summary>Detector confidence; carried along, read by no built-in generator.</summary>
    public double? Score { get; }

    /// <summary>Normalised attributes (split on " and ", "grey" to "gray", no duplicates, first-seen order).</summary>
    public ImmutableArray<string> Attributes { get; }

    public override string ToString() => $"{Label} {Box}";
}
