using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// Writes <c>.npy</c> files that numpy.load reads back: the canonical header dict padded with spaces
/// and a newline so the data starts on a 64-byte boundary, as numpy itself does.
/// </summary>
public static class NpyWriter
{
    private const int Alignment = 64;

    /// <summary>Writes an array from raw little-endian element bytes.</summary>
    /// <param name="stream">Destination; written from its current position.</param>
    /// <param name="dtype">Element type of <paramref name="rawLittleEndianData"/>.</param>
    /// <param name="shape">Dimensions; empty for a 0-d array.</param>
    /// <param name="rawLittleEndianData">Exactly product(shape) * element size bytes, in the stated order.</param>
    /// <param name="fortranOrder">True when the data is column-major.</param>
    /// <param name="majorVersion">1 (header up to 65535 bytes), 2 or 3 (utf-8 header).</param>
    /// <exception cref="ArgumentException">Shape, data length or version are inconsistent.</exception>
    public static void Write(Stream stream, NpyDType dtype, ReadOnlySpan<int> shape, ReadOnlySpan<byte> rawLittleEndianData, bool fortranOrder = false, int majorVersion = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        NpyArray.EnsureLittleEndianHost();
        if (majorVersion is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(majorVersion), majorVersion, "npy major version must be 1, 2 or 3");
        }

        long count = 1;
        foreach (var d in shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(d, nameof(shape));
            count *= d;
        }

        var expected = count * NpyDTypes.SizeOf(dtype);
        if (rawLittleEndianData.Length != expected)
        {
            throw new ArgumentException(
                $"data has {rawLittleEndianData.Length} bytes but shape ({string.Join(", ", shape.ToArray())}) of {NpyDTypes.ToDescr(dtype)} needs {expected}",
                nameof(rawLittleEndianData));
        }

        stream.Write(BuildPreamble(dtype, shape, fortranOrder, majorVersion));
        stream.Write(rawLittleEndianData);
    }

    /// <summary>Writes a <c>&lt;f4</c> array from C-order values.</summary>
    public static void WriteFloat32(Stream stream, ReadOnlySpan<int> shape, ReadOnlySpan<float> cOrderValues) =>
        Write(stream, NpyDType.Float32, shape, MemoryMarshal.AsBytes(cOrderValues));

    /// <summary>Writes a <c>|u1</c> array from C-order values.</summary>
    public static void WriteUInt8(Stream stream, ReadOnlySpan<int> shape, ReadOnlySpan<byte> cOrderValues) =>
        Write(stream, NpyDType.UInt8, shape, cOrderValues);

    /// <summary>Writes a <c>|b1</c> array; any nonzero input byte is stored as True (1).</summary>
    public static void WriteBool(Stream stream, ReadOnlySpan<int> shape, ReadOnlySpan<byte> cOrderValues)
    {
        // numpy treats bool bytes other than 0/1 as undefined, so normalise before writing.
        var normalised = new byte[cOrderValues.Length];
        for (var i = 0; i < normalised.Length; i++)
        {
            normalised[i] = cOrderValues[i] != 0 ? (byte)1 : (byte)0;
        }

        Write(stream, NpyDType.Bool, shape, normalised);
    }

    private static byte[] BuildPreamble(NpyDType dtype, ReadOnlySpan<int> shape, bool fortranOrder, int majorVersion)
    {
        var shapeText = shape.Length == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape.ToArray())})";
        var dict = $"{{'descr': '{NpyDTypes.ToDescr(dtype)}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shapeText}, }}";
        var lengthBytes = majorVersion == 1 ? 2 : 4;
        var prefix = 8 + lengthBytes;

        // Pad with spaces so prefix + header (ending in '\n') is a multiple of the alignment.
        var unpadded = prefix + dict.Length + 1;
        var headerLength = dict.Length + 1 + ((Alignment - (unpadded % Alignment)) % Alignment);
        if (majorVersion == 1 && headerLength > ushort.MaxValue)
        {
            throw new ArgumentException($"header of {headerLength} bytes does not fit npy version 1; use majorVersion 2", nameof(majorVersion));
        }

        var preamble = new byte[prefix + headerLength];
        NpyHeaderReader.Magic.CopyTo(preamble);
        preamble[6] = (byte)majorVersion;
        preamble[7] = 0;
        if (majorVersion == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(preamble.AsSpan(8), (ushort)headerLength);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(preamble.AsSpan(8), (uint)headerLength);
        }

        var header = preamble.AsSpan(prefix);
        header.Fill((byte)' ');
        Encoding.ASCII.GetBytes(dict, header);
        header[^1] = (byte)'\n';
        return preamble;
    }
}
