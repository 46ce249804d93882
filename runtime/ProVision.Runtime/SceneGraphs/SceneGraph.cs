using System.Collections.Immutable;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>
/// One image's scene graph: objects (label, box, attributes), relations between them, and optional
/// masks, depth and caption. Immutable and cheap to hold: masks and depth are references that
/// decode on demand.
/// </summary>
public sealed class SceneGraph
{
    public SceneGraph(
        string imageId,
        string? imagePath,
        int width,
        int height,
        ImmutableArray<SceneObject> objects,
        ImmutableArray<Relation> relations,
        MaskSet? masks = null,
        DepthSource? depth = null,
        string? caption = null,
        string? source = null)
    {
        ImageId = imageId;
        ImagePath = imagePath;
        Width = width;
        Height = height;
        Objects = objects.IsDefault ? ImmutableArray<SceneObject>.Empty : objects;
        Relations = relations.IsDefault ? ImmutableArray<Relation>.Empty : relations;
        Masks = masks;
        Depth = depth;
        Caption = caption;
        Source = source;
    }

    public string ImageId { get; }

    /// <summary>The image file, as written in the input (relative paths stay relative).</summary>
    public string? ImagePath { get; }

    public int Width { get; }
    public int Height { get; }
    public ImmutableArray<SceneObject> Objects { get; }
    public ImmutableArray<Relation> Relations { get; }
    public MaskSet? Masks { get; }
    public DepthSource? Depth { get; }
    public string? Caption { get; }

    /// <summary>Free-form provenance carried from the input ("source" in the reference format).</summary>
    public string? Source { get; }

    /// <summary>
    /// <see cref="Stdlib.Sets.Labels"/> of this graph, filled in on first use. Derived from immutable data, so a race
    /// only computes the same value twice (an array reference is written atomically; nothing mutates it).
    /// </summary>
    internal string[]? DistinctLabels { get; set; }

    /// <summary><see cref="Stdlib.Sets.Nouns"/> of this graph under one vocabulary, filled in on first use (same race rule: one reference write).</summary>
    internal Stdlib.NounsOfGraph? DistinctNouns { get; set; }

    /// <summary>The label facts of the data-set index this graph was rebuilt from (null for a graph not drawn from one).</summary>
    internal Generation.ImageLabels? IndexedLabels { get; init; }

    /// <summary><see cref="Stdlib.Geometry.BoxRatio(SceneGraph, int)"/> per object, filled in on first use (same race rule).</summary>
    internal string?[]? BoxRatios { get; set; }

    /// <summary>How many objects carry each label, for <see cref="Stdlib.Sets.CountLabel"/>; filled in on first use (same race rule).</summary>
    internal Dictionary<string, int>? LabelCounts { get; set; }

    /// <summary>The one-image data set a single-image context reads <c>dataset.predicates</c> from; built on first use (same race rule).</summary>
    internal Generation.DataSetIndex? OwnDataSet { get; set; }

    public bool HasMasks => Masks is not null;
    public bool HasDepth => Depth is not null;
    public bool HasAttributes => Objects.Any(o => o.Attributes.Length > 0);
    public bool HasRelations => Relations.Length > 0;

    public override string ToString() => $"{ImageId} ({Objects.Length} objects, {Relations.Length} relations)";
}
