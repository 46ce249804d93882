using ProVision.Pipeline.Annotation;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Annotation;

public sealed class ObjectMaskTests
{
    [Theory]
    [InlineData(0, 0, 5, 4, 5, 4)]
    [InlineData(2, 1, 3, 2, 7, 5)]
    [InlineData(6, 4, 1, 1, 7, 5)]
    [InlineData(0, 3, 7, 2, 7, 5)]
    public void A_placed_mask_encodes_like_the_full_image_mask(int left, int top, int width, int height, int imageWidth, int imageHeight)
    {
        var random = new Random((left * 31) + top);
        var crop = new byte[width * height];
        for (var i = 0; i < crop.Length; i++) crop[i] = (byte)random.Next(2);
        var full = new byte[imageWidth * imageHeight];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) full[((top + y) * imageWidth) + left + x] = crop[(y * width) + x];
        }

        var rle = new ObjectMask(left, top, new BitMask(width, height, crop)).ToRle(imageWidth, imageHeight);

        var expected = RleCodec.Encode(full, imageHeight, imageWidth);
        Assert.Equal(expected.Counts.ToArray(), rle.Counts.ToArray());
        Assert.Equal(full, RleCodec.Decode(rle));
    }

    [Fact]
    public void A_box_mask_covers_the_pixels_inside_the_rounded_box()
    {
        var mask = ObjectMask.FromBox(new Box(1.4, 0.6, 3.5, 2.2), 6, 4);

        Assert.Equal((1, 1, 3, 1), (mask.Left, mask.Top, mask.Mask.Width, mask.Mask.Height));
        Assert.Equal(3, mask.Mask.Area);
    }

    [Fact]
    public void A_degenerate_box_still_gets_one_pixel_inside_the_image()
    {
        var mask = ObjectMask.FromBox(new Box(10, 10, 10, 10), 6, 4);

        Assert.Equal((5, 3, 1, 1), (mask.Left, mask.Top, mask.Mask.Width, mask.Mask.Height));
    }

    [Fact]
    public void A_mask_outside_the_image_is_refused()
    {
        var mask = new ObjectMask(5, 0, new BitMask(2, 1, [1, 1]));

        Assert.False(mask.FitsIn(6, 4));
        Assert.Equal("mask 2x1 at (5, 0) does not fit in a 6x4 image", Assert.Throws<ArgumentException>(() => mask.ToRle(6, 4)).Message);
    }
}
