using ProVision.Runtime.Caching;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>The index keeps compact summaries: every drawn image must come back exactly as it was added.</summary>
public sealed class DataSetIndexSummaryTests
{
    private static readonly ResourceCache s_cache = new(1 << 20);

    // Boxes of every packed kind: small integers, negative zero, floats, doubles no float holds, integers beyond 2^30.
    private static SceneGraph Varied() => new("img-7", "dir/img 7.jpg", 640, 480,
    [
        new SceneObject("dog", new Box(0, 5, 100, 200), attributes: ["brown", "small"]),
        new SceneObject("dog", new Box(-0.0, -3, 2.5, 7.25), score: 0.875, attributes: ["small", "brown"]),
        new SceneObject("cat", new Box(0.1, 1.0 / 3, 3e9, -2e9), score: 1e-300),
        new SceneObject("table", new Box(double.PositiveInfinity, 1, 2, double.MaxValue), attributes: ["brown"]),
    ],
    [new Relation(0, "near", 2), new Relation(2, "on", 3), new Relation(-1, "near", 99)],
    masks: new FileMaskSet("masks/img-7.npy", 4, s_cache),
    depth: new DepthSource("depth/img-7.npy", DepthConvention.LargerIsCloser, null, s_cache),
    caption: "a dog", source: "vg:7");

    [Fact]
    public void A_rebuilt_image_equals_the_graph_added_field_for_field()
    {
        var added = Varied();
        var index = new DataSetIndex([added, new SceneGraph("empty", null, 1, 1, [], [])]);

        var rebuilt = index[0];

        Assert.NotSame(added, rebuilt);
        Assert.Equal((added.ImageId, added.ImagePath, added.Width, added.Height, added.Caption, added.Source),
            (rebuilt.ImageId, rebuilt.ImagePath, rebuilt.Width, rebuilt.Height, rebuilt.Caption, rebuilt.Source));
        Assert.Same(added.Masks, rebuilt.Masks);
        Assert.Same(added.Depth, rebuilt.Depth);
        Assert.Equal(added.Objects.Length, rebuilt.Objects.Length);
        for (var i = 0; i < added.Objects.Length; i++)
        {
            var (a, b) = (added.Objects[i], rebuilt.Objects[i]);
            Assert.Equal(a.Label, b.Label);
            Assert.Equal(a.Score, b.Score);
            Assert.Equal(a.Attributes.AsEnumerable(), b.Attributes.AsEnumerable());
            // Bitwise, so negative zero and every double survive exactly.
            Assert.Equal(Bits(a.Box), Bits(b.Box));
        }
        Assert.Equal(added.Relations.AsEnumerable(), rebuilt.Relations.AsEnumerable());
        Assert.Equal(4, index.ObjectCount(0));
        Assert.Equal(0, index.ObjectCount(1));
        Assert.Empty(index[1].Objects);
        Assert.Null(index[1].Masks);
    }

    [Fact]
    public void A_drawn_image_read_relations_first_skips_its_objects_and_still_equals_the_graph_added()
    {
        // Objects and relations are read on first use of each: relations first skips every packed box kind and score.
        var added = Varied();
        var index = new DataSetIndex([added]);

        var relationsFirst = index[0];
        Assert.Equal(added.Relations.AsEnumerable(), relationsFirst.Relations.AsEnumerable());
        Assert.Equal(added.Objects.Select(o => (o.Label, Bits(o.Box), o.Score)), relationsFirst.Objects.Select(o => (o.Label, Bits(o.Box), o.Score)));

        // Read once per graph: a second use returns the same arrays, not a new rebuild.
        Assert.Same(ArrayOf(relationsFirst.Objects), ArrayOf(relationsFirst.Objects));
        Assert.Same(ArrayOf(relationsFirst.Relations), ArrayOf(relationsFirst.Relations));
        Assert.NotSame(ArrayOf(relationsFirst.Objects), ArrayOf(index[0].Objects));
    }

    private static object ArrayOf<T>(System.Collections.Immutable.ImmutableArray<T> array) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(array)!;

    [Fact]
    public void Masks_and_depth_are_kept_only_when_the_drawing_generators_need_them()
    {
        var builder = new DataSetIndex.Builder(DataNeeds.Labels | DataNeeds.Relations);
        builder.Add(Varied());
        var rebuilt = builder.ToIndex()[0];

        Assert.Null(rebuilt.Masks);
        Assert.Null(rebuilt.Depth);
        Assert.Equal("a dog", rebuilt.Caption);
    }

    [Fact]
    public void Labels_and_predicates_come_back_as_one_shared_instance_per_string()
    {
        var builder = new DataSetIndex.Builder();
        builder.Add(Varied());
        builder.Add(Varied());
        var index = builder.ToIndex();

        Assert.Same(index[0].Objects[0].Label, index[1].Objects[1].Label);
        Assert.Same(index[0].Relations[1].Predicate, index[1].Relations[1].Predicate);
        Assert.Equal(["dog", "cat", "table"], index.Labels.AsEnumerable());
        Assert.Equal(["near", "on"], index.Predicates.AsEnumerable());
        Assert.Equal([0, 1], index.ImagesWithLabel("table").ToArray());
    }

    private static (long, long, long, long) Bits(Box box) =>
        (BitConverter.DoubleToInt64Bits(box.X1), BitConverter.DoubleToInt64Bits(box.Y1), BitConverter.DoubleToInt64Bits(box.X2), BitConverter.DoubleToInt64Bits(box.Y2));
}
