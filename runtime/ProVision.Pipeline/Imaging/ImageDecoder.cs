using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace ProVision.Pipeline.Imaging;

/// <summary>
/// Decodes PNG, JPEG, WebP (and BMP/GIF, which Skia also reads) into an <see cref="RgbImage"/>.
/// Alpha is dropped (as PIL's <c>convert("RGB")</c> does, which is what the reference annotators saw);
/// grayscale and palette images become RGB. EXIF orientation is not applied, again like PIL, so boxes
/// refer to the pixel grid as stored in the file.
/// </summary>
public static class ImageDecoder
{
    /// <summary>Images larger than this many pixels are refused (a 1 GB allocation is not a photo).</summary>
    public const long MaxPixels = 200_000_000;

    /// <summary>The extensions <see cref="ImageFiles"/> picks up in folders.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".webp", ".bmp"];

    /// <exception cref="ImageDecodeException">The file is missing, unreadable, not an image, truncated or corrupt.</exception>
    public static RgbImage Decode(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new ImageDecodeException(path, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ImageDecodeException(path, "file not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImageDecodeException(path, $"cannot be read ({ex.Message})", ex);
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes encoded image bytes; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ImageDecodeException">The bytes are not a complete image in a supported format.</exception>
    public static RgbImage Decode(byte[] encoded, string name)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (encoded.Length == 0) throw new ImageDecodeException(name, "is empty (0 bytes)");

        using var stream = new SKMemoryStream(encoded);
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            var format = Sniff(encoded);
            throw new ImageDecodeException(name, format is null
                ? "is not a PNG, JPEG, WebP or BMP image (unknown file signature)"
                : created == SKCodecResult.IncompleteInput
                    ? $"is truncated (the {format} data ends early)"
                    : $"is a corrupt {format} file (its header cannot be read)");
        }

        var width = codec.Info.Width;
        var height = codec.Info.Height;
        if (width <= 0 || height <= 0) throw new ImageDecodeException(name, $"has no pixels ({width}x{height})");
        if ((long)width * height > MaxPixels)
            throw new ImageDecodeException(name, $"is {width}x{height} pixels, more than the {MaxPixels:N0} this decoder accepts");

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = GC.AllocateUninitializedArray<byte>(checked((int)info.BytesSize64));
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        SKCodecResult result;
        try
        {
            result = codec.GetPixels(info, handle.AddrOfPinnedObject());
        }
        finally
        {
            handle.Free();
        }

        switch (result)
        {
            case SKCodecResult.Success:
                break;
            case SKCodecResult.IncompleteInput:
                throw new ImageDecodeException(name, "is truncated (the image data ends early)");
            case SKCodecResult.ErrorInInput:
                throw new ImageDecodeException(name, "is corrupt (invalid image data)");
            default:
                throw new ImageDecodeException(name, $"could not be decoded ({result})");
        }

        return new RgbImage(width, height, DropAlpha(rgba, width * height));
    }

    /// <summary>The format a file's first bytes announce, or null.</summary>
    internal static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])) return "PNG";
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "JPEG";
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8)) return "WebP";
        if (data.StartsWith("GIF8"u8)) return "GIF";
        if (data.StartsWith("BM"u8)) return "BMP";
        return null;
    }

    // Hot loops are compiled optimised at once: a run of a few images never leaves tier-0 code otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] DropAlpha(byte[] rgba, int pixelCount)
    {
        var rgb = GC.AllocateUninitializedArray<byte>(pixelCount * 3);
        for (int i = 0, j = 0; i < pixelCount; i++, j += 3)
        {
            var k = i * 4;
            rgb[j] = rgba[k];
            rgb[j + 1] = rgba[k + 1];
            rgb[j + 2] = rgba[k + 2];
        }
        return rgb;
    }
}
