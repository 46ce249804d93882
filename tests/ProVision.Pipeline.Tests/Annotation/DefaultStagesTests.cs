using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Annotation;

public sealed class DefaultStagesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-stages-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A detector that reports fixed boxes.</summary>
    private sealed class StubDetector(params DetectedObject[] objects) : IDetector
    {
        public string Name => "stub";
        public IReadOnlyList<DetectedObject> Detect(RgbImage image) => objects;
        public void Dispose() { }
    }

    private static void Fill(RgbImage image, int x1, int y1, int x2, int y2, byte r, byte g, byte b)
    {
        for (var y = y1; y < y2; y++)
        {
            for (var x = x1; x < x2; x++)
            {
                var i = ((y * image.Width) + x) * 3;
                (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) = (r, g, b);
            }
        }
    }

    [Fact]
    public void The_default_stages_give_shaped_masks_attributes_and_relations()
    {
        var config = PipelineConfig.Default();
        Assert.Equal(("grabcut", "none", "color-size", "geometric"), (config.Segment.Method, config.Depth.Method, config.Attributes.Method, config.Relations.Method));

        // A red square on white, a blue bar below it; the ball's box has a white margin around the square.
        var image = RgbImage.Filled(120, 100, 255, 255, 255);
        Fill(image, 35, 25, 75, 65, 220, 20, 20);
        Fill(image, 0, 85, 120, 100, 20, 40, 200);
        var detector = new StubDetector(
            new DetectedObject("ball", new Box(25, 15, 85, 75), 0.9f, 0),
            new DetectedObject("table", new Box(0, 82, 120, 100), 0.8f, 1));
        var context = new StageContext { Store = new ModelStore(_dir) };
        var built = new List<IDisposable>();
        var stages = new AnnotationStages(
            detector,
            AnnotationStages.Build<ISegmenter>(config.Segment, context, built),
            AnnotationStages.Build<IDepthEstimator>(config.Depth, context, built),
            AnnotationStages.Build<IAttributeTagger>(config.Attributes, context, built),
            AnnotationStages.Build<IRelationFinder>(config.Relations, context, built));
        using var pipeline = new AnnotationPipeline(stages);

        var result = pipeline.Annotate(image, "synthetic");

        Assert.True(result.HasMasks);
        var ballMask = result.Masks[0];
        Assert.InRange(ballMask.Area, 40 * 40 * 0.9, 40 * 40 * 1.1); // the square, not the 60x60 box
        Assert.Null(result.Depth);
        Assert.Contains("red", result.Attributes[0]);
        Assert.All(result.Attributes, a => Assert.NotEmpty(a));
        Assert.NotEmpty(result.Relations);
        Assert.Contains(result.Relations, r => r.Subject == 0 && r.Object == 1);
    }
}
