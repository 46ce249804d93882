using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>A pixel position (x right, y down).</summary>
public readonly record struct PixelPoint(int X, int Y);

/// <summary>Two points for the point-depth questions.</summary>
public readonly record struct PointPair(PixelPoint First, PixelPoint Second);

/// <summary>Anchor, a second point on the same object, and a point at the same distance off it.</summary>
public readonly record struct SegmentationTriple(PixelPoint Anchor, PixelPoint Same, PixelPoint Different);

/// <summary>Random point sampling for the depth and segmentation families.</summary>
public static class Points
{
    /// <summary>How many draws a sampler makes before giving up (the reference's 10).</summary>
    public const int Tries = 10;

    /// <summary>
    /// Two uniformly random pixels whose rounded ratios differ and whose depths differ by at least
    /// <paramref name="threshold"/>; up to <see cref="Tries"/> draws. Unlike the reference (which then used the last
    /// pair anyway), false when no pair reaches the threshold: a question about equal depths has no answer.
    /// </summary>
    public static bool TryDepthPair(SceneGraph graph, DeterministicRandom random, double threshold, out PointPair pair)
    {
        var map = (graph.Depth ?? throw new InvalidOperationException($"Image {graph.ImageId} has no depth map.")).Load();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var a = new PixelPoint(random.NextInt(map.Width), random.NextInt(map.Height));
            var b = new PixelPoint(random.NextInt(map.Width), random.NextInt(map.Height));
            if (Geometry.SameRoundedPoint(a.X, a.Y, b.X, b.Y, graph.Width, graph.Height)) continue;
            if (Math.Abs(map[a.X, a.Y] - map[b.X, b.Y]) >= threshold)
            {
                pair = new PointPair(a, b);
                return true;
            }
        }
        pair = default;
        return false;
    }

    /// <summary>
    /// The masks painted in object order onto one map (a later object wins where masks overlap): each pixel holds
    /// its object's index + 1, or 0 for background. The segmentation questions sample from this map.
    /// </summary>
    public static int[] LabelMap(SceneGraph graph)
    {
        var masks = graph.Masks ?? throw new InvalidOperationException($"Image {graph.ImageId} has no masks.");
        var map = new int[graph.Width * graph.Height];
        for (var i = 0; i < masks.Count; i++)
        {
            var pixels = masks.Get(i).Pixels;
            for (var p = 0; p < map.Length && p < pixels.Length; p++)
                if (pixels[p] != 0) map[p] = i + 1;
        }
        return map;
    }

    /// <summary>
    /// For object <paramref name="objectIndex"/>'s region of <paramref name="labelMap"/>: a random anchor pixel, a
    /// second random region pixel whose rounded ratio differs (up to <see cref="Tries"/> draws), and, for each, up to
    /// <see cref="Tries"/> random directions for a point at the same distance from the anchor that lies inside the
    /// image, outside the region, and prints differently from both. False when any step finds nothing.
    /// </summary>
    public static bool TrySegmentationTriple(SceneGraph graph, int[] labelMap, int objectIndex, DeterministicRandom random, out SegmentationTriple triple)
    {
        triple = default;
        var (w, h) = (graph.Width, graph.Height);
        var region = new List<int>();
        for (var p = 0; p < labelMap.Length; p++) if (labelMap[p] == objectIndex + 1) region.Add(p);
        if (region.Count < 2) return false;

        var anchorIndex = region[random.NextInt(region.Count)];
        var anchor = new PixelPoint(anchorIndex % w, anchorIndex / w);
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var sameIndex = region[random.NextInt(region.Count)];
            var same = new PixelPoint(sameIndex % w, sameIndex / w);
            if (Geometry.SameRoundedPoint(anchor.X, anchor.Y, same.X, same.Y, w, h)) continue;
            var distance = Math.Sqrt(Math.Pow(same.X - anchor.X, 2) + Math.Pow(same.Y - anchor.Y, 2));
            for (var turn = 0; turn < Tries; turn++)
            {
                var angle = random.Uniform(0, 2 * Math.PI);
                var x = (int)Math.Round(anchor.X + distance * Math.Cos(angle));
                var y = (int)Math.Round(anchor.Y + distance * Math.Sin(angle));
                if (x < 0 || y < 0 || x >= w || y >= h || labelMap[y * w + x] == objectIndex + 1) continue;
                if (Geometry.SameRoundedPoint(x, y, anchor.X, anchor.Y, w, h) || Geometry.SameRoundedPoint(x, y, same.X, same.Y, w, h)) continue;
                triple = new SegmentationTriple(anchor, same, new PixelPoint(x, y));
                return true;
            }
        }
        return false;
    }
}
