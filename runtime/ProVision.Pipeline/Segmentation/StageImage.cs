using SkiaSharp;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// An 8-bit RGB image buffer, row-major, 3 bytes per pixel (R, G, B), no padding: the one input the
/// segmentation, depth, attribute and drawing stages share.
/// </summary>
/// <remarks>
/// The decoder's <c>Imaging.RgbImage</c> has the same layout, so the pipeline wraps its buffer without copying
/// (<c>Annotation.StageAdapter.ToStageImage</c>).
/// </remarks>
public sealed class StageImage
{
    /// <summary>Wraps <paramref name="rgb"/> (not copied).</summary>
    /// <exception cref="ArgumentException">Non-positive size or a buffer that is not width*height*3 bytes.</exception>
    public StageImage(int width, int height, byte[] rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        if (width <= 0 || height <= 0) throw new ArgumentException($"image size must be positive, got {width}x{height}", nameof(width));
        if (rgb.LongLength != (long)width * height * 3)
            throw new ArgumentException($"an RGB buffer of {width}x{height} needs {(long)width * height * 3} bytes, got {rgb.LongLength}", nameof(rgb));
        Width = width;
        Height = height;
        Rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Pixels, row-major, R G B per pixel.</summary>
    public byte[] Rgb { get; }

    /// <summary>The pixel at (x, y) as (R, G, B).</summary>
    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (Rgb[i], Rgb[i + 1], Rgb[i + 2]);
        }
    }

    /// <summary>A uniform image.</summary>
    public static StageImage Filled(int width, int height, byte r, byte g, byte b)
    {
        var rgb = new byte[width * height * 3];
        for (var i = 0; i < rgb.Length; i += 3)
        {
            rgb[i] = r;
            rgb[i + 1] = g;
            rgb[i + 2] = b;
        }
        return new StageImage(width, height, rgb);
    }

    /// <summary>Sets the pixels of the rectangle [x1, x2) x [y1, y2) (clipped) to one colour.</summary>
    public void FillRect(int x1, int y1, int x2, int y2, byte r, byte g, byte b)
    {
        for (var y = Math.Max(0, y1); y < Math.Min(Height, y2); y++)
        {
            for (var x = Math.Max(0, x1); x < Math.Min(Width, x2); x++)
            {
                var i = ((y * Width) + x) * 3;
                Rgb[i] = r;
                Rgb[i + 1] = g;
                Rgb[i + 2] = b;
            }
        }
    }

    /// <summary>Decodes an image file (PNG, JPEG, WebP, BMP, GIF: whatever Skia reads); alpha is dropped.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">The file is not an image Skia can decode.</exception>
    public static StageImage Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"image file not found: {path}", path);
        using var codec = SKCodec.Create(path) ?? throw new InvalidDataException($"{path}: not an image this build can decode (PNG, JPEG, WebP, BMP, GIF)");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw new InvalidDataException($"{path}: image could not be decoded ({result})");
        return FromBitmap(bitmap);
    }

    /// <summary>Copies a Skia bitmap (any colour type) into RGB; alpha is dropped (not composited).</summary>
    public static StageImage FromBitmap(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        SKBitmap? converted = null;
        var source = bitmap;
        if (bitmap.ColorType != SKColorType.Rgba8888 || bitmap.AlphaType == SKAlphaType.Premul)
        {
            converted = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
            if (!bitmap.CopyTo(converted, SKColorType.Rgba8888))
            {
                using var canvas = new SKCanvas(converted);
                using var img = SKImage.FromBitmap(bitmap);
                canvas.DrawImage(img, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
            }
            source = converted;
        }
        try
        {
            var rgba = source.GetPixelSpan();
            var rowBytes = source.RowBytes;
            var rgb = new byte[bitmap.Width * bitmap.Height * 3];
            for (var y = 0; y < bitmap.Height; y++)
            {
                var row = rgba.Slice(y * rowBytes, bitmap.Width * 4);
                var o = y * bitmap.Width * 3;
                for (var x = 0; x < bitmap.Width; x++)
                {
                    rgb[o++] = row[x * 4];
                    rgb[o++] = row[(x * 4) + 1];
                    rgb[o++] = row[(x * 4) + 2];
                }
            }
            return new StageImage(bitmap.Width, bitmap.Height, rgb);
        }
        finally
        {
            converted?.Dispose();
        }
    }

    /// <summary>An opaque Skia bitmap with these pixels (for drawing).</summary>
    public SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var rowBytes = bitmap.RowBytes;
        var dst = new byte[rowBytes * Height];
        for (var y = 0; y < Height; y++)
        {
            var o = y * rowBytes;
            var s = y * Width * 3;
            for (var x = 0; x < Width; x++)
            {
                dst[o++] = Rgb[s++];
                dst[o++] = Rgb[s++];
                dst[o++] = Rgb[s++];
                dst[o++] = 255;
            }
        }
        System.Runtime.InteropServices.Marshal.Copy(dst, 0, bitmap.GetPixels(), dst.Length);
        bitmap.NotifyPixelsChanged();
        return bitmap;
    }

    /// <summary>Writes the image as PNG.</summary>
    public void SavePng(string path)
    {
        using var bitmap = ToBitmap();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
