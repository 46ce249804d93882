using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class SetsTests
{
    private static SceneGraph Graph(params (string Label, Box Box)[] objects) =>
        new("g", null, 100, 100, [.. objects.Select(o => new SceneObject(o.Label, o.Box))], []);

    [Fact]
    public void Groups_come_in_first_appearance_order_with_ascending_members()
    {
        var graph = Graph(("cup", default), ("dog", default), ("cup", default), ("cat", default), ("dog", default), ("cup", default));
        var groups = Sets.GroupByLabel(graph);
        Assert.Equal(3, groups.Count);
        Assert.Equal(["cup", "dog", "cat"], Enumerable.Range(0, 3).Select(groups.Label));
        Assert.Equal([0, 2, 5], groups.Objects(0).ToArray());
        Assert.Equal([1, 4], groups.Objects(1).ToArray());
        Assert.Equal([3], groups.Objects(2).ToArray());
        Assert.Equal(3, groups.Size(0));
        Assert.Equal(["cup", "dog", "cat"], Sets.Labels(graph).AsEnumerable());
        Assert.Equal(3, Sets.CountLabel(graph, "cup"));
        Assert.Equal(0, Sets.CountLabel(graph, "Cup"));
    }

    [Fact]
    public void Nouns_are_the_distinct_label_nouns_in_first_appearance_order()
    {
        var graph = Graph(("bananas", default), ("dog", default), ("banana", default), ("people", default), ("dogs", default), ("person", default));

        Assert.Equal(["banana", "dog", "person"], Sets.Nouns(graph, Vocabulary.Empty).AsEnumerable());
        Assert.Empty(Sets.Nouns(Graph(), Vocabulary.Empty));
    }

    [Fact]
    public void Nouns_kept_on_a_graph_belong_to_the_vocabulary_that_named_them()
    {
        var graph = Graph(("cups", default), ("dog", default));
        // A vocabulary that names "cups" another noun: the nouns kept for the first vocabulary must not answer for it.
        var listed = new Vocabulary([], [], [], nouns: [new("cups", "mug")]);

        Assert.Equal(["cup", "dog"], Sets.Nouns(graph, Vocabulary.Empty).AsEnumerable());
        Assert.Equal(["mug", "dog"], Sets.Nouns(graph, listed).AsEnumerable());
        Assert.Equal(["cup", "dog"], Sets.Nouns(graph, Vocabulary.Empty).AsEnumerable());
    }

    [Fact]
    public void Unique_label_objects_are_the_singletons()
    {
        var graph = Graph(("cup", default), ("dog", default), ("cup", default), ("cat", default), ("bat", default));
        Assert.Equal([1, 3, 4], Sets.UniqueLabelObjects(graph).AsEnumerable());
        Assert.Empty(Sets.UniqueLabelObjects(Graph()));
    }

    [Fact]
    public void Non_included_objects_contain_no_other_box()
    {
        var graph = Graph(
            ("table", new Box(0, 0, 50, 50)),   // contains the cup
            ("cup", new Box(10, 10, 20, 20)),
            ("dog", new Box(60, 60, 90, 90)),
            ("a", new Box(70, 0, 80, 10)),      // identical boxes contain each other
            ("b", new Box(70, 0, 80, 10)),
            ("c", new Box(40, 40, 70, 70)));    // overlaps others but contains none
        Assert.Equal([1, 2, 5], Sets.NonIncludedObjects(graph).AsEnumerable());
    }

    [Fact]
    public void Large_graphs_group_without_the_stack_path()
    {
        var graph = Graph([.. Enumerable.Range(0, 600).Select(i => ($"l{i % 7}", default(Box)))]);
        var groups = Sets.GroupByLabel(graph);
        Assert.Equal(7, groups.Count);
        Assert.Equal(600, Enumerable.Range(0, 7).Sum(groups.Size));
    }
}
