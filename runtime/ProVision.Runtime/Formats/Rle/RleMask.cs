using System.Collections.Immutable;

namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// A binary mask in COCO run-length encoding: runs over the mask flattened in COLUMN-MAJOR (Fortran)
/// order, alternating unset/set, the first run counting unset pixels (0 when pixel (0,0) is set).
/// The counts always sum to <see cref="Height"/> * <see cref="Width"/>; the constructor enforces it,
/// so any <see cref="RleMask"/> in hand is well-formed.
/// </summary>
public sealed class RleMask
{
    /// <summary>Creates a mask from its run counts.</summary>
    /// <exception cref="DataFormatException">A negative size or count, or counts that do not sum to height*width.</exception>
    public RleMask(int height, int width, ImmutableArray<int> counts)
    {
        var problem = Validate(height, width, counts, out var area);
        if (problem is not null)
        {
            throw new DataFormatException($"RLE mask: {problem}");
        }

        Height = height;
        Width = width;
        Counts = counts;
        Area = area;
    }

    /// <summary>Rows of the mask.</summary>
    public int Height { get; }

    /// <summary>Columns of the mask.</summary>
    public int Width { get; }

    /// <summary>Run lengths, alternating unset/set, starting with unset, in column-major order.</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>Number of set pixels (the sum of the odd-indexed runs).</summary>
    public long Area { get; }

    /// <summary>
    /// Returns null when the counts are valid, else a message naming the offending count or sum and
    /// the fix, without any location prefix so callers (e.g. <see cref="RleMaskFile"/>) can add theirs.
    /// </summary>
    internal static string? Validate(int height, int width, ImmutableArray<int> counts, out long area)
    {
        area = 0;
        if (height < 0 || width < 0)
        {
            return $"size {height}x{width} is negative; height and width must be >= 0";
        }

        if (counts.IsDefault)
        {
            return "counts are missing (a default ImmutableArray); pass the run lengths";
        }

        long sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                return $"counts[{i}] = {counts[i]} is negative; run lengths must be >= 0 (a corrupt or wrongly decoded counts list)";
            }

            sum += counts[i];
            if ((i & 1) == 1)
            {
                area += counts[i];
            }
        }

        if (sum != (long)height * width)
        {
            return $"sum {sum} != {height}*{width} (= {(long)height * width}); the counts must cover every pixel exactly once " +
                "(check that size is [height, width] and that the counts belong to this image)";
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"RLE {Height}x{Width}, {Counts.Length} runs, area {Area}";
}
