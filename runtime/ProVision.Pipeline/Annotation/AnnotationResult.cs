using System.Collections.Immutable;
using ProVision.Pipeline.Detection;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Annotation;

/// <summary>
/// One image's finished annotation, ready to write: objects with attributes, masks already RLE-encoded (so the
/// pixels are gone), the depth map and relations. Produced by the workers; written in input order.
/// </summary>
public sealed record AnnotationResult
{
    public required string ImageId { get; init; }
    public string? ImagePath { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required ImmutableArray<DetectedObject> Objects { get; init; }

    /// <summary>One attribute list per object (empty lists when there are none).</summary>
    public required ImmutableArray<ImmutableArray<string>> Attributes { get; init; }

    /// <summary>One mask per object, or default (none).</summary>
    public ImmutableArray<RleMask> Masks { get; init; }

    public EstimatedDepth? Depth { get; init; }
    public ImmutableArray<Relation> Relations { get; init; } = [];

    public bool HasMasks => !Masks.IsDefault;
}
