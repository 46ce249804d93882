using ProVision.Pipeline.Imaging;

namespace ProVision.Pipeline.Tests.Imaging;

public sealed class TensorBuilderTests
{
    private static readonly RgbImage s_twoPixels = new(2, 1, [10, 20, 30, 40, 50, 60]);

    [Fact]
    public void Nchw_rgb_divides_by_255()
    {
        var tensor = new float[6];
        TensorBuilder.Write(s_twoPixels, tensor, ChannelOrder.Rgb, Normalization.UnitRange);

        Assert.Equal(new[] { 10f, 40, 20, 50, 30, 60 }.Select(v => v / 255f), tensor, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void Nchw_bgr_with_mean_and_std_uses_the_model_channel_order()
    {
        var tensor = new float[6];
        TensorBuilder.Write(s_twoPixels, tensor, ChannelOrder.Bgr, new Normalization([30, 20, 10], [2, 4, 5]));

        // Channel 0 is blue: (30 - 30) / 2, (60 - 30) / 2; channel 1 green; channel 2 red.
        Assert.Equal(new[] { 0f, 15, 0, 7.5f, 0, 6 }, tensor, (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void Nhwc_interleaves_channels()
    {
        var tensor = new float[6];
        TensorBuilder.Write(s_twoPixels, tensor, ChannelOrder.Rgb, Normalization.Raw, TensorLayout.Nhwc);

        Assert.Equal(new[] { 10f, 20, 30, 40, 50, 60 }, tensor);
    }

    [Fact]
    public void A_wrong_destination_size_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TensorBuilder.Write(s_twoPixels, new float[5], ChannelOrder.Rgb, Normalization.Raw));
        Assert.StartsWith("destination holds 5 floats, the image needs 6", error.Message);
    }
}
