using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Segmentation;

public sealed class GrabCutSegmenterTests
{
    /// <summary>A red disc (radius 20 at (60, 50)) on a textured green background.</summary>
    private static (StageImage Image, byte[] Disc) RedDisc()
    {
        const int w = 120, h = 100;
        var image = StageImage.Filled(w, h, 40, 140, 60);
        var disc = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = ((y * w) + x) * 3;
                if (((x / 4) + (y / 4)) % 2 == 0) image.Rgb[i + 1] = 120; // a little texture
                if (((x - 60) * (x - 60)) + ((y - 50) * (y - 50)) <= 400)
                {
                    image.Rgb[i] = 210; image.Rgb[i + 1] = 30; image.Rgb[i + 2] = 30;
                    disc[(y * w) + x] = 1;
                }
            }
        }
        return (image, disc);
    }

    [Fact]
    public void Segments_a_disc_from_its_box()
    {
        var (image, disc) = RedDisc();
        var mask = new GrabCutSegmenter().TrySegment(image, new Box(36, 26, 84, 74));

        Assert.NotNull(mask);
        Assert.Equal(MaskSource.GrabCut, mask.Source);
        Assert.True(MaskMetrics.IoU(mask.ToBitMask().Pixels, disc) > 0.9);
    }

    [Fact]
    public void Downscaling_keeps_the_mask_close_to_full_resolution()
    {
        var (image, disc) = RedDisc();
        var small = new GrabCutSegmenter(new GrabCutOptions { MaxSide = 24 }).SegmentPixels(image, new Box(36, 26, 84, 74));
        Assert.NotNull(small);
        Assert.True(MaskMetrics.IoU(small, disc) > 0.8);
    }

    [Fact]
    public void Same_input_gives_the_same_mask()
    {
        var (image, _) = RedDisc();
        var segmenter = new GrabCutSegmenter();
        var first = segmenter.TrySegment(image, new Box(36, 26, 84, 74))!;
        new GrabCutSegmenter(new GrabCutOptions { Seed = 99 }).TrySegment(image, new Box(10, 10, 50, 50));
        var second = segmenter.TrySegment(image, new Box(36, 26, 84, 74))!;
        Assert.Equal(first.Rle.Counts.ToArray(), second.Rle.Counts.ToArray());
    }

    [Fact]
    public void Mask_stays_inside_the_box()
    {
        var (image, _) = RedDisc();
        // A box that cuts the disc: the disc's colour is in the background too, so little is left; whatever is left is inside.
        var bits = new GrabCutSegmenter(new GrabCutOptions { MinForegroundShare = 0 }).TrySegment(image, new Box(50, 40, 84, 74))!.ToBitMask();
        for (var y = 0; y < bits.Height; y++)
        {
            for (var x = 0; x < bits.Width; x++)
            {
                if (bits[x, y]) Assert.True(x is >= 50 and < 84 && y is >= 40 and < 74, $"({x}, {y}) outside the box");
            }
        }
    }

    [Fact]
    public void Tiny_boxes_and_uniform_crops_fall_back_to_the_box()
    {
        var chain = SegmenterChain.Default();
        var (image, _) = RedDisc();
        Assert.Null(new GrabCutSegmenter().TrySegment(image, new Box(10, 10, 13, 40)));
        Assert.Equal(MaskSource.Box, chain.Segment(image, new Box(10, 10, 13, 40)).Source);

        var flat = StageImage.Filled(50, 50, 128, 128, 128);
        var mask = chain.Segment(flat, new Box(10, 10, 40, 40));
        Assert.Equal(MaskSource.Box, mask.Source);
        Assert.Equal(900, mask.Area);
    }

    [Fact]
    public void Box_filling_the_image_still_segments()
    {
        var (image, disc) = RedDisc();
        var mask = new GrabCutSegmenter().TrySegment(image, new Box(0, 0, 120, 100));
        Assert.NotNull(mask);
        Assert.True(MaskMetrics.IoU(mask.ToBitMask().Pixels, disc) > 0.8);
    }

    [Fact]
    public void Box_masks_cover_the_boxes_pixels_and_clip_to_the_image()
    {
        var image = StageImage.Filled(10, 8, 0, 0, 0);
        var seg = new BoxMaskSegmenter();
        Assert.Equal(6, seg.TrySegment(image, new Box(1.5, 2, 3.2, 4))!.Area); // columns 1-3, rows 2-3
        Assert.Equal(4, seg.TrySegment(image, new Box(8, 6, 12, 11))!.Area);
        Assert.Null(seg.TrySegment(image, new Box(20, 20, 30, 30)));
        Assert.Equal(0, new SegmenterChain().Segment(image, new Box(20, 20, 30, 30)).Area);
    }

    [Fact]
    public void Chain_keeps_one_mask_per_object_in_order()
    {
        var (image, _) = RedDisc();
        var masks = SegmenterChain.Default().SegmentAll(image,
            [new StageObject("disc", new Box(36, 26, 84, 74), 0.9), new StageObject("speck", new Box(1, 1, 3, 3), 0.5)]);
        Assert.Equal([MaskSource.GrabCut, MaskSource.Box], masks.Select(m => m.Source));
    }
}
