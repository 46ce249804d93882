using System.Collections.Immutable;

namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// Converts between row-major 0/1 masks, COCO RLE (<see cref="RleMask"/>), pycocotools' compressed
/// counts strings and COCO polygons. Masks in this runtime are row-major, COCO runs are column-major,
/// so the encoder and decoder do the transposition while walking the runs.
/// </summary>
public static class RleCodec
{
    /// <summary>Run-length encodes a row-major mask; any nonzero byte is a set pixel.</summary>
    /// <exception cref="ArgumentException">The mask length is not height*width.</exception>
    public static RleMask Encode(ReadOnlySpan<byte> rowMajorMask, int height, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        if (rowMajorMask.Length != (long)height * width)
        {
            throw new ArgumentException($"mask has {rowMajorMask.Length} bytes, expected {height}*{width}", nameof(rowMajorMask));
        }

        var counts = ImmutableArray.CreateBuilder<int>();
        var current = false;
        var run = 0;
        for (var x = 0; x < width; x++)
        {
            for (var i = x; i < rowMajorMask.Length; i += width)
            {
                var set = rowMajorMask[i] != 0;
                if (set != current)
                {
                    counts.Add(run);
                    run = 0;
                    current = set;
                }

                run++;
            }
        }

        // Like pycocotools, always close the last run (so an empty mask encodes as [0]).
        counts.Add(run);
        return new RleMask(height, width, counts.ToImmutable());
    }

    /// <summary>Decodes to a new row-major array of 0/1 bytes of length height*width.</summary>
    public static byte[] Decode(RleMask rle)
    {
        ArgumentNullException.ThrowIfNull(rle);
        var result = new byte[(long)rle.Height * rle.Width];
        Decode(rle, result);
        return result;
    }

    /// <summary>Decodes into <paramref name="rowMajorDestination"/>, which must hold exactly height*width bytes.</summary>
    /// <exception cref="ArgumentException">The destination length is not height*width.</exception>
    public static void Decode(RleMask rle, Span<byte> rowMajorDestination)
    {
        ArgumentNullException.ThrowIfNull(rle);
        var (h, w) = (rle.Height, rle.Width);
        if (rowMajorDestination.Length != (long)h * w)
        {
            throw new ArgumentException($"destination has {rowMajorDestination.Length} bytes, expected {h}*{w}", nameof(rowMajorDestination));
        }

        rowMajorDestination.Clear();
        int x = 0, y = 0;
        var counts = rle.Counts;
        for (var c = 0; c < counts.Length; c++)
        {
            var run = counts[c];
            if ((c & 1) == 0)
            {
                // Skip an unset run without touching memory: advance the column-major position.
                var position = ((long)x * h) + y + run;
                if (h > 0)
                {
                    (x, y) = ((int)(position / h), (int)(position % h));
                }

                continue;
            }

            for (var k = 0; k < run; k++)
            {
                rowMajorDestination[(y * w) + x] = 1;
                if (++y == h)
                {
                    y = 0;
                    x++;
                }
            }
        }
    }

    /// <summary>
    /// pycocotools' <c>rleToString</c>: each count (for i &gt; 2, its difference from the count two
    /// back) as a signed little-endian sequence of 5-bit chunks, bit 0x20 meaning "more", plus 48.
    /// </summary>
    public static string ToCompressedString(ImmutableArray<int> counts) => RleStringCodec.Encode(counts);

    /// <summary>pycocotools' <c>rleFrString</c>, the inverse of <see cref="ToCompressedString"/>.</summary>
    /// <exception cref="DataFormatException">A character outside '0'..'o', a truncated value, or a negative count; names the position.</exception>
    public static ImmutableArray<int> FromCompressedString(string text) => RleStringCodec.Decode(text);

    /// <summary>
    /// Rasterises COCO polygons (<c>[x1, y1, x2, y2, ...]</c> in pixel coordinates, origin at the
    /// top-left corner of pixel (0,0)) and returns their union. Rule: pixel (col, row) is set when its
    /// centre (col + 0.5, row + 0.5) is inside a polygon by the even-odd rule, edges half-open.
    /// This differs slightly from pycocotools' frPyObjects, which upsamples the boundary; areas agree
    /// to within the boundary pixels.
    /// </summary>
    /// <exception cref="DataFormatException">A polygon with an odd number of coordinates or a non-finite one.</exception>
    public static RleMask FromPolygons(IReadOnlyList<IReadOnlyList<double>> polygons, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        // The raster is scratch (only its runs are kept): a pooled buffer, so loading a COCO file's polygons does not
        // allocate a full image per annotation. Sizes are checked against DataLimits before any polygon is read.
        var length = checked(height * width);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var mask = buffer.AsSpan(0, length);
            mask.Clear();
            for (var p = 0; p < polygons.Count; p++)
            {
                PolygonRasterizer.Fill(polygons[p], p, mask, height, width);
            }

            return Encode(mask, height, width);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
