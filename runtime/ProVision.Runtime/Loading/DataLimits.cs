using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Npy;

namespace ProVision.Runtime.Loading;

/// <summary>
/// The ceilings on input data, so that a hostile or corrupt file gets a located error instead of exhausting memory:
/// image and array sizes, the bytes of one graph's entry, and the length of one text field. docs/formats.md ("Data
/// limits") lists them for users; this class is the one place they are set.
/// </summary>
public static class DataLimits
{
    /// <summary>Longest image side in pixels (the largest real photos are well under 20,000).</summary>
    public const int MaxImageSide = 65_536;

    /// <summary>Most pixels in one image (16384 x 16384): a decoded mask of that size is 256 MiB.</summary>
    public const long MaxImagePixels = 1L << 28;

    /// <summary>Largest mask or depth file (an N x H x W mask stack of 1 GiB is 40 objects at 5000 x 5000).</summary>
    public const long MaxReferencedFileBytes = 1L << 30;

    /// <summary>Largest single graph: one canonical line, or one entry of a VG or reference-format file.</summary>
    public const int MaxEntryBytes = 64 << 20;

    /// <summary>Longest label, attribute or predicate, in characters.</summary>
    public const int MaxNameLength = 1_000;

    /// <summary>Longest caption, in characters.</summary>
    public const int MaxCaptionLength = 100_000;

    /// <summary>Why an image of this size is refused, or null when it is within the limits.</summary>
    public static string? ImageSizeProblem(long width, long height)
    {
        if (width > MaxImageSide || height > MaxImageSide)
            return $"image size {width}x{height} is larger than the limit of {MaxImageSide} pixels a side";
        if (width * height > MaxImagePixels)
            return $"image size {width}x{height} has {width * height:N0} pixels, more than the limit of {MaxImagePixels:N0}";
        return null;
    }

    /// <summary>Refuses an npy mask or depth array whose data would exceed <see cref="MaxReferencedFileBytes"/>.</summary>
    /// <exception cref="DataFormatException">The array is too large to decode.</exception>
    public static void CheckArray(NpyHeader header, string path)
    {
        var bytes = header.ElementCount * header.ElementSize;
        if (bytes > MaxReferencedFileBytes)
            throw new DataFormatException($"{path}: the npy array of shape ({string.Join(", ", header.Shape)}) holds {bytes:N0} bytes, more than the limit of {MaxReferencedFileBytes:N0} for a mask or depth file");
    }
}
