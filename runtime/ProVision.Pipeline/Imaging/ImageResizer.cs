using System.Runtime.CompilerServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Imaging;

/// <summary>How an image is brought to a model's fixed input size.</summary>
public enum ResizeMode
{
    /// <summary>Scale each axis independently to the input size (aspect ratio not kept).</summary>
    Stretch,

    /// <summary>Keep the aspect ratio, centre the image and pad the borders.</summary>
    Letterbox,

    /// <summary>Keep the aspect ratio, put the image at the top-left corner and pad right and bottom (YOLOX).</summary>
    LetterboxTopLeft,
}

/// <summary>
/// Maps original-image pixels to model-input pixels: <c>input = original * Scale + Pad</c>, per axis.
/// </summary>
public readonly record struct ResizeTransform(double ScaleX, double ScaleY, double PadX, double PadY)
{
    public static ResizeTransform Identity { get; } = new(1, 1, 0, 0);

    /// <summary>A box in model-input pixels back in original-image pixels.</summary>
    public Box ToOriginal(Box input) => new(
        (input.X1 - PadX) / ScaleX, (input.Y1 - PadY) / ScaleY,
        (input.X2 - PadX) / ScaleX, (input.Y2 - PadY) / ScaleY);

    /// <summary>A box in original-image pixels in model-input pixels.</summary>
    public Box ToInput(Box original) => new(
        (original.X1 * ScaleX) + PadX, (original.Y1 * ScaleY) + PadY,
        (original.X2 * ScaleX) + PadX, (original.Y2 * ScaleY) + PadY);
}

/// <summary>Bilinear resizing (OpenCV's INTER_LINEAR sampling: pixel centres at +0.5) and letterboxing.</summary>
public static class ImageResizer
{
    /// <summary>Resizes to exactly <paramref name="width"/> x <paramref name="height"/>, bilinear.</summary>
    public static RgbImage Resize(RgbImage source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (width == source.Width && height == source.Height) return new RgbImage(width, height, (byte[])source.Pixels.Clone());
        var pixels = new byte[width * height * 3];
        ResizeInto(source, pixels, width, height, width * 3, 0, 0);
        return new RgbImage(width, height, pixels);
    }

    /// <summary>
    /// Brings <paramref name="source"/> to <paramref name="width"/> x <paramref name="height"/> as <paramref name="mode"/> says,
    /// padding with <paramref name="padValue"/> (all three channels), and returns the transform from original to input pixels.
    /// </summary>
    public static (RgbImage Image, ResizeTransform Transform) Fit(RgbImage source, int width, int height, ResizeMode mode, byte padValue = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (mode == ResizeMode.Stretch)
        {
            var stretched = Resize(source, width, height);
            return (stretched, new ResizeTransform((double)width / source.Width, (double)height / source.Height, 0, 0));
        }

        var ratio = Math.Min((double)width / source.Width, (double)height / source.Height);
        var newWidth = Math.Clamp((int)Math.Round(source.Width * ratio), 1, width);
        var newHeight = Math.Clamp((int)Math.Round(source.Height * ratio), 1, height);
        var padX = mode == ResizeMode.Letterbox ? (width - newWidth) / 2 : 0;
        var padY = mode == ResizeMode.Letterbox ? (height - newHeight) / 2 : 0;
        var pixels = new byte[width * height * 3];
        if (padValue != 0) pixels.AsSpan().Fill(padValue);
        ResizeInto(source, pixels, newWidth, newHeight, width * 3, padX, padY);
        var transform = new ResizeTransform((double)newWidth / source.Width, (double)newHeight / source.Height, padX, padY);
        return (new RgbImage(width, height, pixels), transform);
    }

    /// <summary>Bilinear resize of <paramref name="source"/> into a <paramref name="width"/> x <paramref name="height"/> window of <paramref name="target"/> at (offsetX, offsetY).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ResizeInto(RgbImage source, byte[] target, int width, int height, int targetStride, int offsetX, int offsetY)
    {
        var (x0, x1, wx) = Taps(source.Width, width);
        var (y0, y1, wy) = Taps(source.Height, height);
        var src = source.Pixels;
        var srcStride = source.Stride;
        for (var y = 0; y < height; y++)
        {
            var rowA = y0[y] * srcStride;
            var rowB = y1[y] * srcStride;
            var fy = wy[y];
            var outRow = ((y + offsetY) * targetStride) + (offsetX * 3);
            for (var x = 0; x < width; x++)
            {
                var a = x0[x] * 3;
                var b = x1[x] * 3;
                var fx = wx[x];
                var o = outRow + (x * 3);
                for (var c = 0; c < 3; c++)
                {
                    var top = src[rowA + a + c] + ((src[rowA + b + c] - src[rowA + a + c]) * fx);
                    var bottom = src[rowB + a + c] + ((src[rowB + b + c] - src[rowB + a + c]) * fx);
                    var value = top + ((bottom - top) * fy);
                    target[o + c] = (byte)Math.Clamp((int)(value + 0.5f), 0, 255);
                }
            }
        }
    }

    /// <summary>For each output coordinate: the two source coordinates it blends and the weight of the second.</summary>
    private static (int[] Lower, int[] Upper, float[] Weight) Taps(int sourceSize, int targetSize)
    {
        var lower = new int[targetSize];
        var upper = new int[targetSize];
        var weight = new float[targetSize];
        var scale = (double)sourceSize / targetSize;
        for (var i = 0; i < targetSize; i++)
        {
            var position = ((i + 0.5) * scale) - 0.5;
            var floor = (int)Math.Floor(position);
            var fraction = position - floor;
            if (floor < 0)
            {
                floor = 0;
                fraction = 0;
            }
            if (floor >= sourceSize - 1)
            {
                floor = sourceSize - 1;
                fraction = 0;
            }
            lower[i] = floor;
            upper[i] = Math.Min(floor + 1, sourceSize - 1);
            weight[i] = (float)fraction;
        }
        return (lower, upper, weight);
    }
}
