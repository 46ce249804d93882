using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;

namespace ProVision.Runtime.Formats.Npy;

/// <summary>
/// Reads the preamble of an npy file: magic, version, header length and the header dict.
/// Layout: <c>\x93NUMPY</c>, major, minor, header length (u2 for v1, u4 for v2/v3, little-endian),
/// then the dict text (latin-1 for v1/v2, utf-8 for v3) padded with spaces and a final newline.
/// </summary>
internal static class NpyHeaderReader
{
    /// <summary>The six bytes every npy file starts with: 0x93 then 'NUMPY'.</summary>
    internal static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads exactly the header from <paramref name="stream"/>, leaving it at the first element.</summary>
    public static NpyHeader Read(Stream stream, string fileName)
    {
        Span<byte> pre = stackalloc byte[12];
        ReadExactly(stream, pre[..8], fileName, 0, "magic and version");
        if (!pre[..6].SequenceEqual(Magic))
        {
            throw new DataFormatException(
                $"{fileName}: byte offset 0: not an npy file, it does not start with the magic 934E554D5059 ('\\x93NUMPY'); " +
                "check the file is an uncompressed .npy (not .npz or raw data).");
        }

        int major = pre[6];
        if (major is < 1 or > 3)
        {
            throw new DataFormatException(
                $"{fileName}: byte offset 6: npy format version {major}.{pre[7]} is not supported; only versions 1, 2 and 3 are. " +
                "Re-save the array with numpy.save.");
        }

        int lengthBytes = major == 1 ? 2 : 4;
        ReadExactly(stream, pre.Slice(8, lengthBytes), fileName, 8, "header length");
        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(pre[8..])
            : BinaryPrimitives.ReadUInt32LittleEndian(pre[8..]);
        long headerStart = 8 + lengthBytes;
        if (headerLength > 16 * 1024 * 1024)
        {
            throw new DataFormatException(
                $"{fileName}: byte offset 8: header length {headerLength} is implausibly large (max 16 MiB); the file is corrupt.");
        }

        var headerBytes = new byte[headerLength];
        ReadExactly(stream, headerBytes, fileName, headerStart, "header");
        var text = major == 3 ? DecodeUtf8(headerBytes, fileName, headerStart) : Encoding.Latin1.GetString(headerBytes);
        return Build(text, fileName, major, headerStart + headerLength);
    }

    private static NpyHeader Build(string text, string fileName, int major, long dataOffset)
    {
        var where = $"{fileName}: npy header";
        var dict = NpyHeaderDict.Parse(text, where);
        var descr = Require(dict, "descr", fileName);
        var fortran = Require(dict, "fortran_order", fileName);
        var shapeValue = Require(dict, "shape", fileName);

        if (descr is not string descrText)
        {
            throw new DataFormatException(
                $"{where}, field 'descr': structured or non-string dtypes are not supported (got {Describe(descr)}); " +
                $"save a plain array of one of {NpyDTypes.Supported}.");
        }

        var dtype = NpyDTypes.TryParse(descrText, out var problem)
            ?? throw new DataFormatException($"{where}, field 'descr': {problem}.");
        if (fortran is not bool fortranOrder)
        {
            throw new DataFormatException($"{where}, field 'fortran_order': expected True or False, got {Describe(fortran)}; re-save with numpy.save.");
        }

        var (shape, count) = ParseShape(shapeValue, where);
        return new NpyHeader(major, dtype, fortranOrder, shape, dataOffset, count);
    }

    private static (ImmutableArray<int> Shape, long Count) ParseShape(object? value, string where)
    {
        if (value is not List<object?> items)
        {
            throw new DataFormatException($"{where}, field 'shape': expected a tuple of integers like (2, 3), got {Describe(value)}; re-save with numpy.save.");
        }

        var dims = ImmutableArray.CreateBuilder<int>(items.Count);
        long count = 1;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not long d || d < 0 || d > int.MaxValue)
            {
                throw new DataFormatException(
                    $"{where}, field 'shape'[{i}]: {Describe(items[i])} is not a dimension between 0 and {int.MaxValue}; the header is corrupt.");
            }

            dims.Add((int)d);
            count = d == 0 || count <= long.MaxValue / 16 / d ? count * d : throw new DataFormatException(
                $"{where}, field 'shape': the element count of {string.Join(" x ", items)} overflows; the header is corrupt.");
        }

        return (dims.MoveToImmutable(), count);
    }

    private static object? Require(Dictionary<string, object?> dict, string key, string fileName) =>
        dict.TryGetValue(key, out var value) ? value : throw new DataFormatException(
            $"{fileName}: npy header has no '{key}' key; an npy header needs 'descr', 'fortran_order' and 'shape'. " +
            "Re-save the array with numpy.save.");

    private static string Describe(object? value) => value switch
    {
        null => "None",
        string s => $"'{s}'",
        bool b => b ? "True" : "False",
        List<object?> l => $"({string.Join(", ", l.Select(Describe))})",
        _ => value.ToString() ?? "?",
    };

    private static string DecodeUtf8(byte[] bytes, string fileName, long offset)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DataFormatException($"{fileName}: byte offset {offset}: npy v3 header is not valid utf-8; the file is corrupt.", e);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> or reports a truncated file naming the part and offsets.</summary>
    internal static void ReadExactly(Stream stream, Span<byte> buffer, string fileName, long offset, string part)
    {
        var got = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (got < buffer.Length)
        {
            throw new DataFormatException(
                $"{fileName}: truncated npy {part}: expected {buffer.Length} bytes at byte offset {offset} but the file ends after {got}; " +
                "the file was cut short (incomplete download or copy), re-create it.");
        }
    }
}
