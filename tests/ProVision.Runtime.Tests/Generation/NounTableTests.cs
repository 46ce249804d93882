using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// Multi-image queries ask <c>noun in img.nouns</c>, <c>isThing</c> and <c>countable</c> through the data set's noun
/// table (<see cref="Nouns.Has"/>, <see cref="Nouns.IsThing"/>, <see cref="Nouns.IsCountable"/>): a drawn image
/// compares a noun of the table by reference, and the vocabulary's answers are kept per noun id. Each must equal the
/// plain answer (the list scan, the vocabulary) for every text: nouns of the data set as the table's own strings and
/// as other copies of the same text, nouns of no image, texts that differ only in case or spaces, the empty text.
/// </summary>
public sealed class NounTableTests
{
    // "spots" is no thing, "rice" is not countable; "bats" is a noun of its own (baseball bats).
    private static readonly Vocabulary s_vocabulary = new(
        [new("rice", false), new("dog", true)], [], [], nouns: [new("bats", "bats")], nonObjects: ["spots", "color"],
        onPersons: [new("bat", 1), new("banana", 2)]);

    private static SceneGraph Graph(string id, params string[] labels) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1)))], []);

    private static readonly SceneGraph[] s_graphs =
    [
        Graph("a", "dog", "dogs", "spots", "rice", "person"),
        Graph("b", "people", "bats", "bat", " Dog ", "banana"),
        Graph("c"),
        Graph("d", "color", "bananas", "dog"),
    ];

    // Every text asked: each noun of each image and each label, copies of them (not the same instances), and others.
    private static IEnumerable<string> Asked(Vocabulary vocabulary) =>
        s_graphs.SelectMany(g => g.Objects).SelectMany(o => new[] { o.Label, vocabulary.NounOf(o.Label) })
            .SelectMany(t => new[] { t, new string(t.AsSpan()), t.ToUpperInvariant(), " " + t })
            .Concat(["", "zebra", "cat", "spots", "rice", "bats"]);

    // Each image under each vocabulary: drawn from a fresh index, and the graph added.
    private static IEnumerable<(Vocabulary Vocabulary, int Image, SceneGraph Drawn, SceneGraph Direct)> DrawnImages() =>
        from vocabulary in new[] { Vocabulary.Empty, s_vocabulary }
        let index = new DataSetIndex([.. s_graphs])
        from image in Enumerable.Range(0, s_graphs.Length)
        select (vocabulary, image, index[image], s_graphs[image]);

    [Fact]
    public void A_drawn_image_has_exactly_the_nouns_its_list_holds()
    {
        foreach (var (vocabulary, _, drawn, direct) in DrawnImages())
        {
            foreach (var text in Asked(vocabulary))
            {
                var expected = Sets.Nouns(direct, vocabulary).Contains(text);
                Assert.Equal(expected, Nouns.Has(drawn, vocabulary, text));
                Assert.Equal(expected, Nouns.Has(direct, vocabulary, text));
                Assert.Equal(expected, Sets.Nouns(drawn, vocabulary).Contains(text));
            }
        }
    }

    [Fact]
    public void A_drawn_images_noun_counts_and_objects_are_those_of_the_pass_over_its_objects()
    {
        // countNoun and objectsOfNoun find the noun's slot by reference to the table's instance (a miss is one hash
        // lookup, no string compare): the same count and objects as comparing every object's noun by text.
        foreach (var (vocabulary, image, drawn, direct) in DrawnImages())
        {
            foreach (var text in Asked(vocabulary))
            {
                var objects = Enumerable.Range(0, direct.Objects.Length)
                    .Where(o => vocabulary.NounOf(direct.Objects[o].Label) == text).Select(o => new ObjectRef(image, o)).ToArray();
                Assert.Equal(objects.Length, Nouns.CountOfNoun(drawn, vocabulary, text));
                Assert.Equal(objects.Length, Nouns.CountOfNoun(direct, vocabulary, text));
                Assert.Equal(objects, Nouns.ObjectsOfNoun(drawn, image, vocabulary, text));
                Assert.Equal(objects, Nouns.ObjectsOfNoun(direct, image, vocabulary, text));
            }
        }
    }

    [Fact]
    public void The_noun_of_each_object_read_from_the_slots_is_the_vocabularys_noun_of_its_label()
    {
        foreach (var (vocabulary, _, drawn, direct) in DrawnImages())
        {
            for (var o = 0; o < direct.Objects.Length; o++)
            {
                var expected = vocabulary.NounOf(direct.Objects[o].Label);
                Assert.Equal(expected, Nouns.OfObject(drawn, vocabulary, o));
                Assert.Equal(expected, Nouns.OfObject(direct, vocabulary, o));
            }
            Assert.Throws<IndexOutOfRangeException>(() => Nouns.OfObject(drawn, vocabulary, direct.Objects.Length));
        }
    }

    [Fact]
    public void Kept_isThing_countable_and_isOnPerson_answers_are_the_vocabularys_asked_twice()
    {
        foreach (var vocabulary in new[] { Vocabulary.Empty, s_vocabulary })
        {
            var index = new DataSetIndex([.. s_graphs]);
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var text in Asked(vocabulary))
                {
                    Assert.Equal(vocabulary.IsThing(text), Nouns.IsThing(index, vocabulary, text));
                    Assert.Equal(vocabulary.IsCountable(text), Nouns.IsCountable(index, vocabulary, text));
                    Assert.Equal(vocabulary.IsOnPerson(text), Nouns.IsOnPerson(index, vocabulary, text));
                }
            }
        }
        var kept = new DataSetIndex([.. s_graphs]);
        Assert.False(Nouns.IsThing(kept, s_vocabulary, "spots"));
        Assert.False(Nouns.IsCountable(kept, s_vocabulary, "rice"));
        Assert.True(Nouns.IsThing(kept, s_vocabulary, "dog"));
        Assert.True(Nouns.IsOnPerson(kept, s_vocabulary, "bananas"));
        Assert.False(Nouns.IsOnPerson(kept, s_vocabulary, "dog"));
    }

    [Fact]
    public void An_empty_data_set_answers_as_the_vocabulary_and_null_is_refused()
    {
        Assert.Equal(s_vocabulary.IsThing("spots"), Nouns.IsThing(DataSetIndex.Empty, s_vocabulary, "spots"));
        Assert.Equal(s_vocabulary.IsCountable("rice"), Nouns.IsCountable(DataSetIndex.Empty, s_vocabulary, "rice"));
        Assert.Throws<ArgumentNullException>(() => Nouns.IsThing(DataSetIndex.Empty, s_vocabulary, null!));
        Assert.Throws<ArgumentNullException>(() => Nouns.IsCountable(null!, s_vocabulary, "rice"));
        Assert.Throws<ArgumentNullException>(() => Nouns.IsThing(DataSetIndex.Empty, null!, "dog"));
        Assert.False(Nouns.Has(new DataSetIndex([.. s_graphs])[0], s_vocabulary, null!));
    }
}
