using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Detection.Decoders;
using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Detection;

/// <summary>Every decoder on small output tensors built here, with the exact boxes they must give.</summary>
public sealed class DecoderTests
{
    private static readonly ResizeTransform s_identity = ResizeTransform.Identity;

    private static void AssertBox(Box expected, Box actual, double tolerance = 1e-3)
    {
        Assert.True(
            Math.Abs(expected.X1 - actual.X1) <= tolerance && Math.Abs(expected.Y1 - actual.Y1) <= tolerance &&
            Math.Abs(expected.X2 - actual.X2) <= tolerance && Math.Abs(expected.Y2 - actual.Y2) <= tolerance,
            $"expected {expected}, got {actual}");
    }

    [Fact]
    public void Detr_labels_boxes_scores_keep_queries_above_the_threshold_in_original_pixels()
    {
        long[] labels = [0, 32, 34];
        float[] boxes = [4, 24, 266, 379, 369, 179, 388, 196, 1, 1, 2, 2];
        float[] scores = [0.9f, 0.69f, 0.1f];

        var found = DetrDecoder.DecodeLabelsBoxesScores(labels, boxes, scores, 0.4f, DetrBoxFormat.XyxyOriginal, 320, 320, new ResizeTransform(0.8, 0.8, 0, 0));

        Assert.Equal(2, found.Count);
        Assert.Equal((0, 0.9f), (found[0].ClassId, found[0].Score));
        AssertBox(new Box(4, 24, 266, 379), found[0].Box);
        Assert.Equal(32, found[1].ClassId);
    }

    [Fact]
    public void Detr_boxes_in_input_pixels_are_mapped_back()
    {
        var found = DetrDecoder.DecodeLabelsBoxesScores([5], [10, 20, 30, 40], [0.5f], 0.4f, DetrBoxFormat.XyxyInput, 320, 320, new ResizeTransform(0.5, 0.25, 0, 0));

        AssertBox(new Box(20, 80, 60, 160), Assert.Single(found).Box);
    }

    [Fact]
    public void Detr_logits_are_sigmoid_scores_per_class_with_normalised_centre_boxes()
    {
        // 2 queries x 3 classes; query 0: class 2 logit 2 (sigmoid 0.881); query 1: nothing above 0.5.
        float[] logits = [-5, -5, 2, 0, -1, -3];
        float[] boxes = [0.5f, 0.5f, 0.5f, 0.25f, 0.1f, 0.1f, 0.1f, 0.1f];

        var found = DetrDecoder.DecodeLogits(logits, boxes, 3, 0.6f, DetrBoxFormat.CxcywhNormalized, 100, 200, s_identity);

        var only = Assert.Single(found);
        Assert.Equal(2, only.ClassId);
        Assert.Equal(1 / (1 + MathF.Exp(-2)), only.Score, 5);
        AssertBox(new Box(25, 75, 75, 125), only.Box);
    }

    [Fact]
    public void Yolox_decodes_grid_offsets_and_log_sizes_per_stride()
    {
        // Input 64x64, strides 8/16/32: 64 + 16 + 4 = 84 anchors of 5 + 2 values. One hit at stride 16, row 1, col 2.
        const int row = 7;
        var output = new float[84 * row];
        var anchor = 64 + (1 * 4) + 2;
        float[] hit = [0.5f, 0.25f, MathF.Log(2), 0, 0.8f, 0.5f, 0.1f];
        hit.CopyTo(output, anchor * row);
        // A weak anchor below the threshold: 0.9 * 0.2 = 0.18.
        float[] weak = [0, 0, 0, 0, 0.9f, 0.2f, 0];
        weak.CopyTo(output, 3 * row);
        // Boxes come back through a top-left letterbox at scale 0.5 (the original was 128x128).
        var transform = new ResizeTransform(0.5, 0.5, 0, 0);

        var found = YoloxDecoder.Decode(output, 84, row, 64, 64, [8, 16, 32], decodedInGraph: false, 0.3f, transform);

        var only = Assert.Single(found);
        Assert.Equal(0, only.ClassId);
        Assert.Equal(0.4f, only.Score, 5);
        // cx = (0.5 + 2) * 16 = 40, cy = (0.25 + 1) * 16 = 20, w = 2 * 16 = 32, h = 16 -> [24, 12, 56, 28] -> x2.
        AssertBox(new Box(48, 24, 112, 56), only.Box);
    }

    [Fact]
    public void Yolox_already_decoded_output_is_taken_as_input_pixels()
    {
        float[] output = [40, 20, 32, 16, 1, 0.1f, 0.9f];

        var found = YoloxDecoder.Decode(output, 1, 7, 64, 64, [8, 16, 32], decodedInGraph: true, 0.3f, s_identity);

        var only = Assert.Single(found);
        Assert.Equal(1, only.ClassId);
        AssertBox(new Box(24, 12, 56, 28), only.Box);
    }

    [Fact]
    public void Yolox_with_the_wrong_anchor_count_says_what_to_check()
    {
        var error = Assert.Throws<ArgumentException>(() => YoloxDecoder.Decode(new float[10 * 7], 10, 7, 64, 64, [8, 16, 32], false, 0.3f, s_identity));
        Assert.Contains("has 10 anchors but strides 8/16/32 on 64x64 give 84; check input_size and strides", error.Message);
    }

    [Fact]
    public void NanoDet_takes_the_expectation_of_each_side_distribution()
    {
        // Input 32x32, strides 8/16/32 -> 16, 4 and 1 cells; 2 classes; reg_max 3 (4 bins per side).
        const int classes = 2, bins = 4;
        NanoDetLevel Level(int stride, int cells) => new(stride, new float[cells * classes], new float[cells * 4 * bins]);
        var levels = new[] { Level(8, 16), Level(16, 4), Level(32, 1) };
        // Stride 16, cell 3 = row 1, col 1: centre (16 + 7.5, 16 + 7.5) = (23.5, 23.5).
        var level = levels[1];
        level.Scores[(3 * classes) + 1] = 0.7f;
        var d = level.Distances.AsSpan(3 * 4 * bins, 4 * bins);
        d.Fill(-100);
        d[0 * bins + 1] = 100; // left: 1 bin -> 16 px
        d[1 * bins + 0] = 100; // top: 0
        d[2 * bins + 2] = 0;   // right: bins 2 and 3 equal -> 2.5 bins -> 40 px
        d[2 * bins + 3] = 0;
        d[2 * bins + 0] = -100;
        d[3 * bins + 3] = 100; // bottom: 3 bins -> 48 px
        levels[0].Scores[0] = 0.2f; // below the threshold

        var found = NanoDetDecoder.Decode(levels, classes, regMax: 3, 32, 32, 0.35f, s_identity);

        var only = Assert.Single(found);
        Assert.Equal((1, 0.7f), (only.ClassId, only.Score));
        AssertBox(new Box(23.5 - 16, 23.5 - 0, 23.5 + 40, 23.5 + 48), only.Box);
    }

    [Fact]
    public void NanoDet_with_wrong_level_sizes_says_what_to_check()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            NanoDetDecoder.Decode([new NanoDetLevel(8, new float[3], new float[32])], 1, 7, 32, 32, 0.3f, s_identity));
        Assert.Contains("NanoDet stride 8: expected 16 cells", error.Message);
    }

    [Fact]
    public void FastestDet_combines_objectness_and_class_and_normalises_to_the_input()
    {
        // 2x2 grid, 2 classes -> 7 channels of 4 cells. Cell (row 0, col 1): obj 1, class 1 score 1 -> score 1.
        const int plane = 4;
        var output = new float[7 * plane];
        var cell = 1;
        output[cell] = 1f;                       // objectness
        output[(1 * plane) + cell] = 0;          // tanh(0) = 0 -> cx = 1/2
        output[(2 * plane) + cell] = 0;          // cy = 0/2
        output[(3 * plane) + cell] = 0;          // sigmoid(0) = 0.5 of the width
        output[(4 * plane) + cell] = MathF.Log(3); // sigmoid = 0.75 of the height
        output[(6 * plane) + cell] = 1f;         // class 1
        output[0] = 0.5f;                        // cell 0: obj 0.5, no class score -> 0
        // Plain resize of a 200x400 original to a 100x100 input.
        var transform = new ResizeTransform(0.5, 0.25, 0, 0);

        var found = FastestDetDecoder.Decode(output, 7, 2, 2, 100, 100, 0.5f, transform);

        var only = Assert.Single(found);
        Assert.Equal((1, 1f), (only.ClassId, only.Score));
        // Input box [25, -37.5, 75, 37.5] -> original x2 and x4.
        AssertBox(new Box(50, -150, 150, 150), only.Box);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void YoloV8_reads_channel_major_and_row_major_layouts(bool channelMajor)
    {
        // 3 anchors, 2 classes: anchor 1 is a class-1 box at (50, 40) of 20x10.
        float[][] anchors =
        [
            [10, 10, 4, 4, 0.1f, 0.2f],
            [50, 40, 20, 10, 0.3f, 0.9f],
            [0, 0, 1, 1, 0, 0],
        ];
        var output = channelMajor
            ? Enumerable.Range(0, 6).SelectMany(c => anchors.Select(a => a[c])).ToArray()
            : anchors.SelectMany(a => a).ToArray();

        var found = YoloV8Decoder.Decode(output, 2, 3, channelMajor, 0.25f, s_identity);

        var only = Assert.Single(found);
        Assert.Equal((1, 0.9f), (only.ClassId, only.Score));
        AssertBox(new Box(40, 35, 60, 45), only.Box);
    }
}
