namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// Even-odd scanline fill of one COCO polygon at pixel centres, OR-ed into a row-major mask.
/// For each row the centre line y = row + 0.5 is crossed with every edge (half-open in y, so a
/// vertex shared by two edges is counted once); the sorted crossings pair up into spans, and a
/// pixel is set when its centre x = col + 0.5 lies in [left, right).
/// </summary>
internal static class PolygonRasterizer
{
    /// <summary>
    /// Fills polygon <paramref name="coords"/> (x1, y1, x2, y2, ...) into the row-major
    /// <paramref name="mask"/>; <paramref name="polygonIndex"/> only labels error messages.
    /// </summary>
    public static void Fill(IReadOnlyList<double> coords, int polygonIndex, Span<byte> mask, int height, int width)
    {
        ArgumentNullException.ThrowIfNull(coords);
        if (coords.Count % 2 != 0)
        {
            throw new DataFormatException(
                $"polygon {polygonIndex}: {coords.Count} coordinates is an odd number; a COCO polygon is [x1, y1, x2, y2, ...].");
        }

        var n = coords.Count / 2;
        var xs = new double[n];
        var ys = new double[n];
        double minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            (xs[i], ys[i]) = (coords[2 * i], coords[(2 * i) + 1]);
            if (!double.IsFinite(xs[i]) || !double.IsFinite(ys[i]))
            {
                throw new DataFormatException(
                    $"polygon {polygonIndex}, point {i}: ({xs[i]}, {ys[i]}) is not finite; fix the annotation's coordinates.");
            }

            minY = Math.Min(minY, ys[i]);
            maxY = Math.Max(maxY, ys[i]);
        }

        // Fewer than 3 vertices enclose no area.
        if (n < 3 || height == 0 || width == 0)
        {
            return;
        }

        var firstRow = Math.Max(0, (int)Math.Floor(minY - 0.5));
        var lastRow = Math.Min(height - 1, (int)Math.Ceiling(maxY - 0.5));
        var crossings = new List<double>(n);
        for (var row = firstRow; row <= lastRow; row++)
        {
            var yc = row + 0.5;
            crossings.Clear();
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                // Half-open in y: an edge counts when yc is in [min(y), max(y)); horizontal edges never do.
                if ((ys[i] <= yc) != (ys[j] <= yc))
                {
                    crossings.Add(xs[j] + ((yc - ys[j]) * (xs[i] - xs[j]) / (ys[i] - ys[j])));
                }
            }

            crossings.Sort();
            var rowSpan = mask.Slice(row * width, width);
            for (var c = 0; c + 1 < crossings.Count; c += 2)
            {
                // Columns whose centre col + 0.5 lies in [left, right).
                var from = Math.Max(0, (int)Math.Ceiling(crossings[c] - 0.5));
                var to = Math.Min(width, (int)Math.Ceiling(crossings[c + 1] - 0.5));
                if (from < to)
                {
                    rowSpan[from..to].Fill(1);
                }
            }
        }
    }
}
