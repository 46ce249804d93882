using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// Tries segmenters in order and keeps the first mask one of them returns; a box mask ends every chain, so
/// every object gets a mask (an empty one only for a box entirely outside the image).
/// </summary>
public sealed class SegmenterChain
{
    private readonly IBoxPromptedSegmenter[] _segmenters;

    /// <summary>The given segmenters, then <see cref="BoxMaskSegmenter"/> unless the list already ends with one.</summary>
    public SegmenterChain(params IBoxPromptedSegmenter[] segmenters)
    {
        ArgumentNullException.ThrowIfNull(segmenters);
        _segmenters = segmenters.Length > 0 && segmenters[^1] is BoxMaskSegmenter
            ? segmenters
            : [.. segmenters, new BoxMaskSegmenter()];
    }

    /// <summary>The default chain: GrabCut with default options, then the box.</summary>
    public static SegmenterChain Default() => new(new GrabCutSegmenter());

    public IReadOnlyList<IBoxPromptedSegmenter> Segmenters => _segmenters;

    /// <summary>One mask for <paramref name="box"/>.</summary>
    public ObjectMask Segment(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        foreach (var segmenter in _segmenters)
        {
            if (segmenter.TrySegment(image, box) is { } mask) return mask;
        }
        return ObjectMask.FromPixels(new byte[image.Width * image.Height], image.Width, image.Height, MaskSource.Box);
    }

    /// <summary>One mask per object, in object order.</summary>
    public IReadOnlyList<ObjectMask> SegmentAll(StageImage image, IReadOnlyList<StageObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var masks = new ObjectMask[objects.Count];
        for (var i = 0; i < masks.Length; i++) masks[i] = Segment(image, objects[i].Box);
        return masks;
    }
}
