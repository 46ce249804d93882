using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawn image's nouns and noun counts come from the label facts the index wrote once per image; they must equal
/// what asking every object's noun gives (the same graph built directly carries no facts and takes that path).
/// </summary>
public sealed class ImageLabelsTests
{
    // Baseball bats, not animals: the vocabulary keeps "bats" a noun of its own.
    private static readonly Vocabulary s_bats = new([], [], [], nouns: [new("bats", "bats")]);

    private static SceneGraph Graph(string id, params string[] labels) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1)))], []);

    private static (SceneGraph Direct, SceneGraph Drawn) Both(SceneGraph graph)
    {
        var index = new DataSetIndex([Graph("other", "zebra", "bananas", "dog"), graph]);
        // The direct graph is rebuilt too, so that it has no cached nouns, but without its facts: the object path.
        var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);
        return (direct, index[1]);
    }

    public static TheoryData<string[]> Images => new()
    {
        { ["dog", "bananas", "banana", "dog", "people", "person", "bats", "bat", "dog"] },
        { ["banana"] },
        { [] },
        { [" dog ", "dog", "Dog", "dogs"] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Nouns_and_noun_counts_of_a_drawn_image_equal_those_of_its_objects(string[] labels)
    {
        var (direct, drawn) = Both(Graph("img", labels));

        Assert.Equal(Sets.Nouns(direct, s_bats).AsEnumerable(), Sets.Nouns(drawn, s_bats).AsEnumerable());
        foreach (var noun in Sets.Nouns(direct, s_bats).Append("cat").Append("bananas").Append(""))
        {
            var byObjects = labels.Count(l => s_bats.NounOf(l) == noun);
            Assert.Equal(byObjects, Nouns.CountOfNoun(direct, s_bats, noun));
            Assert.Equal(byObjects, Nouns.CountOfNoun(drawn, s_bats, noun));
        }
    }

    [Fact]
    public void Nouns_are_in_first_appearance_order_with_both_numbers_counted_together()
    {
        var (_, drawn) = Both(Graph("img", "dog", "bananas", "person", "banana", "people", "dog"));

        Assert.Equal(["dog", "banana", "person"], Sets.Nouns(drawn, Vocabulary.Empty).AsEnumerable());
        Assert.Equal(2, Nouns.CountOfNoun(drawn, Vocabulary.Empty, "dog"));
        Assert.Equal(2, Nouns.CountOfNoun(drawn, Vocabulary.Empty, "banana"));
        Assert.Equal(2, Nouns.CountOfNoun(drawn, Vocabulary.Empty, "person"));
        Assert.Equal(0, Nouns.CountOfNoun(drawn, Vocabulary.Empty, "people"));
    }

    [Fact]
    public void Another_vocabulary_recomputes_the_nouns()
    {
        var (_, drawn) = Both(Graph("img", "bats", "bat"));

        Assert.Equal(["bat"], Sets.Nouns(drawn, Vocabulary.Empty).AsEnumerable());
        Assert.Equal(["bats", "bat"], Sets.Nouns(drawn, s_bats).AsEnumerable());
        Assert.Equal(1, Nouns.CountOfNoun(drawn, s_bats, "bats"));
        Assert.Equal(2, Nouns.CountOfNoun(drawn, Vocabulary.Empty, "bat"));
    }

    [Fact]
    public void A_large_image_with_hundreds_of_labels_keeps_exact_counts()
    {
        // Past the stack-allocated sizes (256 objects, 128 labels) and with label ids past one varint byte.
        var labels = Enumerable.Range(0, 700).Select(i => "thing" + (i % 300) + (i % 2 == 0 ? "" : "s")).ToArray();
        var (direct, drawn) = Both(Graph("big", labels));

        Assert.Equal(Sets.Nouns(direct, Vocabulary.Empty).AsEnumerable(), Sets.Nouns(drawn, Vocabulary.Empty).AsEnumerable());
        foreach (var noun in Sets.Nouns(direct, Vocabulary.Empty))
        {
            Assert.Equal(Nouns.CountOfNoun(direct, Vocabulary.Empty, noun), Nouns.CountOfNoun(drawn, Vocabulary.Empty, noun));
        }
        Assert.Equal(700, Sets.Nouns(drawn, Vocabulary.Empty).Sum(n => Nouns.CountOfNoun(drawn, Vocabulary.Empty, n)));
    }

    [Fact]
    public void The_facts_leave_the_rebuilt_graph_and_the_object_count_unchanged()
    {
        var graph = Graph("img", "dog", "dog", "cat");
        var index = new DataSetIndex([graph]);

        Assert.Equal(3, index.ObjectCount(0));
        Assert.Equal(graph.Objects.Select(o => o.Label), index[0].Objects.Select(o => o.Label));
        Assert.Throws<ArgumentNullException>(() => Nouns.CountOfNoun(index[0], Vocabulary.Empty, null!));
    }
}
