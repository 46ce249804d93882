using System.Collections.Immutable;
using System.Text;

namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// pycocotools' compressed counts string (maskApi.c rleToString / rleFrString), reproduced exactly
/// so strings interchange with COCO tooling. Quirk kept on purpose: the delta from the count two
/// back applies only for i &gt; 2 (not i &gt;= 2), exactly as the C code does.
/// </summary>
internal static class RleStringCodec
{
    private const int Offset = 48;  // chunks are printable: '0' (48) .. 'o' (111)

    /// <summary>Encodes counts into the compressed string.</summary>
    public static string Encode(ImmutableArray<int> counts)
    {
        if (counts.IsDefault)
        {
            throw new ArgumentException("counts are a default ImmutableArray", nameof(counts));
        }

        var sb = new StringBuilder(counts.Length * 2);
        for (var i = 0; i < counts.Length; i++)
        {
            long x = counts[i];
            if (i > 2)
            {
                x -= counts[i - 2];
            }

            var more = true;
            while (more)
            {
                var c = (int)(x & 0x1f);
                x >>= 5;  // arithmetic shift: negative deltas end when the rest is all ones

                // Stop once the remaining bits are pure sign extension of the chunk's top bit (0x10).
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more)
                {
                    c |= 0x20;
                }

                sb.Append((char)(c + Offset));
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes a compressed string into counts, validating every character.</summary>
    public static ImmutableArray<int> Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = ImmutableArray.CreateBuilder<int>(text.Length);
        var p = 0;
        while (p < text.Length)
        {
            var start = p;
            long x = 0;
            var k = 0;
            var more = true;
            while (more)
            {
                if (p >= text.Length)
                {
                    throw Error(text, start, $"count {counts.Count} starting at position {start} is cut off: the last character has the continuation bit (0x20) set");
                }

                var c = text[p] - Offset;
                if (c is < 0 or > 63)
                {
                    throw Error(text, p, $"character '{text[p]}' (U+{(int)text[p]:X4}) at position {p} is not a compressed-RLE character ('0'..'o')");
                }

                if (k >= 12)
                {
                    throw Error(text, start, $"count {counts.Count} starting at position {start} has more than 12 chunks and overflows");
                }

                x |= (long)(c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0)
                {
                    x |= -1L << (5 * k);  // sign-extend a negative delta
                }
            }

            if (counts.Count > 2)
            {
                x += counts[counts.Count - 2];
            }

            if (x is < 0 or > int.MaxValue)
            {
                throw Error(text, start, $"count {counts.Count} (chunk at position {start}) decodes to {x}, outside 0..{int.MaxValue}");
            }

            counts.Add((int)x);
        }

        return counts.ToImmutable();
    }

    private static DataFormatException Error(string text, int position, string what)
    {
        var excerpt = text.Length <= 40 ? text : text.Substring(Math.Max(0, position - 10), Math.Min(20, text.Length - Math.Max(0, position - 10)));
        return new DataFormatException(
            $"compressed RLE string: {what} (near \"{excerpt}\"); the string is corrupt or was not produced by pycocotools' " +
            "encode/rleToString (an uncompressed counts list must be given as a JSON array, not a string).");
    }
}
