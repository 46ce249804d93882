namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// An npy array held as its raw little-endian element bytes, read in one bulk read; typed views
/// (<see cref="ToFloat32"/>, <see cref="ToMask"/>, <see cref="ToMaskSlice"/>) convert on demand
/// and always return C (row-major) order whatever the storage order.
/// </summary>
public sealed class NpyArray
{
    private readonly byte[] _data;

    private NpyArray(NpyHeader header, byte[] data)
    {
        Header = header;
        _data = data;
    }

    /// <summary>The parsed header.</summary>
    public NpyHeader Header { get; }

    /// <summary>Reads only the header, leaving <paramref name="stream"/> at the first element.</summary>
    /// <param name="stream">Positioned at the start of the npy content.</param>
    /// <param name="fileName">Used in error messages only.</param>
    /// <exception cref="DataFormatException">The header is malformed or unsupported.</exception>
    public static NpyHeader ReadHeader(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return NpyHeaderReader.Read(stream, fileName);
    }

    /// <summary>
    /// Reads only the header of the file at <paramref name="path"/>, and checks that the file is long enough for the
    /// data the header announces, so a cut-short file is reported when it is first looked at, not when it is decoded.
    /// </summary>
    /// <exception cref="DataFormatException">The header is malformed or unsupported, or the data is truncated.</exception>
    public static NpyHeader ReadHeader(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var header = NpyHeaderReader.Read(stream, path);
        var present = stream.Length - header.DataOffset;
        if (present < header.DataByteCount) throw Truncated(path, header, present);
        return header;
    }

    /// <summary>Reads header and data from <paramref name="stream"/>.</summary>
    /// <param name="stream">Positioned at the start of the npy content.</param>
    /// <param name="fileName">Used in error messages only.</param>
    /// <exception cref="DataFormatException">Malformed header, or fewer data bytes than the shape needs.</exception>
    public static NpyArray Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        EnsureLittleEndianHost();
        var header = NpyHeaderReader.Read(stream, fileName);
        var size = header.DataByteCount;
        if (size > Array.MaxLength)
        {
            throw new DataFormatException(
                $"{fileName}: npy data of shape {header.ShapeText} needs {size} bytes, more than one .NET array can hold ({Array.MaxLength}); " +
                "split the array into smaller files.");
        }

        var data = new byte[size];
        var got = stream.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
        if (got < data.Length) throw Truncated(fileName, header, got);
        return new NpyArray(header, data);
    }

    private static DataFormatException Truncated(string fileName, NpyHeader header, long present) =>
        new($"{fileName}: truncated npy data: shape {header.ShapeText} of {NpyDTypes.ToDescr(header.DType)} needs {header.DataByteCount} bytes " +
            $"from byte offset {header.DataOffset} but only {Math.Max(0, present)} are present; the file was cut short, re-create it.");

    /// <summary>Reads header and data from the file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">Malformed header, or fewer data bytes than the shape needs.</exception>
    public static NpyArray Read(string path)
    {
        // A small buffer: the header is read in a few small pieces, and the bulk data read is larger
        // than the buffer so FileStream hands it straight to the OS without an extra copy.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>All values in C (row-major) order, converted to float.</summary>
    public float[] ToFloat32()
    {
        var result = new float[Header.ElementCount];
        NpyConvert.ToFloat(Header.DType, COrderBytes(), result);
        return result;
    }

    /// <summary>One byte per element in C order: 1 where the value is nonzero (NaN included), else 0.</summary>
    public byte[] ToMask()
    {
        var result = new byte[Header.ElementCount];
        NpyConvert.ToMask(Header.DType, COrderBytes(), result);
        return result;
    }

    /// <summary>
    /// The 2-D slice <c>[index, :, :]</c> of a 3-D (N x H x W) array as a C-order H*W mask, converting
    /// only that slice's elements.
    /// </summary>
    /// <exception cref="DataFormatException">The array is not 3-D.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, N).</exception>
    public byte[] ToMaskSlice(int index)
    {
        var shape = Header.Shape;
        if (shape.Length != 3)
        {
            throw new DataFormatException(
                $"npy array of shape {Header.ShapeText} is not a 3-D N x H x W mask stack, so it has no [index, :, :] slice; use ToMask() instead.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, shape[0]);
        var (n, h, w, es) = (shape[0], shape[1], shape[2], Header.ElementSize);
        var plane = (long)h * w;
        ReadOnlySpan<byte> raw = Header.FortranOrder
            ? NpyLayout.FortranSliceToC(_data, es, index, n, h, w)
            : _data.AsSpan().Slice((int)(index * plane * es), (int)(plane * es));
        var result = new byte[plane];
        NpyConvert.ToMask(Header.DType, raw, result);
        return result;
    }

    private ReadOnlySpan<byte> COrderBytes() =>
        Header.FortranOrder && Header.Shape.Length > 1
            ? NpyLayout.FortranToC(_data, Header.ElementSize, Header.Shape)
            : _data;

    /// <summary>Elements are reinterpreted in place, which is only right on a little-endian host.</summary>
    internal static void EnsureLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("npy support assumes a little-endian host (x64, arm64).");
        }
    }
}
