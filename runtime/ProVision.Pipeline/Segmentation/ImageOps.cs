using System.Runtime.InteropServices;
using OpenCvSharp;

namespace ProVision.Pipeline.Segmentation;

/// <summary>Resizing helpers shared by the ONNX stages (OpenCV underneath; buffers in and out are plain arrays).</summary>
public static class ImageOps
{
    /// <summary>The image resized to <paramref name="width"/> x <paramref name="height"/> (bilinear; area when shrinking), RGB bytes.</summary>
    public static byte[] ResizeRgb(StageImage image, int width, int height) =>
        ResizeRgb(image, new PixelRect(0, 0, image.Width, image.Height), width, height);

    /// <summary>The part <paramref name="source"/> of the image resized to <paramref name="width"/> x <paramref name="height"/>, RGB bytes.</summary>
    public static byte[] ResizeRgb(StageImage image, PixelRect source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        var crop = new byte[source.Width * source.Height * 3];
        for (var y = 0; y < source.Height; y++)
            Buffer.BlockCopy(image.Rgb, (((source.Y1 + y) * image.Width) + source.X1) * 3, crop, y * source.Width * 3, source.Width * 3);
        if (source.Width == width && source.Height == height) return crop;
        using var src = new Mat(source.Height, source.Width, MatType.CV_8UC3);
        Marshal.Copy(crop, 0, src.Data, crop.Length);
        using var dst = new Mat();
        var shrinking = width < source.Width && height < source.Height;
        Cv2.Resize(src, dst, new Size(width, height), 0, 0, shrinking ? InterpolationFlags.Area : InterpolationFlags.Linear);
        var result = new byte[width * height * 3];
        Marshal.Copy(dst.Data, result, 0, result.Length);
        return result;
    }

    /// <summary>
    /// The part <paramref name="source"/> of a row-major float plane of <paramref name="width"/> x <paramref name="height"/>,
    /// resized bilinearly to <paramref name="newWidth"/> x <paramref name="newHeight"/>.
    /// </summary>
    public static float[] ResizePlane(float[] plane, int width, int height, PixelRect source, int newWidth, int newHeight)
    {
        ArgumentNullException.ThrowIfNull(plane);
        using var src = new Mat(height, width, MatType.CV_32FC1);
        Marshal.Copy(plane, 0, src.Data, width * height);
        using var part = new Mat(src, new Rect(source.X1, source.Y1, source.Width, source.Height));
        using var dst = new Mat();
        Cv2.Resize(part, dst, new Size(newWidth, newHeight), 0, 0, InterpolationFlags.Linear);
        var result = new float[newWidth * newHeight];
        Marshal.Copy(dst.Data, result, 0, result.Length);
        return result;
    }
}
