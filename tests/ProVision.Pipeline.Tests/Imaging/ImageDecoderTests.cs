using System.Runtime.InteropServices;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Tests.Models;
using SkiaSharp;

namespace ProVision.Pipeline.Tests.Imaging;

public sealed class ImageDecoderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-imaging-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Encodes raw pixels of any Skia colour type.</summary>
    private static byte[] Encode(int width, int height, SKColorType type, SKAlphaType alpha, byte[] pixels, SKEncodedImageFormat format, int quality = 100)
    {
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(new SKImageInfo(width, height, type, alpha), handle.AddrOfPinnedObject());
            using var data = pixmap.Encode(format, quality);
            return data!.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    [Fact]
    public void Rgba_png_drops_alpha_and_keeps_colours()
    {
        // 2x1: opaque red, half-transparent green (unpremultiplied, so the colour survives).
        var png = Encode(2, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul, [255, 0, 0, 255, 0, 200, 0, 128], SKEncodedImageFormat.Png);

        var image = ImageDecoder.Decode(png, "rgba.png");

        Assert.Equal((2, 1), (image.Width, image.Height));
        Assert.Equal(new byte[] { 255, 0, 0, 0, 200, 0 }, image.Pixels);
    }

    [Fact]
    public void Grayscale_png_becomes_rgb()
    {
        var png = Encode(3, 1, SKColorType.Gray8, SKAlphaType.Opaque, [0, 100, 255], SKEncodedImageFormat.Png);

        var image = ImageDecoder.Decode(png, "gray.png");

        Assert.Equal(new byte[] { 0, 0, 0, 100, 100, 100, 255, 255, 255 }, image.Pixels);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    [InlineData(SKEncodedImageFormat.Png)]
    public void Jpeg_webp_and_png_decode_to_the_same_picture(SKEncodedImageFormat format)
    {
        var source = RgbImage.Filled(16, 8, 40, 120, 200);
        var bytes = ImageEncoder.Encode(source, format, 100);

        var image = ImageDecoder.Decode(bytes, $"picture.{format}");

        Assert.Equal((16, 8), (image.Width, image.Height));
        for (var i = 0; i < image.Pixels.Length; i++) Assert.InRange(image.Pixels[i] - source.Pixels[i], -3, 3);
    }

    [Fact]
    public void Files_are_read_from_disk()
    {
        var path = Path.Combine(_dir, "a.png");
        File.WriteAllBytes(path, ImageEncoder.Encode(RgbImage.Filled(5, 4, 1, 2, 3)));

        var image = ImageDecoder.Decode(path);

        Assert.Equal((5, 4), (image.Width, image.Height));
        Assert.Equal(new byte[] { 1, 2, 3 }, image.Pixels[..3]);
    }

    [Fact]
    public void Text_is_not_an_image()
    {
        var error = Assert.Throws<ImageDecodeException>(() => ImageDecoder.Decode("hello, world\n"u8.ToArray(), "notes.png"));

        Assert.Equal("notes.png: is not a PNG, JPEG, WebP or BMP image (unknown file signature)", error.Message);
        Assert.Equal("notes.png", error.Path);
    }

    [Fact]
    public void A_truncated_png_is_reported_as_such()
    {
        var png = ImageEncoder.Encode(RgbImage.Filled(64, 64, 9, 9, 9));

        var error = Assert.Throws<ImageDecodeException>(() => ImageDecoder.Decode(png[..(png.Length / 2)], "cut.png"));

        Assert.StartsWith("cut.png: is truncated", error.Message);
    }

    [Fact]
    public void A_png_with_only_its_signature_is_corrupt_or_truncated()
    {
        var error = Assert.Throws<ImageDecodeException>(() => ImageDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], "head.png"));

        Assert.Matches("head.png: is (truncated|a corrupt PNG file)", error.Message);
    }

    [Fact]
    public void Empty_and_missing_files_are_reported()
    {
        var empty = Path.Combine(_dir, "empty.jpg");
        File.WriteAllBytes(empty, []);

        Assert.Equal($"{empty}: is empty (0 bytes)", Assert.Throws<ImageDecodeException>(() => ImageDecoder.Decode(empty)).Message);
        var missing = Path.Combine(_dir, "missing.jpg");
        Assert.Equal($"{missing}: file not found", Assert.Throws<ImageDecodeException>(() => ImageDecoder.Decode(missing)).Message);
    }

    [SharedDataFact]
    public void The_baseball_photo_is_rgba_401_by_400()
    {
        var folder = SharedData.Baseball();

        var image = ImageDecoder.Decode(Path.Combine(folder, "images", "baseball_1.png"));

        Assert.Equal((401, 400), (image.Width, image.Height));
        Assert.Equal(401 * 400 * 3, image.Pixels.Length);
    }
}
