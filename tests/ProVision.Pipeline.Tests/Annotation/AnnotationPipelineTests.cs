using System.Collections.Concurrent;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Pipeline.Tests.Models;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using Xunit.Abstractions;

namespace ProVision.Pipeline.Tests.Annotation;

public sealed class AnnotationPipelineTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed class ListSink : IAnnotationSink
    {
        public List<string> Events { get; } = [];
        public List<AnnotationResult> Results { get; } = [];

        public void Write(AnnotationResult result)
        {
            Events.Add(result.ImageId);
            Results.Add(result);
        }

        public void Skip(ImageInput image, ImageDecodeException error) => Events.Add($"skip {image.ImageId}: {error.Reason}");
    }

    /// <summary>Images of different sizes and shades, written as PNG files.</summary>
    private List<ImageInput> MakeImages(int count, params int[] broken)
    {
        var inputs = new List<ImageInput>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(_dir, $"img{i}.png");
            if (broken.Contains(i)) File.WriteAllText(path, "not a png");
            else File.WriteAllBytes(path, ImageEncoder.Encode(RgbImage.Filled(8 + (2 * i), 6 + i, (byte)(20 * i), 0, 0)));
            inputs.Add(new ImageInput(path, $"img{i}"));
        }
        return inputs;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(2, 4)]
    public void Results_arrive_in_input_order_whatever_the_workers_and_batches(int workers, int batch)
    {
        var images = MakeImages(9, broken: 4);
        var detector = new FakeDetector { MaxBatch = batch };
        using var pipeline = new AnnotationPipeline(new AnnotationStages(detector));
        var sink = new ListSink();
        var progress = new ConcurrentQueue<AnnotationProgress>();

        pipeline.Run(images, sink, new AnnotationRunOptions { Workers = workers, Batch = batch }, new SyncProgress(progress));

        Assert.Equal(["img0", "img1", "img2", "img3", "skip img4: is not a PNG, JPEG, WebP or BMP image (unknown file signature)", "img5", "img6", "img7", "img8"], sink.Events);
        Assert.Equal(8, detector.Images);
        Assert.Equal(new AnnotationProgress(8, 1, 9), progress.Last());
        var third = sink.Results[2];
        Assert.Equal((12, 8), (third.Width, third.Height));
        Assert.Equal(new Box(0, 0, 6, 8), third.Objects[0].Box);
        Assert.Equal(6 * 8, third.Masks[0].Area); // the box segmenter's mask is the box
        Assert.Equal(9, pipeline.Timings.Images("decode"));
        Assert.Equal(8, pipeline.Timings.Images("detect"));
        Assert.Equal(8, pipeline.Timings.Images("relations"));
    }

    [Fact]
    public void A_stage_that_breaks_its_contract_stops_the_run_with_its_name()
    {
        var images = MakeImages(3);
        using var pipeline = new AnnotationPipeline(new AnnotationStages(new FakeDetector(), new BrokenSegmenter()) { Methods = new Dictionary<string, string> { ["segment"] = "broken" } });

        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Run(images, new ListSink(), new AnnotationRunOptions { Workers = 2 }));

        Assert.Equal("segment stage (broken) on image img0: returned 0 masks for 1 objects", error.Message);
    }

    [Fact]
    public void A_detector_failure_is_not_mistaken_for_a_bad_image()
    {
        var images = MakeImages(2);
        using var pipeline = new AnnotationPipeline(new AnnotationStages(new FakeDetector { Throw = new TimeoutException("model hung") }));

        Assert.Equal("model hung", Assert.Throws<TimeoutException>(() => pipeline.Run(images, new ListSink())).Message);
    }

    [Fact]
    public void Every_stage_result_reaches_a_canonical_file_the_runtime_loads()
    {
        var images = MakeImages(3);
        using var pipeline = new AnnotationPipeline(new AnnotationStages(new FakeDetector(), new BoxMaskSegmenter(), new GradientDepth(), new ColourTagger(), new SelfRelation()));
        var outPath = Path.Combine(_dir, "out", "graphs.jsonl");
        using (var outputFile = AnnotationOutput.Open(outPath))
        {
            pipeline.Run(images, new OutputSink(outputFile), new AnnotationRunOptions { Workers = 2 });
            outputFile.Commit();
        }

        var graphs = SceneGraphInputs.Read([outPath], GraphLoadOptions.Default).ToList();

        Assert.All(graphs, g => Assert.Null(g.Error));
        var second = graphs[1].Graph!;
        Assert.Equal(("img1", "../img1.png", 10, 7), (second.ImageId, second.ImagePath, second.Width, second.Height));
        var thing = Assert.Single(second.Objects);
        Assert.Equal(["red", "shiny"], thing.Attributes.ToArray());
        Assert.Equal(35, second.Masks!.Get(0).Area);
        Assert.Equal(new Relation(0, "near", 0), Assert.Single(second.Relations));
        Assert.Equal(DepthConvention.LargerIsFarther, second.Depth!.Convention);
        Assert.Equal(Path.Combine(_dir, "out", "graphs_depth", "img1_depth.npy"), second.Depth.Path);
        Assert.Equal(3 + (10 * 2), second.Depth.Load()[3, 2]);
    }

    [SharedDataFact("yolox-nano")]
    public void The_default_pipeline_annotates_the_baseball_photos_into_loadable_graphs()
    {
        var baseball = SharedData.Baseball();
        SharedData.Model(PipelineConfig.Default().Detect.Model); // the default detector, named by the built-in pipeline.yaml
        var context = new StageContext { Store = new ModelStore(SharedData.ModelsFolder!), Inference = new InferenceOptions { IntraOpThreads = 1 } };
        using var pipeline = new AnnotationPipeline(AnnotationStages.Create(PipelineConfig.Default(), context));
        var outPath = Path.Combine(_dir, "baseball.jsonl");
        using (var outputFile = AnnotationOutput.Open(outPath))
        {
            pipeline.Run(ImageFiles.Find([Path.Combine(baseball, "images")]), new OutputSink(outputFile), new AnnotationRunOptions { Workers = 2 });
            outputFile.Commit();
        }

        var graphs = SceneGraphInputs.Read([outPath], GraphLoadOptions.Default).Select(o => o.Graph ?? throw new Xunit.Sdk.XunitException(o.Error!.ToString())).ToList();

        Assert.Equal(["baseball_1", "baseball_2"], graphs.Select(g => g.ImageId));
        Assert.Contains(graphs[0].Objects, o => o.Label == "baseball bat");
        Assert.Contains(graphs[0].Objects, o => o.Label == "sports ball");
        Assert.True(graphs[1].Objects.Count(o => o.Label == "person") >= 2);
        Assert.All(graphs, g => Assert.Equal(g.Objects.Length, g.Masks!.Count));
        foreach (var stage in StageTimings.Names) output.WriteLine($"{stage}: {pipeline.Timings.MillisecondsPerImage(stage):F2} ms/image");
    }

    private sealed class OutputSink(AnnotationOutput output) : IAnnotationSink
    {
        public void Write(AnnotationResult result) => output.Write(result);

        public void Skip(ImageInput image, ImageDecodeException error) { }
    }

    private sealed class SyncProgress(ConcurrentQueue<AnnotationProgress> queue) : IProgress<AnnotationProgress>
    {
        public void Report(AnnotationProgress value) => queue.Enqueue(value);
    }
}
