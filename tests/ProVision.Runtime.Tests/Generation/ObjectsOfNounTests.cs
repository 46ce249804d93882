using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawn image answers <c>objectsOfNoun</c> from the noun of each object found once (the index's label facts and
/// its objects' label ids); it must equal the pass over the objects, <c>[o for o in img.objects where noun(o.label) ==
/// noun]</c>, that the same graph built directly takes.
/// </summary>
public sealed class ObjectsOfNounTests
{
    // Baseball bats, not animals: the vocabulary keeps "bats" a noun of its own.
    private static readonly Vocabulary s_bats = new([], [], [], nouns: [new("bats", "bats")]);

    private static SceneGraph Graph(string id, string[] labels, bool scored = false) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i + 0.25, i, i + 1, i + 1.5), scored ? 0.5 : null, ["red"]))], []);

    private static (SceneGraph Direct, SceneGraph Drawn) Both(SceneGraph graph)
    {
        var index = new DataSetIndex([Graph("other", ["zebra", "bananas", "dog"]), graph]);
        var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);
        return (direct, index[1]);
    }

    private static ObjectRef[] ByObjects(SceneGraph g, int image, Vocabulary vocabulary, string noun) =>
        [.. g.Objects.Select((o, i) => (o, i)).Where(x => vocabulary.NounOf(x.o.Label) == noun).Select(x => new ObjectRef(image, x.i))];

    public static TheoryData<string[], bool> Images => new()
    {
        { ["dog", "bananas", "banana", "dog", "people", "person", "bats", "bat", "dog"], false },
        { ["banana"], true },
        { [], false },
        { [" dog ", "dog", "Dog", "dogs", "dog"], true },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Objects_of_a_noun_in_a_drawn_image_equal_the_pass_over_its_objects(string[] labels, bool scored)
    {
        foreach (var vocabulary in new[] { Vocabulary.Empty, s_bats })
        {
            var (direct, drawn) = Both(Graph("img", labels, scored));
            var asked = labels.Select(vocabulary.NounOf).Concat(["zebra", "cat", "", "bananas", "people"]).Distinct();
            foreach (var noun in asked)
            {
                var expected = ByObjects(direct, 3, vocabulary, noun);
                Assert.Equal(expected, Nouns.ObjectsOfNoun(direct, 3, vocabulary, noun));
                Assert.Equal(expected, Nouns.ObjectsOfNoun(drawn, 3, vocabulary, noun));
            }
        }
    }

    [Fact]
    public void Both_numbers_of_a_noun_are_its_objects_in_object_order()
    {
        var (_, drawn) = Both(Graph("img", ["dog", "bananas", "person", "banana", "people", "dog"]));

        Assert.Equal([new ObjectRef(1, 1), new ObjectRef(1, 3)], Nouns.ObjectsOfNoun(drawn, 1, Vocabulary.Empty, "banana"));
        Assert.Equal([new ObjectRef(1, 0), new ObjectRef(1, 5)], Nouns.ObjectsOfNoun(drawn, 1, Vocabulary.Empty, "dog"));
        Assert.Empty(Nouns.ObjectsOfNoun(drawn, 1, Vocabulary.Empty, "people"));
        // Another vocabulary reads the same drawn graph again under its own nouns.
        var (_, bats) = Both(Graph("img", ["bats", "bat", "bats"]));
        Assert.Equal([new ObjectRef(0, 0), new ObjectRef(0, 1), new ObjectRef(0, 2)], Nouns.ObjectsOfNoun(bats, 0, Vocabulary.Empty, "bat"));
        Assert.Equal([new ObjectRef(0, 1)], Nouns.ObjectsOfNoun(bats, 0, s_bats, "bat"));
        Assert.Equal([new ObjectRef(0, 0), new ObjectRef(0, 2)], Nouns.ObjectsOfNoun(bats, 0, s_bats, "bats"));
    }

    [Fact]
    public void A_large_image_with_label_ids_past_one_byte_keeps_every_object()
    {
        var labels = Enumerable.Range(0, 700).Select(i => "thing" + (i % 300) + (i % 2 == 0 ? "" : "s")).ToArray();
        var (direct, drawn) = Both(Graph("big", labels));

        foreach (var noun in Sets.Nouns(direct, Vocabulary.Empty))
        {
            Assert.Equal(ByObjects(direct, 0, Vocabulary.Empty, noun), Nouns.ObjectsOfNoun(drawn, 0, Vocabulary.Empty, noun));
        }
        Assert.Equal(700, Sets.Nouns(drawn, Vocabulary.Empty).Sum(n => Nouns.ObjectsOfNoun(drawn, 0, Vocabulary.Empty, n).Length));
        Assert.Throws<ArgumentNullException>(() => Nouns.ObjectsOfNoun(drawn, 0, Vocabulary.Empty, null!));
    }
}
