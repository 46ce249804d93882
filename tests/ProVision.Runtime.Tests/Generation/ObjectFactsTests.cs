using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawn image answers <c>o.attributes</c> (<see cref="SceneGraph.AttributesOf"/>) from the object facts the index
/// wrote once per image, without building its objects; the answer must equal the attributes of the graph added, before
/// and after the objects are read, and the facts must leave the drawn graph equal to the graph added.
/// </summary>
public sealed class ObjectFactsTests
{
    private static SceneObject Object(string label, double x, double? score, params string[] attributes) =>
        new(label, new Box(x, x, x + 1.5, x + 2), score, [.. attributes]);

    private static SceneGraph Drawn(SceneGraph graph)
    {
        // Another image first, so that the graph's label and attribute set ids are not 0, 1, 2 ...
        var other = new SceneGraph("other", null, 10, 10, [Object("zebra", 0, null, "striped"), Object("man", 1, 0.5, "tall", "old")], []);
        return new DataSetIndex([other, graph])[1];
    }

    public static TheoryData<SceneObject[]> Images => new()
    {
        // Empty, one and several attributes; a set shared by two objects; the same names in another order (another set).
        { [Object("car", 0, null, "red", "big"), Object("car", 3, null), Object("man", 5, 0.25, "tall"), Object("dog", 7, null, "red", "big"), Object("cat", 9, null, "big", "red")] },
        // Boxes as floats and as doubles, scores, an attribute repeated within one object.
        { [Object("tree", 0.5, 0.125, "green", "green"), Object("sky", 0.1, 0.9, "blue"), Object("sign", 1e9 + 0.3, null)] },
        // Only objects without attributes.
        { [Object("car", 0, null), Object("car", 1, null)] },
        // No objects.
        { [] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void A_drawn_image_reads_each_objects_attributes_without_building_its_objects(SceneObject[] objects)
    {
        var graph = new SceneGraph("img", null, 100, 100, [.. objects], [new Relation(0, "near", objects.Length - 1)]);
        var drawn = Drawn(graph);

        // Before the objects are read, from the facts (last object first: the facts are decoded once, in any order).
        for (var i = objects.Length - 1; i >= 0; i--)
        {
            Assert.Equal(graph.Objects[i].Attributes.AsEnumerable(), drawn.AttributesOf(i).AsEnumerable());
        }
        // After the objects are read, the same lists as the objects are built with.
        for (var i = 0; i < objects.Length; i++)
        {
            Assert.Equal(drawn.Objects[i].Attributes.AsEnumerable(), drawn.AttributesOf(i).AsEnumerable());
        }
        // A graph not drawn answers from its objects.
        for (var i = 0; i < objects.Length; i++)
        {
            Assert.Equal(graph.Objects[i].Attributes.AsEnumerable(), graph.AttributesOf(i).AsEnumerable());
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void A_drawn_image_reads_each_objects_box_without_building_its_objects(SceneObject[] objects)
    {
        var graph = new SceneGraph("img", null, 100, 100, [.. objects], [new Relation(0, "near", objects.Length - 1)]);
        var index = new DataSetIndex([new SceneGraph("other", null, 10, 10, [Object("zebra", 0.25, 0.5, "striped")], []), graph]);

        // The first draw reads the boxes from the summary (last object first), a second draw gets the boxes kept.
        foreach (var drawn in new[] { index[1], index[1] })
        {
            for (var i = objects.Length - 1; i >= 0; i--)
            {
                Assert.Equal(graph.Objects[i].Box, drawn.BoxOf(i));
            }
            Assert.False(drawn.ObjectsRead);
        }
        // After the objects are read, and on a graph not drawn: the objects' boxes.
        var read = index[1];
        for (var i = 0; i < objects.Length; i++)
        {
            Assert.Equal(read.Objects[i].Box, read.BoxOf(i));
            Assert.Equal(graph.Objects[i].Box, graph.BoxOf(i));
        }
        Assert.Throws<IndexOutOfRangeException>(() => index[1].BoxOf(objects.Length));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void A_drawn_image_with_object_facts_still_equals_the_graph_added(SceneObject[] objects)
    {
        var graph = new SceneGraph("img", null, 100, 100, [.. objects],
            objects.Length < 2 ? [] : [new Relation(0, "near", 1), new Relation(1, "on", 0)]);

        // Attributes asked first, then objects, then relations; and relations first (the facts and boxes skipped).
        var drawn = Drawn(graph);
        for (var i = 0; i < objects.Length; i++) _ = drawn.AttributesOf(i);
        AssertEqual(graph, drawn);
        var relationsFirst = Drawn(graph);
        Assert.Equal(graph.Relations.AsEnumerable(), relationsFirst.Relations.AsEnumerable());
        AssertEqual(graph, relationsFirst);
        Assert.Equal(objects.Length, relationsFirst.ObjectCount);
    }

    [Fact]
    public void An_index_outside_the_objects_is_refused_as_by_the_objects_list()
    {
        var objects = new[] { Object("car", 0, null, "red"), Object("man", 1, null) };
        var graph = new SceneGraph("img", null, 100, 100, [.. objects], []);
        var drawn = Drawn(graph);

        Assert.Throws<IndexOutOfRangeException>(() => drawn.AttributesOf(2));
        Assert.Throws<IndexOutOfRangeException>(() => drawn.AttributesOf(-1));
        Assert.Throws<IndexOutOfRangeException>(() => graph.AttributesOf(2));
        Assert.Equal(["red"], drawn.AttributesOf(0).AsEnumerable());
        Assert.Empty(Drawn(new SceneGraph("empty", null, 1, 1, [], [])).Objects);
        Assert.Throws<IndexOutOfRangeException>(() => Drawn(new SceneGraph("empty", null, 1, 1, [], [])).AttributesOf(0));
    }

    [Fact]
    public void A_large_image_with_ids_past_one_byte_keeps_every_objects_attributes()
    {
        // 700 objects, 350 labels and 700 distinct attribute sets: label and set ids take two varint bytes.
        var objects = Enumerable.Range(0, 700)
            .Select(i => Object("thing" + (i % 350), i, i % 3 == 0 ? i / 1000.0 : null, "a" + i, "b" + (i % 7)))
            .ToArray();
        var graph = new SceneGraph("big", null, 1000, 1000, [.. objects], [new Relation(699, "near", 0)]);
        var drawn = Drawn(graph);

        for (var i = 0; i < objects.Length; i++)
        {
            Assert.Equal(objects[i].Attributes.AsEnumerable(), drawn.AttributesOf(i).AsEnumerable());
        }
        AssertEqual(graph, drawn);
    }

    private static void AssertEqual(SceneGraph expected, SceneGraph actual)
    {
        Assert.Equal(expected.Objects.Length, actual.Objects.Length);
        for (var i = 0; i < expected.Objects.Length; i++)
        {
            var (x, y) = (expected.Objects[i], actual.Objects[i]);
            Assert.Equal(x.Label, y.Label);
            Assert.Equal(x.Box, y.Box);
            Assert.Equal(x.Score, y.Score);
            Assert.Equal(x.Attributes.AsEnumerable(), y.Attributes.AsEnumerable());
        }
        Assert.Equal(expected.Relations.AsEnumerable(), actual.Relations.AsEnumerable());
    }
}
