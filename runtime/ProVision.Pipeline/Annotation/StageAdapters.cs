using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Depth;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Relations;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Annotation;

// Adapters from the stage implementations (Segmentation/, Depth/, Attributes/, Relations/), which work on
// StageImage/StageObject and full-image masks, to the pipeline's stage interfaces.

/// <summary>Conversions between the pipeline's types and the stage implementations' types.</summary>
internal static class StageAdapter
{
    /// <summary>The frame's image as a <see cref="StageImage"/>: the layouts match, so the buffer is shared, not copied.</summary>
    public static StageImage ToStageImage(RgbImage image) => new(image.Width, image.Height, image.Pixels);

    public static IReadOnlyList<StageObject> ToStageObjects(AnnotationFrame frame) =>
        frame.Objects.Select(o => new StageObject(o.Label, o.Box, o.Score)).ToArray();

    /// <summary>A placed mask as a full-image mask.</summary>
    public static BitMask ToFullMask(Annotation.ObjectMask mask, int width, int height)
    {
        var pixels = new byte[width * height];
        var source = mask.Mask.Pixels;
        for (var y = 0; y < mask.Mask.Height; y++)
        {
            var iy = mask.Top + y;
            if (iy < 0 || iy >= height) continue;
            for (var x = 0; x < mask.Mask.Width; x++)
            {
                var ix = mask.Left + x;
                if (ix < 0 || ix >= width) continue;
                pixels[(iy * width) + ix] = source[(y * mask.Mask.Width) + x];
            }
        }
        return new BitMask(width, height, pixels);
    }

    /// <summary>The frame's masks as full-image masks, or null when the frame has none.</summary>
    public static IReadOnlyList<BitMask>? FullMasks(AnnotationFrame frame) =>
        frame.Masks is { } masks && masks.Count == frame.Objects.Count
            ? masks.Select(m => ToFullMask(m, frame.Width, frame.Height)).ToArray()
            : null;
}

/// <summary>GrabCut masks (<see cref="GrabCutSegmenter"/>), the box where GrabCut gives no usable result.</summary>
public sealed class GrabCutStageSegmenter : ISegmenter
{
    private readonly GrabCutSegmenter _grabCut;

    public GrabCutStageSegmenter(GrabCutOptions? options = null) => _grabCut = new GrabCutSegmenter(options);

    public GrabCutOptions Options => _grabCut.Options;

    public IReadOnlyList<Annotation.ObjectMask>? Segment(AnnotationFrame frame)
    {
        var image = StageAdapter.ToStageImage(frame.Image);
        var masks = new Annotation.ObjectMask[frame.Objects.Count];
        for (var i = 0; i < masks.Length; i++)
        {
            var box = frame.Objects[i].Box;
            var pixels = _grabCut.SegmentPixels(image, box);
            var rect = PixelRect.FromBox(box, frame.Width, frame.Height);
            masks[i] = pixels is null || rect.IsEmpty
                ? Annotation.ObjectMask.FromBox(box, frame.Width, frame.Height)
                : Crop(pixels, frame.Width, rect); // GrabCut sets pixels only inside the box
        }
        return masks;
    }

    private static Annotation.ObjectMask Crop(byte[] pixels, int width, PixelRect rect)
    {
        var crop = new byte[rect.Width * rect.Height];
        for (var y = 0; y < rect.Height; y++)
            Buffer.BlockCopy(pixels, ((rect.Y1 + y) * width) + rect.X1, crop, y * rect.Width, rect.Width);
        return new Annotation.ObjectMask(rect.X1, rect.Y1, new BitMask(rect.Width, rect.Height, crop));
    }

    public void Dispose() { }
}

public sealed class GrabCutSegmenterFactory : IStageFactory<ISegmenter>
{
    public string Method => "grabcut";
    public string Description => "OpenCV GrabCut prompted by each box (the box where GrabCut fails)";

    public ISegmenter Create(ConfigSection settings, StageContext context)
    {
        var defaults = new GrabCutOptions();
        return new GrabCutStageSegmenter(new GrabCutOptions
        {
            MaxSide = settings.Int("max_side", 0, 10_000) ?? defaults.MaxSide,
            Margin = settings.Double("margin", 0, 10) ?? defaults.Margin,
            Iterations = settings.Int("iterations", 1, 100) ?? defaults.Iterations,
        });
    }
}

/// <summary>Depth from a Depth-Anything-style ONNX model (<see cref="OnnxDepthEstimator"/>).</summary>
public sealed class OnnxStageDepthEstimator : IDepthEstimator
{
    private readonly OnnxDepthEstimator _estimator;
    private readonly object _gate = new();

    public OnnxStageDepthEstimator(OnnxDepthOptions options) => _estimator = new OnnxDepthEstimator(options);

    public EstimatedDepth? Estimate(AnnotationFrame frame)
    {
        DepthEstimate estimate;
        lock (_gate) estimate = _estimator.Estimate(StageAdapter.ToStageImage(frame.Image)); // the estimator is not documented as thread-safe
        return new EstimatedDepth(estimate.Map, estimate.Range);
    }

    public void Dispose() => _estimator.Dispose();
}

public sealed class OnnxDepthFactory : IStageFactory<IDepthEstimator>
{
    public string Method => "onnx";
    public string Description => "relative depth from a Depth-Anything-style ONNX model (model: registry id or .onnx path)";

    public IDepthEstimator Create(ConfigSection settings, StageContext context)
    {
        var model = settings.String("model") ?? throw settings.MissingKey("model");
        var inputSize = settings.Int("input_size", 14, 4096);
        var quantize = settings.Bool("quantize");
        var (path, _) = context.ResolveModel(model);
        var defaults = new OnnxDepthOptions { ModelPath = path };
        try
        {
            return new OnnxStageDepthEstimator(defaults with
            {
                InputSize = inputSize ?? defaults.InputSize,
                Quantize = quantize ?? defaults.Quantize,
            });
        }
        catch (InvalidDataException ex)
        {
            throw settings.Error("model", ex.Message);
        }
    }
}

/// <summary>Colour names from each object's mask and relative size (<see cref="AttributeStage.Default"/>).</summary>
public sealed class ColorSizeAttributeTagger : IAttributeTagger
{
    private readonly AttributeStage _stage = AttributeStage.Default();

    public IReadOnlyList<IReadOnlyList<string>> Tag(AnnotationFrame frame)
    {
        if (frame.Objects.Count == 0) return [];
        var guesses = _stage.Describe(StageAdapter.ToStageImage(frame.Image), StageAdapter.ToStageObjects(frame), StageAdapter.FullMasks(frame));
        return guesses.Select(g => (IReadOnlyList<string>)g.Select(a => a.Name).ToArray()).ToArray();
    }

    public void Dispose() { }
}

public sealed class ColorSizeAttributesFactory : IStageFactory<IAttributeTagger>
{
    public string Method => "color-size";
    public string Description => "colour names from each mask, and relative size (large, small)";
    public IAttributeTagger Create(ConfigSection settings, StageContext context) => new ColorSizeAttributeTagger();
}

/// <summary>Geometric relations between boxes (<see cref="RelationFinder"/>); in front of / behind when the frame has depth and masks.</summary>
public sealed class GeometricRelationFinder : IRelationFinder
{
    private readonly RelationFinder _finder;

    public GeometricRelationFinder(RelationOptions? options = null) => _finder = new RelationFinder(options);

    public IReadOnlyList<Relation> Find(AnnotationFrame frame)
    {
        IReadOnlyList<double?>? depths = null;
        if (frame.Depth is { } depth && StageAdapter.FullMasks(frame) is { } masks) depths = ObjectDepths.OfAll(masks, depth.Map);
        return _finder
            .Find(frame.Objects.Select(o => o.Box).ToArray(), frame.Width, frame.Height, depths, frame.Depth?.Map.Convention ?? DepthConvention.LargerIsCloser, frame.Depth?.Range)
            .Select(r => r.ToRelation())
            .ToArray();
    }

    public void Dispose() { }
}

public sealed class GeometricRelationsFactory : IStageFactory<IRelationFinder>
{
    public string Method => "geometric";
    public string Description => "left of, above, on, inside, next to, near, overlapping (in front of / behind with depth)";
    public IRelationFinder Create(ConfigSection settings, StageContext context) => new GeometricRelationFinder();
}
