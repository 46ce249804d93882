using System.Text.Json;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Pipeline.Segmentation;
using ProVision.Pipeline.Tests.Segmentation;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using Xunit.Abstractions;
using static ProVision.Pipeline.Tests.Depth.TinyOnnx;
using ProVision.Pipeline.Tests.Models;
using ProVision.Pipeline.Tests.Snapshots;

namespace ProVision.Pipeline.Tests.Attributes;

public sealed class AttributeClassifierAndStageTests(ITestOutputHelper output)
{
    /// <summary>A "classifier" whose three scores are the crop's mean R, G and B (0..1 with mean 0, std 1).</summary>
    private static string ChannelMeans(long size) => WriteTemp(Model(Graph("means",
        [Node("ReduceMean", ["crop"], ["scores"], IntsAttribute("axes", 2, 3), IntAttribute("keepdims", 0))],
        [Tensor("crop", 1L, 3L, size, size)],
        [Tensor("scores", 1L, 3L)])), "classifier");

    private static readonly AttributeLabel[] Rgb = [new("reddish", "color"), new("greenish", "color"), new("bluish", "color")];

    [Fact]
    public void Classifier_slot_scores_the_box_crop()
    {
        using var classifier = new OnnxAttributeClassifier(new OnnxAttributeOptions
        {
            ModelPath = ChannelMeans(8), Labels = Rgb, Mean = [0, 0, 0], Std = [1, 1, 1], Activation = ScoreActivation.None, CropMargin = 0,
        });
        var image = StageImage.Filled(40, 40, 0, 0, 0);
        image.FillRect(0, 0, 20, 20, 204, 0, 0);
        image.FillRect(20, 20, 40, 40, 0, 51, 255);

        var red = classifier.Classify(image, new Box(0, 0, 20, 20));
        Assert.Single(red);
        Assert.Equal(("reddish", "color", "classifier"), (red[0].Name, red[0].Category, red[0].Source));
        Assert.Equal(0.8, red[0].Confidence, 3);
        Assert.Equal(["bluish"], classifier.Classify(image, new Box(20, 20, 40, 40)).Select(g => g.Name));
    }

    [Fact]
    public void Classifier_softmax_and_dynamic_input_size()
    {
        using var classifier = new OnnxAttributeClassifier(new OnnxAttributeOptions
        {
            ModelPath = WriteTemp(Model(Graph("means",
                [Node("ReduceMean", ["crop"], ["scores"], IntsAttribute("axes", 2, 3), IntAttribute("keepdims", 0))],
                [Tensor("crop", 1L, 3L, "s", "s")],
                [Tensor("scores", 1L, 3L)])), "dynamic"),
            Labels = Rgb, Mean = [0, 0, 0], Std = [0.1f, 0.1f, 0.1f], Activation = ScoreActivation.Softmax, InputSize = 16,
        });
        var guesses = classifier.Classify(StageImage.Filled(30, 30, 0, 255, 0), new Box(5, 5, 25, 25));
        Assert.Equal(["greenish"], guesses.Select(g => g.Name));
        Assert.True(guesses[0].Confidence > 0.99);
    }

    [Fact]
    public void Classifier_with_the_wrong_number_of_labels_says_so()
    {
        using var classifier = new OnnxAttributeClassifier(new OnnxAttributeOptions { ModelPath = ChannelMeans(8), Labels = Rgb[..2] });
        var error = Assert.Throws<InvalidDataException>(() => classifier.Classify(StageImage.Filled(10, 10, 1, 1, 1), new Box(0, 0, 10, 10)));
        Assert.Contains("3 scores but 2 labels", error.Message);
    }

    [Fact]
    public void Labels_file_has_a_name_and_an_optional_category_per_line()
    {
        var path = Path.Combine(TestFolder.Create("labels"), "labels.txt");
        File.WriteAllText(path, "# attributes\nwooden\tmaterial\nshiny\n\nopen\tstate # a comment\n");
        Assert.Equal(
            [new AttributeLabel("wooden", "material"), new AttributeLabel("shiny", "other"), new AttributeLabel("open", "state")],
            OnnxAttributeOptions.LoadLabels(path));
    }

    [Fact]
    public void Stage_combines_colour_and_size_per_object()
    {
        var image = StageImage.Filled(100, 100, 128, 128, 128);
        image.FillRect(0, 0, 60, 60, 210, 30, 30);   // 36 % of the image, red
        image.FillRect(80, 80, 88, 88, 40, 80, 210); // 0.64 %, blue
        var objects = new[] { new StageObject("car", new Box(0, 0, 60, 60)), new StageObject("ball", new Box(80, 80, 88, 88)) };

        var result = AttributeStage.Default().Describe(image, objects, masks: null);

        Assert.Equal(["red", "large"], result[0].Select(a => a.Name));
        Assert.Equal(["blue", "small"], result[1].Select(a => a.Name));
    }

    [Fact]
    public void People_get_size_but_no_colour_from_any_source()
    {
        var image = StageImage.Filled(100, 100, 128, 128, 128);
        image.FillRect(0, 0, 60, 60, 230, 190, 160);  // skin-like, 36 % of the image
        image.FillRect(70, 0, 100, 40, 230, 190, 160); // the same pixels, not a person
        var objects = new[] { new StageObject("person", new Box(0, 0, 60, 60)), new StageObject("vase", new Box(70, 0, 100, 40)) };
        var people = new HashSet<string> { "person" };

        var result = AttributeStage.Default(people).Describe(image, objects, masks: null);

        Assert.Equal(["large"], result[0].Select(a => a.Name));
        Assert.Contains(result[1], a => a.Category == AttributeCategories.Color);
    }

    [Fact]
    public void The_stage_reads_the_people_list_from_its_section_or_the_built_in_file()
    {
        var context = new StageContext { Store = new ModelStore(TestFolder.Create("models")) };
        var factory = new ColorSizeAttributesFactory();
        var image = new RgbImage(40, 40, Enumerable.Repeat((byte)240, 40 * 40 * 3).ToArray());
        var frame = new AnnotationFrame("i", null, image, [new DetectedObject("batter", new Box(0, 0, 40, 40), 0.9f, 0), new DetectedObject("umbrella", new Box(0, 0, 40, 40), 0.8f, 0)]);

        var builtIn = factory.Create(ConfigSection.Parse("method: color-size", "p.yaml"), context).Tag(frame);
        var own = factory.Create(ConfigSection.Parse("method: color-size\npeople: [umbrella]", "p.yaml"), context).Tag(frame);

        Assert.Equal((false, true), (builtIn[0].Contains("white"), builtIn[1].Contains("white")));
        Assert.Equal((true, false), (own[0].Contains("white"), own[1].Contains("white")));
    }

    [SharedDataFact]
    public void Baseball_colours_from_the_reference_masks_are_reported()
    {
        var dir = SharedData.Baseball();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "baseball_joint.json")));
        var lines = new List<string>();
        var named = new List<(string Image, string Term, string Reference)>();
        foreach (var id in new[] { "baseball_1", "baseball_2" })
        {
            var image = StageImage.Load(Path.Combine(dir, "images", id + ".png"));
            var annotation = doc.RootElement.GetProperty(id).GetProperty("annotation");
            var labels = annotation.GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var reference = annotation.GetProperty("attributes").EnumerateArray().Select(a => string.Join(" ", a.EnumerateArray().Select(e => e.GetString()))).ToArray();
            var masks = NpyArray.Read(Path.Combine(dir, "seg_masks", id + "_mask.npy"));
            var namer = new ColorNamer();
            for (var i = 0; i < labels.Length; i++)
            {
                var reading = namer.Read(image, new BitMask(image.Width, image.Height, masks.ToMaskSlice(i)));
                var top = string.Join(", ", reading.Shares.Take(3).Select(s => $"{s.Key} {s.Value:F2}"));
                lines.Add($"{id} #{i} {labels[i],-16} -> {reading.Term ?? "(none)"} {reading.Modifier} [{top}]  reference: {reference[i]}");
                if (reading.Term is { } term) named.Add((id, term, reference[i]));
            }
        }
        var report = string.Join("\n", lines);
        output.WriteLine(report);

        // On baseball_1 (plain colours, clean masks) every colour named is one the reference annotates for the object.
        Assert.Contains(named, n => n.Image == "baseball_1");
        Assert.All(named.Where(n => n.Image == "baseball_1"), n => Assert.Contains(n.Term, n.Reference.Split(' ')));
        PipelineSnapshots.Verify("ColorNamer.baseball", report);
    }
}
