using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Pipeline.Tests.Depth.TinyOnnx;

namespace ProVision.Pipeline.Tests.Segmentation;

/// <summary>
/// The SAM slot with a tiny encoder/decoder pair written by the test: the "encoder" averages the normalised channels,
/// the "decoder" returns that average as mask logits over the padded input frame, so bright pixels are the mask.
/// It checks the plumbing (preprocessing, padding, the decoder's inputs, cropping the padded frame), not SAM itself.
/// </summary>
public sealed class SamSegmenterTests
{
    private static (string Encoder, string Decoder) TinyPair(int size)
    {
        var encoder = WriteTemp(Model(Graph("encoder",
            [Node("ReduceMean", ["image"], ["image_embeddings"], IntsAttribute("axes", 1), IntAttribute("keepdims", 1))],
            [Tensor("image", 1L, 3L, (long)size, (long)size)],
            [Tensor("image_embeddings", 1L, 1L, (long)size, (long)size)])), "encoder");
        var decoder = WriteTemp(Model(Graph("decoder",
            [Node("Identity", ["image_embeddings"], ["masks"])],
            [
                Tensor("image_embeddings", 1L, 1L, (long)size, (long)size),
                Tensor("point_coords", 1L, "points", 2L),
                Tensor("point_labels", 1L, "points"),
                Tensor("mask_input", 1L, 1L, (long)(size / 4), (long)(size / 4)),
                Tensor("has_mask_input", 1L),
                Tensor("orig_im_size", 2L),
            ],
            [Tensor("masks", 1L, 1L, (long)size, (long)size)])), "decoder");
        return (encoder, decoder);
    }

    [Fact]
    public void Tiny_pair_segments_the_bright_square_in_a_non_square_image()
    {
        var (encoder, decoder) = TinyPair(32);
        using var sam = new SamSegmenter(new SamOptions { EncoderPath = encoder, DecoderPath = decoder });
        var image = StageImage.Filled(64, 48, 0, 0, 0);
        image.FillRect(16, 8, 32, 24, 255, 255, 255);

        var mask = sam.TrySegment(image, new Box(12, 4, 36, 28));

        Assert.NotNull(mask);
        Assert.Equal(MaskSource.Sam, mask.Source);
        Assert.Equal(64, mask.Rle.Width);
        Assert.Equal(48, mask.Rle.Height);
        var expected = BoxMaskSegmenter.Fill(new PixelRect(16, 8, 32, 24), 64, 48);
        Assert.True(MaskMetrics.IoU(mask.ToBitMask().Pixels, expected) > 0.85, $"IoU {MaskMetrics.IoU(mask.ToBitMask().Pixels, expected)}");
        var bits = mask.ToBitMask();
        Assert.True(bits[24, 16]);
        Assert.False(bits[50, 40]); // dark, and the zero padding below row 48 never leaks in
    }

    [Fact]
    public void Box_prompt_is_the_two_corners_in_the_encoder_frame_with_labels_2_and_3()
    {
        var (coords, labels) = SamSegmenter.BoxPrompt(new Box(10, 20, 110, 220), 400, 300, 1024);
        Assert.Equal([25.6f, 51.2f, 281.6f, 563.2f], coords.Select(c => MathF.Round(c, 1)));
        Assert.Equal([2f, 3f], labels);
    }

    [Fact]
    public void Low_resolution_masks_over_the_padded_frame_are_cropped_and_resized()
    {
        // A 4x4 plane over the padded square frame of an 8x4 image: rows 0-1 hold the image, rows 2-3 are padding.
        var plane = new float[16];
        plane[0] = plane[1] = 5f;      // top-left quarter of the image's valid part
        plane[12] = plane[13] = 5f;    // padding: must not show up
        var mask = SamSegmenter.ToImageMask(plane, 4, 4, 8, 4, 0f);
        Assert.Equal(1, mask[0]);
        Assert.Equal(0, mask[7]);
        Assert.Equal(0, mask[(3 * 8) + 7]);
    }

    [Fact]
    public void A_decoder_with_an_input_the_stage_cannot_feed_is_refused_by_name()
    {
        var (encoder, _) = TinyPair(16);
        var decoder = WriteTemp(Model(Graph("odd",
            [Node("Identity", ["image_embeddings"], ["masks"])],
            [Tensor("image_embeddings", 1L, 1L, 16L, 16L), Tensor("text_prompt", 1L, 8L)],
            [Tensor("masks", 1L, 1L, 16L, 16L)])), "odd");
        var error = Assert.Throws<InvalidDataException>(() => new SamSegmenter(new SamOptions { EncoderPath = encoder, DecoderPath = decoder }));
        Assert.Contains("text_prompt", error.Message);
    }

    [Fact]
    public void Chain_falls_back_when_the_decoder_finds_nothing()
    {
        var (encoder, decoder) = TinyPair(16);
        using var sam = new SamSegmenter(new SamOptions { EncoderPath = encoder, DecoderPath = decoder });
        var chain = new SegmenterChain(sam);
        var dark = StageImage.Filled(16, 16, 0, 0, 0);

        var mask = chain.Segment(dark, new Box(2, 2, 10, 10));

        Assert.Equal(MaskSource.Box, mask.Source);
        Assert.Equal(64, mask.Area);
    }
}
