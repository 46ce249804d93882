using System.Collections.Immutable;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Annotation;

// The stages after detection: each is an interface with factories (IStageFactory<T>) that pipeline.yaml selects
// by `method:`. This file holds the interfaces, the frame they share and the plain methods (box masks, and "none"
// for every stage); the real ones (grabcut, onnx depth, color-size, geometric) are adapted from their stage folders
// in StageAdapters.cs. Which method runs when pipeline.yaml says nothing is decided by the built-in pipeline.yaml alone.
// Stage implementations must be safe to call from several threads at once: one instance serves every worker.

/// <summary>
/// Everything known about one image while it goes through the stages. Stages read it; the pipeline stores each
/// stage's result in it before the next stage runs (detect, segment, depth, attributes, relations).
/// </summary>
public sealed class AnnotationFrame
{
    public AnnotationFrame(string imageId, string? imagePath, RgbImage image, IReadOnlyList<DetectedObject>? objects = null)
    {
        ImageId = imageId;
        ImagePath = imagePath;
        Image = image;
        Objects = objects ?? [];
    }

    public string ImageId { get; }

    /// <summary>The image file, when the image came from one.</summary>
    public string? ImagePath { get; }

    public RgbImage Image { get; }
    public int Width => Image.Width;
    public int Height => Image.Height;

    /// <summary>The detector's objects, best first. Later stages give one result per object, in this order.</summary>
    public IReadOnlyList<DetectedObject> Objects { get; set; }

    /// <summary>One mask per object (set by the segment stage), or null.</summary>
    public IReadOnlyList<ObjectMask>? Masks { get; set; }

    /// <summary>The image's depth map (set by the depth stage), or null.</summary>
    public EstimatedDepth? Depth { get; set; }

    /// <summary>One attribute list per object (set by the attributes stage), or null.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Attributes { get; set; }

    /// <summary>Relations between objects by index (set by the relations stage).</summary>
    public IReadOnlyList<Relation> Relations { get; set; } = [];
}

/// <summary>
/// One object's mask placed in the image: <see cref="Mask"/> covers the rectangle starting at
/// (<see cref="Left"/>, <see cref="Top"/>); every pixel outside it is unset. A segmenter that works on a crop
/// around the box returns the crop's mask and its corner, so no full-image array is ever needed per object.
/// </summary>
public sealed record ObjectMask(int Left, int Top, BitMask Mask)
{
    /// <summary>A mask that covers the whole image.</summary>
    public static ObjectMask FullImage(BitMask mask) => new(0, 0, mask);

    /// <summary>The box itself as a mask: every pixel whose centre lies inside the box (at least one pixel).</summary>
    public static ObjectMask FromBox(Box box, int imageWidth, int imageHeight)
    {
        var left = Math.Clamp((int)Math.Round(box.X1), 0, imageWidth - 1);
        var top = Math.Clamp((int)Math.Round(box.Y1), 0, imageHeight - 1);
        var right = Math.Clamp((int)Math.Round(box.X2), left + 1, imageWidth);
        var bottom = Math.Clamp((int)Math.Round(box.Y2), top + 1, imageHeight);
        var pixels = new byte[(right - left) * (bottom - top)];
        pixels.AsSpan().Fill(1);
        return new ObjectMask(left, top, new BitMask(right - left, bottom - top, pixels));
    }

    /// <summary>True when the mask's rectangle lies inside a <paramref name="width"/> x <paramref name="height"/> image.</summary>
    public bool FitsIn(int width, int height) =>
        Left >= 0 && Top >= 0 && Left + Mask.Width <= width && Top + Mask.Height <= height;

    /// <summary>The mask as COCO RLE over the whole <paramref name="width"/> x <paramref name="height"/> image (column-major runs).</summary>
    /// <exception cref="ArgumentException">The mask does not fit in the image.</exception>
    public RleMask ToRle(int width, int height)
    {
        if (!FitsIn(width, height))
            throw new ArgumentException($"mask {Mask.Width}x{Mask.Height} at ({Left}, {Top}) does not fit in a {width}x{height} image");
        var counts = ImmutableArray.CreateBuilder<int>();
        var current = false;
        long run = 0;
        void Emit(bool value, long length)
        {
            if (length == 0) return;
            if (value != current)
            {
                counts.Add(checked((int)run));
                run = 0;
                current = value;
            }
            run += length;
        }

        var pixels = Mask.Pixels;
        for (var x = 0; x < width; x++)
        {
            var mx = x - Left;
            if (mx < 0 || mx >= Mask.Width)
            {
                Emit(false, height);
                continue;
            }
            Emit(false, Top);
            for (var my = 0; my < Mask.Height; my++) Emit(pixels[(my * Mask.Width) + mx] != 0, 1);
            Emit(false, height - Top - Mask.Height);
        }
        counts.Add(checked((int)run));
        return new RleMask(height, width, counts.ToImmutable());
    }
}

/// <summary>A depth map for an image (same size), its convention and, when known, its value range.</summary>
public sealed record EstimatedDepth(DepthMap Map, DepthRange? Range = null);

/// <summary>Gives each detected object a mask.</summary>
public interface ISegmenter : IDisposable
{
    /// <summary>One mask per object of <see cref="AnnotationFrame.Objects"/>, in order; or null for no masks.</summary>
    IReadOnlyList<ObjectMask>? Segment(AnnotationFrame frame);
}

/// <summary>Estimates a depth map for the whole image.</summary>
public interface IDepthEstimator : IDisposable
{
    /// <summary>A map the size of the image, or null for none.</summary>
    EstimatedDepth? Estimate(AnnotationFrame frame);
}

/// <summary>Gives each detected object attributes (colours, materials, states...).</summary>
public interface IAttributeTagger : IDisposable
{
    /// <summary>One list per object of <see cref="AnnotationFrame.Objects"/>, in order (empty lists for none).</summary>
    IReadOnlyList<IReadOnlyList<string>> Tag(AnnotationFrame frame);
}

/// <summary>Finds relations between detected objects.</summary>
public interface IRelationFinder : IDisposable
{
    /// <summary>Relations by object index into <see cref="AnnotationFrame.Objects"/>.</summary>
    IReadOnlyList<Relation> Find(AnnotationFrame frame);
}

/// <summary>What a stage factory gets to build its stage: where models are, how sessions run, where the configuration lives.</summary>
public sealed record StageContext
{
    public ModelRegistry Registry { get; init; } = ModelRegistry.Default;
    public required ModelStore Store { get; init; }
    public InferenceOptions Inference { get; init; } = InferenceOptions.Default;

    /// <summary>The folder of pipeline.yaml: relative paths in it resolve here.</summary>
    public string ConfigFolder { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// A model named in the configuration: a registry id (looked up in <see cref="Store"/>) or a path to a file
    /// (relative to <see cref="ConfigFolder"/>). Returns the file and the registry entry, when there is one.
    /// </summary>
    /// <exception cref="ModelException">Unknown id, model not downloaded, or missing file.</exception>
    public (string Path, ModelEntry? Entry) ResolveModel(string idOrPath)
    {
        if (Registry.Find(idOrPath) is { } entry) return (Store.Require(entry), entry);
        if (LooksLikePath(idOrPath))
        {
            var path = Path.GetFullPath(Path.Combine(ConfigFolder, idOrPath));
            if (!File.Exists(path)) throw new ModelException($"{path}: model file not found");
            return (path, Registry.FindByFile(Path.GetFileName(path)));
        }
        var known = Registry.Get(idOrPath); // throws "unknown model", with the closest id
        return (Store.Require(known), known);
    }

    internal static bool LooksLikePath(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || text.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Builds one kind of stage for one <c>method:</c> of pipeline.yaml. Implementations with a public parameterless
/// constructor in the pipeline assembly are found automatically (see <see cref="StageCatalog"/>); others are added
/// with <see cref="StageCatalog.Register{TStage}"/>. <see cref="Create"/> reads its keys from the section; any key
/// it does not read is reported as unknown, with its line.
/// </summary>
public interface IStageFactory<out TStage> where TStage : IDisposable
{
    /// <summary>The <c>method:</c> value that selects this factory.</summary>
    string Method { get; }

    /// <summary>One line for documentation and error messages.</summary>
    string Description { get; }

    /// <exception cref="ConfigException">A bad setting.</exception>
    /// <exception cref="ModelException">A model it needs is missing.</exception>
    TStage Create(ConfigSection settings, StageContext context);
}

/// <summary>The fallback segmenter: each object's mask is its box.</summary>
public sealed class BoxMaskSegmenter : ISegmenter
{
    public IReadOnlyList<ObjectMask>? Segment(AnnotationFrame frame) =>
        frame.Objects.Select(o => ObjectMask.FromBox(o.Box, frame.Width, frame.Height)).ToList();

    public void Dispose() { }
}

/// <summary>No masks.</summary>
public sealed class NoSegmenter : ISegmenter
{
    public IReadOnlyList<ObjectMask>? Segment(AnnotationFrame frame) => null;

    public void Dispose() { }
}

/// <summary>No depth.</summary>
public sealed class NoDepthEstimator : IDepthEstimator
{
    public EstimatedDepth? Estimate(AnnotationFrame frame) => null;

    public void Dispose() { }
}

/// <summary>No attributes.</summary>
public sealed class NoAttributeTagger : IAttributeTagger
{
    public IReadOnlyList<IReadOnlyList<string>> Tag(AnnotationFrame frame) => frame.Objects.Select(_ => (IReadOnlyList<string>)[]).ToList();

    public void Dispose() { }
}

/// <summary>No relations.</summary>
public sealed class NoRelationFinder : IRelationFinder
{
    public IReadOnlyList<Relation> Find(AnnotationFrame frame) => [];

    public void Dispose() { }
}

public sealed class BoxSegmenterFactory : IStageFactory<ISegmenter>
{
    public string Method => "box";
    public string Description => "each object's mask is its box (the fastest masks; also GrabCut's fallback)";
    public ISegmenter Create(ConfigSection settings, StageContext context) => new BoxMaskSegmenter();
}

public sealed class NoSegmenterFactory : IStageFactory<ISegmenter>
{
    public string Method => "none";
    public string Description => "no masks";
    public ISegmenter Create(ConfigSection settings, StageContext context) => new NoSegmenter();
}

public sealed class NoDepthFactory : IStageFactory<IDepthEstimator>
{
    public string Method => "none";
    public string Description => "no depth maps";
    public IDepthEstimator Create(ConfigSection settings, StageContext context) => new NoDepthEstimator();
}

public sealed class NoAttributesFactory : IStageFactory<IAttributeTagger>
{
    public string Method => "none";
    public string Description => "no attributes";
    public IAttributeTagger Create(ConfigSection settings, StageContext context) => new NoAttributeTagger();
}

public sealed class NoRelationsFactory : IStageFactory<IRelationFinder>
{
    public string Method => "none";
    public string Description => "no relations";
    public IRelationFinder Create(ConfigSection settings, StageContext context) => new NoRelationFinder();
}
