using System.Runtime.InteropServices;
using SkiaSharp;

namespace ProVision.Pipeline.Imaging;

/// <summary>Encodes an <see cref="RgbImage"/> to PNG, JPEG or WebP bytes (benchmarks, tests, drawings).</summary>
public static class ImageEncoder
{
    public static byte[] Encode(RgbImage image, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 90)
    {
        ArgumentNullException.ThrowIfNull(image);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var rgba = new byte[image.Width * image.Height * 4];
        var rgb = image.Pixels;
        for (int i = 0, j = 0; j < rgb.Length; i += 4, j += 3)
        {
            rgba[i] = rgb[j];
            rgba[i + 1] = rgb[j + 1];
            rgba[i + 2] = rgb[j + 2];
            rgba[i + 3] = 255;
        }
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject());
            using var data = pixmap.Encode(format, quality) ?? throw new InvalidOperationException($"Skia could not encode {format}");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }
}
