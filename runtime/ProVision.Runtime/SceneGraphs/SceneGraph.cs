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
        _objects = objects.IsDefault ? ImmutableArray<SceneObject>.Empty : objects;
        _relations = relations.IsDefault ? ImmutableArray<Relation>.Empty : relations;
        Masks = masks;
        Depth = depth;
        Caption = caption;
        Source = source;
    }

    /// <summary>
    /// A graph drawn from a data-set index: its objects and relations are read from <paramref name="indexed"/>'s
    /// summary on first use of each (equal to the graph indexed), so a draw that a query rejects from the label facts
    /// alone, or that reads only the objects, does not rebuild the rest.
    /// </summary>
    internal SceneGraph(string imageId, string? imagePath, int width, int height, Generation.IndexedImage indexed,
        MaskSet? masks, DepthSource? depth, string? caption, string? source)
    {
        ImageId = imageId;
        ImagePath = imagePath;
        Width = width;
        Height = height;
        Indexed = indexed;
        Masks = masks;
        Depth = depth;
        Caption = caption;
        Source = source;
    }

    // Default (not yet read) only on a graph drawn from an index. ImmutableArray is one array reference, written
    // atomically, so a race between threads only reads the same summary twice.
    private ImmutableArray<SceneObject> _objects;
    private ImmutableArray<Relation> _relations;

    public string ImageId { get; }

    /// <summary>The image file, as written in the input (relative paths stay relative).</summary>
    public string? ImagePath { get; }

    public int Width { get; }
    public int Height { get; }
    // The getters stay small enough to inline into a query's loops; the first read of a drawn graph is out of line.
    public ImmutableArray<SceneObject> Objects => _objects.IsDefault ? ReadObjects() : _objects;
    public ImmutableArray<Relation> Relations => _relations.IsDefault ? ReadRelations() : _relations;

    /// <summary>
    /// <c>Objects.Length</c> and <c>Relations.Length</c>, the emitted <c>count(img.objects)</c> and
    /// <c>count(img.relations)</c>: a drawn graph whose objects or relations were not read yet answers from its summary.
    /// </summary>
    public int ObjectCount => _objects.IsDefault ? Indexed!.ObjectCount() : _objects.Length;

    /// <summary>
    /// <c>Objects[index].Attributes</c> (the .pvg <c>o.attributes</c>): a drawn graph whose objects were not read yet
    /// answers from its summary's object facts, without building every object to read one object's attributes.
    /// </summary>
    public ImmutableArray<string> AttributesOf(int index) =>
        _objects.IsDefault && Indexed is { } indexed ? indexed.AttributesOf(index) : Objects[index].Attributes;

    /// <summary>
    /// <c>Objects[index].Label</c> (the .pvg <c>o.label</c> of a multi-image object): a drawn graph whose objects were
    /// not read yet answers from its summary's object label ids, without building every object to read one label
    /// (CountObject and HasMost/HasLeast ask <c>isPlural(o.label)</c> of every object of a candidate noun).
    /// </summary>
    public string LabelOf(int index) =>
        _objects.IsDefault && Indexed is { } indexed ? indexed.LabelOf(index) : Objects[index].Label;

    /// <summary>
    /// <c>Objects[index].Box</c>: a drawn graph whose objects were not read yet answers from its summary's boxes, without
    /// building every object to read two boxes (<c>couldHold(a, p, b)</c>, which HasRelation asks per object pair of an
    /// image lacking the triple).
    /// </summary>
    public Box BoxOf(int index) =>
        _objects.IsDefault && Indexed is { } indexed ? indexed.BoxOf(index) : Objects[index].Box;

    /// <summary>Whether <see cref="Objects"/> is at hand without reading a drawn graph's summary.</summary>
    internal bool ObjectsRead => !_objects.IsDefault;

    /// <inheritdoc cref="ObjectCount"/>
    public int RelationCount => _relations.IsDefault ? Indexed!.RelationCount() : _relations.Length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ImmutableArray<SceneObject> ReadObjects() => _objects = Indexed!.ReadObjects();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ImmutableArray<Relation> ReadRelations() => _relations = Indexed!.ReadRelations();
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

    /// <summary>
    /// The label facts and summary of the data-set index this graph was drawn from (null for a graph not drawn from
    /// one); its objects and relations are read from it on first use.
    /// </summary>
    internal Generation.IndexedImage? Indexed { get; }

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
