using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class PointsTests : IDisposable
{
    private const int W = 40, H = 30;
    private readonly TempFolder _dir = new();
    private readonly ResourceCache _cache = new(16 << 20);

    public void Dispose() => _dir.Dispose();

    private DepthSource Depth(Func<int, int, byte> value, string name)
    {
        var pixels = new byte[W * H];
        for (var y = 0; y < H; y++) for (var x = 0; x < W; x++) pixels[y * W + x] = value(x, y);
        using (var s = File.Create(_dir.File(name))) NpyWriter.WriteUInt8(s, [H, W], pixels);
        return new DepthSource(_dir.File(name), DepthConvention.LargerIsCloser, new DepthRange(0, 255), _cache);
    }

    private RleMaskSet Masks(params Func<int, int, bool>[] shapes) =>
        new(shapes.Select(shape =>
        {
            var pixels = new byte[W * H];
            for (var y = 0; y < H; y++) for (var x = 0; x < W; x++) pixels[y * W + x] = shape(x, y) ? (byte)1 : (byte)0;
            return RleCodec.Encode(pixels, H, W);
        }).ToImmutableArray(), _cache);

    private static SceneGraph Graph(MaskSet? masks = null, DepthSource? depth = null, int objects = 0) =>
        new("p", null, W, H, Enumerable.Range(0, objects).Select(i => new SceneObject($"o{i}", new Box(0, 0, W, H))).ToImmutableArray(), [], masks, depth);

    [Fact]
    public void Depth_pairs_differ_by_the_threshold_or_are_not_found()
    {
        var split = Graph(depth: Depth((x, _) => x < W / 2 ? (byte)10 : (byte)200, "split.npy"));
        var flat = Graph(depth: Depth((_, _) => 90, "flat.npy"));
        var map = split.Depth!.Load();

        for (var seed = 0UL; seed < 50; seed++)
        {
            if (!Points.TryDepthPair(split, new RandomKey(seed, "g", "p", 0).CreateRandom(), 50, out var pair)) continue;
            Assert.True(Math.Abs(map[pair.First.X, pair.First.Y] - map[pair.Second.X, pair.Second.Y]) >= 50);
            Assert.False(Geometry.SameRoundedPoint(pair.First.X, pair.First.Y, pair.Second.X, pair.Second.Y, W, H));
        }
        Assert.False(Points.TryDepthPair(flat, new RandomKey(1, "g", "p", 0).CreateRandom(), 50, out _));
    }

    [Fact]
    public void Label_map_paints_later_objects_over_earlier_ones()
    {
        var graph = Graph(Masks((x, _) => x < 20, (x, _) => x >= 10 && x < 30), objects: 2);

        var map = Points.LabelMap(graph);

        Assert.Equal(1, map[5 * W + 5]);
        Assert.Equal(2, map[5 * W + 15]);   // both masks: the later one wins
        Assert.Equal(0, map[5 * W + 35]);
    }

    [Fact]
    public void Segmentation_triples_put_two_points_inside_and_one_outside_at_the_same_distance()
    {
        var graph = Graph(Masks((x, y) => x >= 5 && x < 20 && y >= 5 && y < 20), objects: 1);
        var map = Points.LabelMap(graph);
        var found = 0;
        for (var seed = 0UL; seed < 40; seed++)
        {
            if (!Points.TrySegmentationTriple(graph, map, 0, new RandomKey(seed, "seg", "p", 0).CreateRandom(), out var t)) continue;
            found++;
            Assert.Equal(1, map[t.Anchor.Y * W + t.Anchor.X]);
            Assert.Equal(1, map[t.Same.Y * W + t.Same.X]);
            Assert.NotEqual(1, map[t.Different.Y * W + t.Different.X]);
            var d1 = Math.Sqrt(Math.Pow(t.Same.X - t.Anchor.X, 2) + Math.Pow(t.Same.Y - t.Anchor.Y, 2));
            var d2 = Math.Sqrt(Math.Pow(t.Different.X - t.Anchor.X, 2) + Math.Pow(t.Different.Y - t.Anchor.Y, 2));
            Assert.InRange(d2, d1 - 1, d1 + 1); // rounding to whole pixels
        }
        Assert.True(found > 20, $"only {found} of 40 seeds found a triple");
    }

    [Fact]
    public void A_region_too_small_or_covering_the_image_gives_no_triple()
    {
        var dot = Graph(Masks((x, y) => x == 3 && y == 3), objects: 1);
        Assert.False(Points.TrySegmentationTriple(dot, Points.LabelMap(dot), 0, new RandomKey(1, "s", "p", 0).CreateRandom(), out _));

        var everything = Graph(Masks((_, _) => true), objects: 1);
        Assert.False(Points.TrySegmentationTriple(everything, Points.LabelMap(everything), 0, new RandomKey(1, "s", "p", 0).CreateRandom(), out _));
    }
}
