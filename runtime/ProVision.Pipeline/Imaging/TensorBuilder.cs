using System.Runtime.CompilerServices;

namespace ProVision.Pipeline.Imaging;

/// <summary>The channel order a model expects.</summary>
public enum ChannelOrder
{
    Rgb,
    Bgr,
}

/// <summary>Memory layout of an image tensor.</summary>
public enum TensorLayout
{
    /// <summary>[N, C, H, W] (PyTorch exports).</summary>
    Nchw,

    /// <summary>[N, H, W, C] (TensorFlow exports).</summary>
    Nhwc,
}

/// <summary>
/// Per-channel normalisation of 0..255 pixel values: <c>(value - Mean[c]) / Std[c]</c>, with <c>c</c> in the
/// model's channel order. <c>/255</c> is Mean 0, Std 255; raw pixels are Mean 0, Std 1.
/// </summary>
public sealed record Normalization(float[] Mean, float[] Std)
{
    public static Normalization UnitRange { get; } = new([0, 0, 0], [255, 255, 255]);
    public static Normalization Raw { get; } = new([0, 0, 0], [1, 1, 1]);

    /// <summary>ImageNet mean/std on the 0..255 scale, RGB order.</summary>
    public static Normalization ImageNetRgb { get; } = new([123.675f, 116.28f, 103.53f], [58.395f, 57.12f, 57.375f]);
}

/// <summary>Writes an <see cref="RgbImage"/> into a float tensor, in a model's channel order, layout and normalisation.</summary>
public static class TensorBuilder
{
    /// <summary>Elements one image takes (3 * width * height).</summary>
    public static int ImageLength(RgbImage image) => image.Width * image.Height * 3;

    /// <summary>Writes <paramref name="image"/> into <paramref name="destination"/> (exactly <see cref="ImageLength"/> floats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(RgbImage image, Span<float> destination, ChannelOrder order, Normalization normalization, TensorLayout layout = TensorLayout.Nchw)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(normalization);
        var plane = image.Width * image.Height;
        if (destination.Length != plane * 3)
            throw new ArgumentException($"destination holds {destination.Length} floats, the image needs {plane * 3}", nameof(destination));

        Span<float> scale = stackalloc float[3];
        Span<float> offset = stackalloc float[3];
        Span<int> source = stackalloc int[3];
        for (var c = 0; c < 3; c++)
        {
            scale[c] = 1f / normalization.Std[c];
            offset[c] = -normalization.Mean[c] / normalization.Std[c];
            source[c] = order == ChannelOrder.Rgb ? c : 2 - c;
        }

        var pixels = image.Pixels;
        if (layout == TensorLayout.Nchw)
        {
            for (var c = 0; c < 3; c++)
            {
                var target = destination.Slice(c * plane, plane);
                var s = source[c];
                var k = scale[c];
                var b = offset[c];
                for (var i = 0; i < plane; i++) target[i] = (pixels[(i * 3) + s] * k) + b;
            }
        }
        else
        {
            for (var i = 0; i < plane; i++)
            {
                for (var c = 0; c < 3; c++) destination[(i * 3) + c] = (pixels[(i * 3) + source[c]] * scale[c]) + offset[c];
            }
        }
    }
}
