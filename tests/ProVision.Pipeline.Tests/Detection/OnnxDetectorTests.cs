using System.Text.Json;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Pipeline.Tests.Models;
using ProVision.Runtime.SceneGraphs;
using Xunit.Abstractions;

namespace ProVision.Pipeline.Tests.Detection;

/// <summary>The real detectors of ../shared/models on the baseball photos (each test says so and returns when they are absent).</summary>
public sealed class OnnxDetectorTests(ITestOutputHelper output)
{
    private static readonly InferenceOptions s_inference = new() { IntraOpThreads = 2 };

    /// <summary>The reference boxes of baseball_1 by label (object-detection-annotations.json).</summary>
    private static Dictionary<string, Box> ReferenceBoxes(string baseball)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(baseball, "annotations", "object-detection-annotations.json")));
        var annotation = json.RootElement.GetProperty("baseball_1").GetProperty("annotation");
        var labels = annotation.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var boxes = annotation.GetProperty("bboxes").EnumerateArray().Select(b => b.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();
        return labels.Zip(boxes).GroupBy(p => p.First).ToDictionary(g => g.Key, g => new Box(g.First().Second[0], g.First().Second[1], g.First().Second[2], g.First().Second[3]));
    }

    private static OnnxDetector Open(string id)
    {
        var path = SharedData.Model(id);
        return new OnnxDetector(path, ModelRegistry.Default.Get(id).Detector!, DetectorOptions.Default, s_inference, id);
    }

    [SharedDataFact("deimv2-atto")]
    public void Deimv2_atto_finds_the_batter_the_bat_and_the_ball_of_baseball_1()
    {
        var baseball = SharedData.Baseball();
        using var detector = Open("deimv2-atto");
        var reference = ReferenceBoxes(baseball);

        var objects = detector.Detect(ImageDecoder.Decode(Path.Combine(baseball, "images", "baseball_1.png")));

        foreach (var o in objects) output.WriteLine(o.ToString());
        // COCO names: the batter is a 'person', the bat a 'baseball bat', the ball a 'sports ball'.
        foreach (var (ours, theirs) in new[] { ("person", "batter"), ("baseball bat", "bat"), ("sports ball", "ball") })
        {
            var best = objects.Where(o => o.Label == ours).Select(o => o.Box.IoU(reference[theirs])).DefaultIfEmpty(0).Max();
            output.WriteLine($"{theirs}: best IoU {best:F3}");
            Assert.True(best >= 0.5, $"no '{ours}' box overlaps the reference '{theirs}' box {reference[theirs]} with IoU >= 0.5 (best {best:F3})");
        }
    }

    [SharedDataTheory("deimv2-femto", "nanodet-m-320", "nanodet-m-416", "yolox-nano", "fastestdet")]
    [InlineData("deimv2-femto")]
    [InlineData("nanodet-m-320")]
    [InlineData("nanodet-m-416")]
    [InlineData("yolox-nano")]
    [InlineData("fastestdet")]
    public void Every_registered_detector_finds_the_batter_and_the_ball(string id)
    {
        var baseball = SharedData.Baseball();
        using var detector = Open(id);
        var reference = ReferenceBoxes(baseball);

        var objects = detector.Detect(ImageDecoder.Decode(Path.Combine(baseball, "images", "baseball_1.png")));

        foreach (var o in objects) output.WriteLine(o.ToString());
        Assert.Contains(objects, o => o.Label == "person" && o.Box.IoU(reference["batter"]) >= 0.5);
        Assert.Contains(objects, o => o.Label == "sports ball" && o.Box.IoU(reference["ball"]) >= 0.5);
        Assert.All(objects, o => Assert.True(o.Box.X1 >= 0 && o.Box.Y1 >= 0 && o.Box.X2 <= 401 && o.Box.Y2 <= 400, $"{o} leaves the image"));
    }

    [SharedDataFact("deimv2-atto")]
    public void A_batch_gives_the_same_objects_as_one_image_at_a_time()
    {
        var baseball = SharedData.Baseball();
        using var detector = Open("deimv2-atto");
        var images = new[] { "baseball_1", "baseball_2" }.Select(n => ImageDecoder.Decode(Path.Combine(baseball, "images", n + ".png"))).ToList();

        var batched = detector.DetectBatch(images);

        Assert.True(detector.MaxBatch > 1);
        for (var i = 0; i < images.Count; i++)
        {
            var single = detector.Detect(images[i]);
            Assert.Equal(single.Select(o => o.Label), batched[i].Select(o => o.Label));
            Assert.All(single.Zip(batched[i]), p => Assert.True(p.First.Box.IoU(p.Second.Box) > 0.99, $"{p.First} vs {p.Second}"));
        }
    }

    [SharedDataFact("deimv2-atto")]
    public void Renames_and_keep_apply_to_real_detections()
    {
        var baseball = SharedData.Baseball();
        var path = SharedData.Model("deimv2-atto");
        var options = new DetectorOptions
        {
            Rename = new Dictionary<string, string> { ["sports ball"] = "ball", ["baseball bat"] = "bat" },
            Keep = new HashSet<string> { "ball", "bat" },
        };
        using var detector = new OnnxDetector(path, ModelRegistry.Default.Get("deimv2-atto").Detector!, options, s_inference);

        var objects = detector.Detect(ImageDecoder.Decode(Path.Combine(baseball, "images", "baseball_1.png")));

        Assert.Equal(["ball", "bat"], objects.Select(o => o.Label).Order());
    }

    [Fact]
    public void A_file_that_is_not_onnx_is_a_clear_model_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var error = Assert.Throws<ModelException>(() => new OnnxDetector(path, DetectorSpec.ForFamily(DetectorFamily.Detr)));
            Assert.StartsWith($"{path}: not a valid ONNX model", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SharedDataFact("fastestdet")]
    public void A_model_of_another_family_is_refused_with_its_outputs_listed()
    {
        var path = SharedData.Model("fastestdet");

        var error = Assert.Throws<ModelException>(() => new OnnxDetector(path, DetectorSpec.ForFamily(DetectorFamily.NanoDet) with { InputSize = null }));

        Assert.Contains("a nanodet-family model needs outputs cls_pred_stride_8", error.Message);
    }

    [Fact]
    public void Cuda_is_reported_as_unavailable_in_the_cpu_build()
    {
        if (OnnxSessions.AvailableProviders().Contains(OnnxSessions.CudaProvider))
        {
            output.WriteLine("skipped: this ONNX Runtime build has CUDA");
            return;
        }

        var error = Assert.Throws<DeviceUnavailableException>(() => OnnxSessions.EnsureAvailable(ExecutionDevice.Cuda));

        Assert.StartsWith("--device cuda: the CUDA execution provider is not available (this ONNX Runtime build offers CPUExecutionProvider", error.Message);
        Assert.Contains("ProVision ships the CPU build", error.Message);
    }
}
