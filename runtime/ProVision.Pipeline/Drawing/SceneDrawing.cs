using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Drawing;

/// <summary>One object to draw: label, box, optional mask (image-sized) and attributes.</summary>
public sealed record DrawnObject(string Label, Box Box, BitMask? Mask = null, IReadOnlyList<string>? Attributes = null);

/// <summary>
/// What <see cref="SceneRenderer"/> draws for one image: the image, its objects and relations, an optional depth map,
/// and, for an item, the objects and relations its answer rests on (highlighted; the rest drawn faintly).
/// </summary>
public sealed record SceneDrawing
{
    public required StageImage Image { get; init; }
    public IReadOnlyList<DrawnObject> Objects { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];
    public DepthMap? Depth { get; init; }

    /// <summary>A caption line under the image (e.g. the image id and counts); null = none.</summary>
    public string? Caption { get; init; }

    /// <summary>Objects to highlight; null = draw every object in full.</summary>
    public IReadOnlySet<int>? HighlightObjects { get; init; }

    /// <summary>Relations to highlight; null = draw every relation in full.</summary>
    public IReadOnlySet<int>? HighlightRelations { get; init; }

    public bool IsHighlighting => HighlightObjects is not null || HighlightRelations is not null;

    /// <summary>
    /// A drawing of <paramref name="graph"/> on <paramref name="image"/> (which must have the graph's size). Masks and the
    /// depth map are decoded from the graph's references. With <paramref name="evidence"/>, its objects and relations are
    /// highlighted, and the objects of highlighted relations too.
    /// </summary>
    public static SceneDrawing FromGraph(SceneGraph graph, StageImage image, ImageEvidence? evidence = null, bool masks = true, bool depth = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(image);
        var objects = new DrawnObject[graph.Objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            var o = graph.Objects[i];
            var mask = masks && graph.Masks is { } set && i < set.Count ? set.Get(i) : null;
            if (mask is not null && (mask.Width != image.Width || mask.Height != image.Height)) mask = null;
            objects[i] = new DrawnObject(o.Label, o.Box, mask, o.Attributes);
        }
        HashSet<int>? highlightObjects = null;
        HashSet<int>? highlightRelations = null;
        if (evidence is not null)
        {
            highlightObjects = [.. evidence.Objects];
            highlightRelations = [.. evidence.Relations];
            foreach (var r in evidence.Relations)
            {
                if (r < 0 || r >= graph.Relations.Length) continue;
                highlightObjects.Add(graph.Relations[r].Subject);
                highlightObjects.Add(graph.Relations[r].Object);
            }
        }
        var map = depth ? graph.Depth?.Load() : null;
        var parts = new List<string> { graph.ImageId, $"{objects.Length} objects", $"{graph.Relations.Length} relations" };
        if (graph.Masks is not null && masks) parts.Add("masks");
        if (map is not null) parts.Add($"depth {map.Convention.ToName()}");
        return new SceneDrawing
        {
            Image = image,
            Objects = objects,
            Relations = graph.Relations,
            Depth = map,
            Caption = string.Join(" · ", parts),
            HighlightObjects = highlightObjects,
            HighlightRelations = highlightRelations,
        };
    }
}
