using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class DepthTests
{
    private static BitMask Mask(int width, int height, params (int X, int Y)[] on)
    {
        var pixels = new byte[width * height];
        foreach (var (x, y) in on)
        {
            pixels[(y * width) + x] = 1;
        }
        return new BitMask(width, height, pixels);
    }

    private static DepthMap Map(int width, int height, params float[] values) =>
        new(width, height, values, DepthConvention.LargerIsCloser);

    [Fact]
    public void Object_depth_is_the_most_frequent_value_ties_to_the_smallest()
    {
        // 3x2 map; the mask covers values 7, 7, 3, 3, 9: 7 and 3 tie, 3 wins.
        var map = Map(3, 2, 7, 7, 3, 3, 9, 100);
        var mask = Mask(3, 2, (0, 0), (1, 0), (2, 0), (0, 1), (1, 1));
        Assert.True(Depth.TryObjectDepth(mask, map, out var depth));
        Assert.Equal(3, depth);
    }

    [Fact]
    public void Non_integer_maps_use_the_same_rule()
    {
        var map = Map(2, 2, 0.5f, 0.25f, 0.25f, 0.5f);
        Assert.True(Depth.TryObjectDepth(Mask(2, 2, (0, 0), (1, 0), (0, 1), (1, 1)), map, out var depth));
        Assert.Equal(0.25, depth);
        var wide = Map(2, 2, 1000f, 300f, 300f, 5f);
        Assert.True(Depth.TryObjectDepth(Mask(2, 2, (0, 0), (1, 0), (0, 1)), wide, out depth));
        Assert.Equal(300, depth);
    }

    [Fact]
    public void An_empty_mask_has_no_depth_and_a_smaller_mask_samples_nearest()
    {
        Assert.False(Depth.TryObjectDepth(Mask(2, 2), Map(2, 2, 1, 2, 3, 4), out _));
        // A 2x2 mask on a 4x4 map: mask pixel (1, 1) reads map pixel (2, 2).
        var map = Map(4, 4, [.. Enumerable.Range(0, 16).Select(i => (float)i)]);
        Assert.True(Depth.TryObjectDepth(Mask(2, 2, (1, 1)), map, out var depth));
        Assert.Equal(10, depth);
    }

    [Fact]
    public void Graph_object_depth_reads_mask_and_map_files()
    {
        using var folder = new TempFolder();
        var path = folder.File("depth.npy");
        using (var stream = File.Create(path))
        {
            NpyWriter.WriteUInt8(stream, [2, 3], [10, 10, 200, 10, 200, 200]);
        }
        var depth = new DepthSource(path, DepthConvention.LargerIsCloser, null, new ResourceCache(1 << 20));
        var graph = new SceneGraph("g", null, 3, 2,
            [new SceneObject("a", new Box(0, 0, 2, 2)), new SceneObject("b", new Box(1, 0, 3, 2))], [],
            new TestMasks(Mask(3, 2, (0, 0), (1, 0), (0, 1)), Mask(3, 2, (2, 0), (1, 1), (2, 1))),
            depth);
        Assert.True(Depth.TryObjectDepth(graph, 0, out var a));
        Assert.True(Depth.TryObjectDepth(graph, 1, out var b));
        Assert.Equal(10, a);
        Assert.Equal(200, b);
        Assert.True(Depth.IsCloser(b, a, graph.Depth!.Convention));
        Assert.Equal(200, Depth.PointDepth(graph, 2, 1));
        Assert.Equal(50, Depth.ScaledThreshold(50, depth.EffectiveRange())); // uint8: 0..255
        Assert.False(Depth.TryObjectDepth(graph, 5, out _));
    }

    [Fact]
    public void Comparisons_follow_the_declared_convention()
    {
        Assert.True(Depth.IsCloser(200, 10, DepthConvention.LargerIsCloser));
        Assert.False(Depth.IsCloser(200, 10, DepthConvention.LargerIsFarther));
        Assert.True(Depth.IsFarther(200, 10, DepthConvention.LargerIsFarther));
        Assert.True(Depth.DiffersBy(10, 60, 50));
        Assert.False(Depth.DiffersBy(10, 59.9, 50));
    }

    [Fact]
    public void The_threshold_scales_with_the_declared_range()
    {
        Assert.Equal(50, Depth.ScaledThreshold(50, null));
        Assert.Equal(50, Depth.ScaledThreshold(50, new DepthRange(0, 255)));
        Assert.Equal(50.0 * 65535 / 255, Depth.ScaledThreshold(50, new DepthRange(0, 65535)), 9);
        Assert.Equal(50.0 * 10 / 255, Depth.ScaledThreshold(50, new DepthRange(0, 10)), 12);
    }

    private sealed class TestMasks(params BitMask[] masks) : MaskSet
    {
        public override int Count => masks.Length;

        public override string Origin => "test";

        public override BitMask Get(int index) => masks[index];
    }
}
