using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Depth;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Relations;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Annotation;

// Adapters from the stage implementations (Segmentation/, Depth/, Attributes/, Relations/), which work on
// StageImage/StageObject, to the pipeline's stage interfaces. Masks stay crops of their box (Annotation.ObjectMask)
// on the way through segment and attributes; only depth-based relations expand them to the image's size.

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

/// <summary>Per-image settings of <see cref="GrabCutStageSegmenter"/> on top of <see cref="GrabCutOptions"/>.</summary>
public sealed record GrabCutStageOptions
{
    /// <summary>
    /// At most this many working pixels (summed over an image's boxes, see <see cref="GrabCutSegmenter.WorkingPixels"/>)
    /// per image: when the boxes at <see cref="GrabCutOptions.MaxSide"/> need more, every box of that image is worked on at one
    /// smaller side (not below <see cref="MinSide"/>), so an image with many large objects costs a bounded time.
    /// GrabCut costs about 1.2 µs of CPU per working pixel for 2 iterations here; 0 = no budget.
    /// </summary>
    public long PixelBudget { get; init; } = 200_000;

    /// <summary>The budget never shrinks the working side below this (masks of large objects get coarse below it).</summary>
    public int MinSide { get; init; } = 96;

    /// <summary>
    /// Boxes of one image segmented at once (0 = one per core). Results do not depend on it. 1 by default: `annotate`
    /// already runs one worker per core, so more only shortens a single image's latency (a run of fewer images than cores).
    /// </summary>
    public int Threads { get; init; } = 1;
}

/// <summary>GrabCut masks (<see cref="GrabCutSegmenter"/>), the box where GrabCut gives no usable result.</summary>
public sealed class GrabCutStageSegmenter : ISegmenter
{
    private readonly GrabCutSegmenter _grabCut;
    private readonly GrabCutStageOptions _stage;

    public GrabCutStageSegmenter(GrabCutOptions? options = null, GrabCutStageOptions? stage = null)
    {
        _grabCut = new GrabCutSegmenter(options);
        _stage = stage ?? new GrabCutStageOptions();
    }

    public GrabCutOptions Options => _grabCut.Options;

    public GrabCutStageOptions StageOptions => _stage;

    public IReadOnlyList<Annotation.ObjectMask>? Segment(AnnotationFrame frame)
    {
        var image = StageAdapter.ToStageImage(frame.Image);
        var masks = new Annotation.ObjectMask[frame.Objects.Count];
        var side = WorkingSide(frame);
        void SegmentOne(int i)
        {
            var box = frame.Objects[i].Box;
            masks[i] = _grabCut.SegmentBox(image, box, side) is { } mask
                ? new Annotation.ObjectMask(mask.Rect.X1, mask.Rect.Y1, new BitMask(mask.Rect.Width, mask.Rect.Height, mask.Pixels))
                : Annotation.ObjectMask.FromBox(box, frame.Width, frame.Height);
        }

        // Each box's mask depends only on the image and that box (OpenCV's generator is reset per call), so the order
        // in which threads take boxes does not change the result.
        var threads = _stage.Threads > 0 ? _stage.Threads : Environment.ProcessorCount;
        if (threads <= 1 || masks.Length <= 1)
        {
            for (var i = 0; i < masks.Length; i++) SegmentOne(i);
        }
        else
        {
            Parallel.For(0, masks.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, SegmentOne);
        }
        return masks;
    }

    /// <summary>The longer side GrabCut works at for every box of this image: <see cref="GrabCutOptions.MaxSide"/>, or less to stay within the pixel budget.</summary>
    public int WorkingSide(AnnotationFrame frame)
    {
        var side = Options.MaxSide;
        if (_stage.PixelBudget <= 0 || frame.Objects.Count == 0) return side;
        var rects = frame.Objects.Select(o => PixelRect.FromBox(o.Box, frame.Width, frame.Height)).ToArray();
        long Cost(int s) => rects.Sum(r => _grabCut.WorkingPixels(r, frame.Width, frame.Height, s));
        if (side <= 0) side = Math.Max(frame.Width, frame.Height);
        while (side > _stage.MinSide && Cost(side) > _stage.PixelBudget) side = Math.Max(_stage.MinSide, side - 8);
        return side;
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
        var stageDefaults = new GrabCutStageOptions();
        return new GrabCutStageSegmenter(
            new GrabCutOptions
            {
                MaxSide = settings.Int("max_side", 0, 10_000) ?? defaults.MaxSide,
                Margin = settings.Double("margin", 0, 10) ?? defaults.Margin,
                Iterations = settings.Int("iterations", 1, 100) ?? defaults.Iterations,
            },
            new GrabCutStageOptions
            {
                PixelBudget = settings.Int("pixel_budget", 0, int.MaxValue) ?? stageDefaults.PixelBudget,
                MinSide = settings.Int("min_side", 8, 10_000) ?? stageDefaults.MinSide,
                Threads = settings.Int("threads", 0, 1024) ?? stageDefaults.Threads,
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

/// <summary>Colour names from each object's mask and relative size (<see cref="AttributeStage.Default"/>); people get no colour.</summary>
public sealed class ColorSizeAttributeTagger : IAttributeTagger
{
    private readonly AttributeStage _stage;

    /// <param name="people">Labels of people, who get no colour attribute (see <see cref="AttributeStage"/>).</param>
    public ColorSizeAttributeTagger(IReadOnlySet<string>? people = null) => _stage = AttributeStage.Default(people);

    public IReadOnlyList<IReadOnlyList<string>> Tag(AnnotationFrame frame)
    {
        if (frame.Objects.Count == 0) return [];
        var masks = frame.Masks is { } placed && placed.Count == frame.Objects.Count
            ? placed.Select(m => new PlacedMask(m.Left, m.Top, m.Mask)).ToArray()
            : null; // crop masks as they are: reading colours costs the box's pixels, not the image's
        var guesses = _stage.DescribePlaced(StageAdapter.ToStageImage(frame.Image), StageAdapter.ToStageObjects(frame), masks);
        return guesses.Select(g => (IReadOnlyList<string>)g.Select(a => a.Name).ToArray()).ToArray();
    }

    public void Dispose() { }
}

public sealed class ColorSizeAttributesFactory : IStageFactory<IAttributeTagger>
{
    public string Method => "color-size";
    public string Description => "colour names from each mask (none for people), and relative size (large, small)";

    /// <summary>Reads <c>people</c>; left out, the built-in pipeline.yaml's list.</summary>
    public IAttributeTagger Create(ConfigSection settings, StageContext context)
    {
        var people = settings.Strings("people") ?? PipelineConfig.BuiltInSection("attributes").Strings("people") ?? [];
        return new ColorSizeAttributeTagger(people.ToHashSet(StringComparer.Ordinal));
    }
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
            .Find(frame.Objects.Select(o => o.Box).ToArray(), frame.Width, frame.Height, depths, frame.Depth?.Map.Convention ?? DepthConvention.LargerIsCloser, frame.Depth?.Range,
                frame.Objects.Select(o => o.IsCrowd).ToArray())
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
