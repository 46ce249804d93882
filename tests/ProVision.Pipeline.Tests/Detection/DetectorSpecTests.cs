using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Detection.Decoders;
using ProVision.Pipeline.Imaging;

namespace ProVision.Pipeline.Tests.Detection;

public sealed class DetectorSpecTests
{
    private static DetectorSpec Parse(string yaml, DetectorSpec? basis = null, string folder = ".")
    {
        var section = ConfigSection.Parse(yaml, "test.yaml");
        var spec = DetectorSpec.Parse(section, basis, folder);
        section.RejectUnknownKeys();
        return spec;
    }

    [Fact]
    public void A_family_brings_its_usual_preprocessing()
    {
        var yolox = Parse("family: yolox");

        Assert.Equal(ResizeMode.LetterboxTopLeft, yolox.Resize);
        Assert.Equal(114, yolox.PadValue);
        Assert.Equal(ChannelOrder.Bgr, yolox.Channels);
        Assert.Equal(0.45, yolox.NmsIou);
        Assert.Null(Parse("family: detr").NmsIou);
    }

    [Fact]
    public void Keys_override_the_family_defaults()
    {
        var spec = Parse("""
            family: yolov8
            input_size: [640, 480]
            resize: stretch
            channels: bgr
            mean: [1, 2, 3]
            std: [4, 5, 6]
            classes: [cat, dog]
            strides: [8, 16]
            score_threshold: 0.6
            nms_iou: none
            """);

        Assert.Equal((640, 480), spec.InputSize);
        Assert.Equal(ResizeMode.Stretch, spec.Resize);
        Assert.Equal([1f, 2, 3], spec.Normalization.Mean);
        Assert.Equal([4f, 5, 6], spec.Normalization.Std);
        Assert.Equal(["cat", "dog"], spec.Classes);
        Assert.Equal([8, 16], spec.Strides);
        Assert.Equal(0.6, spec.ScoreThreshold);
        Assert.Null(spec.NmsIou);
    }

    [Fact]
    public void A_basis_spec_is_kept_unless_the_family_changes()
    {
        var basis = DetectorSpec.ForFamily(DetectorFamily.Detr) with { ScoreThreshold = 0.77, Boxes = DetrBoxFormat.XyxyInput };

        Assert.Equal(0.77, Parse("score_threshold: ~", basis).ScoreThreshold);
        Assert.Equal(DetrBoxFormat.CxcywhNormalized, Parse("boxes: cxcywh-normalized", basis).Boxes);
        Assert.Equal(0.5, Parse("family: fastestdet", basis).ScoreThreshold);
    }

    [Fact]
    public void Classes_come_from_a_names_file_relative_to_the_configuration()
    {
        var folder = Directory.CreateTempSubdirectory("provision-spec-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "names.txt"), "cat\ndog\n\n");
            Assert.Equal(["cat", "dog"], Parse("family: detr\nclasses: names.txt", folder: folder).Classes);

            var error = Assert.Throws<ConfigException>(() => Parse("family: detr\nclasses: nope.txt", folder: folder));
            Assert.Equal($"test.yaml:2:10: 'classes': 'nope.txt' is neither a built-in list (coco80) nor a file ({Path.Combine(folder, "nope.txt")} not found)", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("family: yolo", "test.yaml:1:9: 'family' must be one of detr, yolox, nanodet, fastestdet, yolov8; found 'yolo'; did you mean 'yolox'?")]
    [InlineData("score_threshold: 0.5", "test.yaml:1:1: 'family' is needed for a model that is not in the registry: one of detr, yolox, nanodet, fastestdet, yolov8")]
    [InlineData("family: detr\ninput_size: [320]", "test.yaml:2:13: 'input_size' must hold 2 numbers, found 1")]
    [InlineData("family: detr\nstd: [1, 0, 1]", "test.yaml:2:6: 'std' must not contain 0")]
    [InlineData("family: detr\nscore_threshold: high", "test.yaml:2:18: 'score_threshold' must be a number, found 'high'")]
    [InlineData("family: detr\nsize: 3", "test.yaml:2:1: unknown key 'size' at the top level")]
    public void Bad_values_are_located_errors(string yaml, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml));
        Assert.StartsWith(message, error.Message);
    }
}
