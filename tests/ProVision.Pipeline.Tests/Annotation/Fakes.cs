using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Annotation;

/// <summary>A detector that sees one "thing" in the left half of every image, scored by the image's red value, and counts its calls.</summary>
internal sealed class FakeDetector : IDetector
{
    private int _images;
    private int _calls;

    public string Name => "fake";
    public int MaxBatch { get; init; } = 1;
    public int Images => _images;
    public int Calls => _calls;
    public Exception? Throw { get; init; }

    public IReadOnlyList<DetectedObject> Detect(RgbImage image) => DetectBatch([image])[0];

    public IReadOnlyList<IReadOnlyList<DetectedObject>> DetectBatch(IReadOnlyList<RgbImage> images)
    {
        if (Throw is not null) throw Throw;
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _images, images.Count);
        return images.Select(i => (IReadOnlyList<DetectedObject>)[new DetectedObject("thing", new Box(0, 0, i.Width / 2, i.Height), i.Pixels[0] / 255f, 0)]).ToList();
    }

    public void Dispose() { }
}

/// <summary>A depth estimator whose map is x + 10 y (larger = farther), and a relation finder that relates object 0 to itself.</summary>
internal sealed class GradientDepth : IDepthEstimator
{
    public EstimatedDepth? Estimate(AnnotationFrame frame)
    {
        var values = new float[frame.Width * frame.Height];
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++) values[(y * frame.Width) + x] = x + (10 * y);
        }
        return new EstimatedDepth(new DepthMap(frame.Width, frame.Height, values, DepthConvention.LargerIsFarther));
    }

    public void Dispose() { }
}

internal sealed class SelfRelation : IRelationFinder
{
    public IReadOnlyList<Relation> Find(AnnotationFrame frame) => frame.Objects.Count > 0 ? [new Relation(0, "near", 0)] : [];

    public void Dispose() { }
}

internal sealed class ColourTagger : IAttributeTagger
{
    public IReadOnlyList<IReadOnlyList<string>> Tag(AnnotationFrame frame) => frame.Objects.Select(_ => (IReadOnlyList<string>)["red and shiny"]).ToList();

    public void Dispose() { }
}

/// <summary>A segmenter with a bug: no masks at all for any number of objects.</summary>
internal sealed class BrokenSegmenter : ISegmenter
{
    public IReadOnlyList<ObjectMask>? Segment(AnnotationFrame frame) => [];

    public void Dispose() { }
}

/// <summary>A depth factory that reads one setting, to test unknown-key reporting of stage sections.</summary>
public sealed class ScaledTestDepthFactory : IStageFactory<IDepthEstimator>
{
    public string Method => "test-scaled";
    public string Description => "test only";

    public IDepthEstimator Create(ConfigSection settings, StageContext context)
    {
        _ = settings.Double("scale", 0, 10);
        return new NoDepthEstimator();
    }
}
