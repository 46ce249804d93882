using System.Buffers;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Depth helpers with one convention everywhere: every comparison goes through the map's declared
/// <see cref="DepthConvention"/>, the Fix for the reference's mixed conventions.
/// </summary>
public static class Depth
{
    /// <summary>The range the default threshold of 50 refers to: 0-255 maps, as in the reference data.</summary>
    public const double ReferenceRange = 255;

    /// <summary>
    /// <paramref name="threshold"/>, given on the 0-255 scale, scaled to a map's declared range:
    /// <c>threshold * (max - min) / 255</c>; unchanged when the range is unknown (null).
    /// </summary>
    public static double ScaledThreshold(double threshold, DepthRange? range) =>
        range is { } r ? threshold * (r.Max - r.Min) / ReferenceRange : threshold;

    /// <summary>True when depth value <paramref name="a"/> is closer to the camera than <paramref name="b"/> under <paramref name="convention"/>.</summary>
    public static bool IsCloser(double a, double b, DepthConvention convention) =>
        convention == DepthConvention.LargerIsCloser ? a > b : a < b;

    /// <summary>True when depth value <paramref name="a"/> is closer than <paramref name="b"/> under the graph's depth map's convention (the .pvg <c>isCloser</c>).</summary>
    /// <exception cref="InvalidOperationException">The graph has no depth map.</exception>
    public static bool IsCloser(SceneGraph graph, double a, double b)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var map = graph.Depth ?? throw new InvalidOperationException($"Image {graph.ImageId} has no depth map.");
        return IsCloser(a, b, map.Convention);
    }

    /// <summary>True when depth value <paramref name="a"/> is farther from the camera than <paramref name="b"/>.</summary>
    public static bool IsFarther(double a, double b, DepthConvention convention) => IsCloser(b, a, convention);

    /// <summary>True when the two depths differ by at least <paramref name="threshold"/>.</summary>
    public static bool DiffersBy(double a, double b, double threshold) => Math.Abs(a - b) >= threshold;

    /// <summary>The depth value at a point, its coordinates truncated to the pixel (the .pvg <c>pointDepth</c>).</summary>
    public static double PointDepth(SceneGraph graph, (double X, double Y) point) => PointDepth(graph, (int)point.X, (int)point.Y);

    /// <summary>The depth value at pixel (x, y) of the graph's depth map.</summary>
    /// <exception cref="InvalidOperationException">The graph has no depth map.</exception>
    public static double PointDepth(SceneGraph graph, int x, int y)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var map = (graph.Depth ?? throw new InvalidOperationException($"Image {graph.ImageId} has no depth map.")).Load();
        return map[x, y];
    }

    /// <summary>
    /// The object's depth: the most frequent depth value over its mask's pixels, ties going to the smallest value,
    /// as a raw value in the map's own convention. False when the graph has no masks or no depth, or the mask is empty.
    /// </summary>
    public static bool TryObjectDepth(SceneGraph graph, int objectIndex, out double depth)
    {
        ArgumentNullException.ThrowIfNull(graph);
        depth = 0;
        if (graph.Masks is null || graph.Depth is null || objectIndex < 0 || objectIndex >= graph.Masks.Count)
        {
            return false;
        }
        return TryObjectDepth(graph.Masks.Get(objectIndex), graph.Depth.Load(), out depth);
    }

    /// <summary>
    /// The mode of the depth values under the mask (ties: smallest value; NaN pixels ignored). A mask of another size
    /// than the map is sampled nearest-neighbour. False for an empty mask.
    /// </summary>
    public static bool TryObjectDepth(BitMask mask, DepthMap map, out double depth)
    {
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(map);
        depth = 0;
        var area = mask.Area;
        if (area == 0)
        {
            return false;
        }
        var values = ArrayPool<float>.Shared.Rent(area);
        try
        {
            var count = Gather(mask, map, values, out var allBytes);
            if (count == 0)
            {
                return false;
            }
            depth = allBytes ? ByteMode(values.AsSpan(0, count)) : Mode(values.AsSpan(0, count));
            return true;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(values);
        }
    }

    private static int Gather(BitMask mask, DepthMap map, float[] values, out bool allBytes)
    {
        var pixels = mask.Pixels;
        var depths = map.Values;
        var sameSize = mask.Width == map.Width && mask.Height == map.Height;
        var count = 0;
        allBytes = true;
        for (var y = 0; y < mask.Height; y++)
        {
            var row = y * mask.Width;
            var mapRow = (sameSize ? y : (int)((long)y * map.Height / mask.Height)) * map.Width;
            for (var x = 0; x < mask.Width; x++)
            {
                if (pixels[row + x] == 0)
                {
                    continue;
                }
                var value = depths[mapRow + (sameSize ? x : (int)((long)x * map.Width / mask.Width))];
                if (float.IsNaN(value))
                {
                    continue;
                }
                allBytes &= value is >= 0 and <= 255 && value == MathF.Floor(value);
                values[count++] = value;
            }
        }
        return count;
    }

    /// <summary>Integer values in 0..255 (the common uint8 map): a histogram, O(n).</summary>
    private static double ByteMode(ReadOnlySpan<float> values)
    {
        Span<int> histogram = stackalloc int[256];
        histogram.Clear();
        foreach (var value in values)
        {
            histogram[(int)value]++;
        }
        var best = 0;
        for (var v = 1; v < 256; v++)
        {
            if (histogram[v] > histogram[best])
            {
                best = v; // strictly greater: ties keep the smaller value
            }
        }
        return best;
    }

    /// <summary>Any other values: sort, then the longest run; the first longest run holds the smallest value.</summary>
    private static double Mode(Span<float> values)
    {
        values.Sort();
        var best = values[0];
        var bestLength = 0;
        for (var start = 0; start < values.Length;)
        {
            var end = start + 1;
            while (end < values.Length && values[end] == values[start])
            {
                end++;
            }
            if (end - start > bestLength)
            {
                best = values[start];
                bestLength = end - start;
            }
            start = end;
        }
        return best;
    }
}
