using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Imaging;

public sealed class ImageResizerTests
{
    private static RgbImage Gray(int width, int height, params byte[] values) =>
        new(width, height, values.SelectMany(v => new[] { v, v, v }).ToArray());

    private static byte[] Channel0(RgbImage image) => image.Pixels.Where((_, i) => i % 3 == 0).ToArray();

    [Fact]
    public void Upscaling_interpolates_between_pixel_centres()
    {
        // OpenCV INTER_LINEAR: output x maps to (x + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25 (clamped at the edges).
        var resized = ImageResizer.Resize(Gray(2, 1, 0, 100), 4, 1);

        Assert.Equal(new byte[] { 0, 25, 75, 100 }, Channel0(resized));
    }

    [Fact]
    public void Downscaling_by_two_averages_pairs()
    {
        var resized = ImageResizer.Resize(Gray(4, 1, 0, 100, 200, 40), 2, 1);

        Assert.Equal(new byte[] { 50, 120 }, Channel0(resized));
    }

    [Fact]
    public void Stretch_maps_boxes_back_by_axis()
    {
        var (image, transform) = ImageResizer.Fit(Gray(4, 2, 1, 2, 3, 4, 5, 6, 7, 8), 8, 8, ResizeMode.Stretch);

        Assert.Equal((8, 8), (image.Width, image.Height));
        Assert.Equal(new ResizeTransform(2, 4, 0, 0), transform);
        Assert.Equal(new Box(1, 0.5, 2, 1), transform.ToOriginal(new Box(2, 2, 4, 4)));
    }

    [Fact]
    public void Letterbox_centres_and_pads()
    {
        // 4x2 into 8x8: scale 2 -> 8x4, centred vertically with 2 rows of padding above and below.
        var (image, transform) = ImageResizer.Fit(Gray(4, 2, 10, 10, 10, 10, 10, 10, 10, 10), 8, 8, ResizeMode.Letterbox, padValue: 114);

        Assert.Equal(new ResizeTransform(2, 2, 0, 2), transform);
        var rows = Channel0(image).Chunk(8).Select(r => r.Distinct().Single()).ToArray();
        Assert.Equal(new byte[] { 114, 114, 10, 10, 10, 10, 114, 114 }, rows);
        Assert.Equal(new Box(0, 0, 4, 2), transform.ToOriginal(new Box(0, 2, 8, 6)));
    }

    [Fact]
    public void Top_left_letterbox_pads_right_and_bottom_only()
    {
        var (image, transform) = ImageResizer.Fit(Gray(2, 4, 7, 7, 7, 7, 7, 7, 7, 7), 8, 8, ResizeMode.LetterboxTopLeft, padValue: 114);

        Assert.Equal(new ResizeTransform(2, 2, 0, 0), transform);
        var first = Channel0(image)[..8];
        Assert.Equal(new byte[] { 7, 7, 7, 7, 114, 114, 114, 114 }, first);
        var box = new Box(0.5, 1, 1.5, 3);
        Assert.Equal(box, transform.ToOriginal(transform.ToInput(box)));
    }
}
