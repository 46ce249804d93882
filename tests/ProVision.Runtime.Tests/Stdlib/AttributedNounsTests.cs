using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// <c>countAttributed(img, noun, attribute)</c> (<see cref="AttributedNouns.CountOf"/>), <c>nounAttributes(img)</c>
/// (<see cref="AttributedNouns.PairsOf"/>) and <c>nounMeanings(img)</c> (<see cref="AttributedNouns.MeaningPairsOf"/>)
/// read what each image keeps; they must answer as the plain queries they stand for, <c>count([o for o in
/// objectsOfNoun(img, noun) where any(o.attributes, b => synonyms(attribute, b))])</c> for every noun and attribute
/// asked, <c>distinct([(noun(o.label), x) for o in img.objects for x in o.attributes])</c> and the same with
/// <c>meaning(x)</c>, on drawn images (asked again on later draws) and on graphs not drawn from an index.
/// </summary>
public sealed class AttributedNounsTests
{
    // "large" heads its group, so "big" and "Huge" mean "large"; "tiny" is in a group whose only other word ("little")
    // a later group takes; case and spaces vary in the graphs.
    private static readonly Vocabulary s_vocabulary = new([new("dog", true)], [], [], nouns: [new("bats", "bats")],
        synonyms: [["large", "big", "huge"], ["tiny", "little"], ["little", "small"], ["white", "pale"]]);

    private static readonly string[] s_labels = ["dog", "dogs", "Dog", "cat", "bats", "bat", "man", "people"];

    private static readonly string[] s_attributes =
        ["large", "big", "Huge", " big", "LARGE", "tiny", "little", "small", "white", "White", "pale", "red", "Red ", "wooden", ""];

    private static readonly string[] s_asked = [.. s_attributes, "huge", "blue", "Small", "  pale"];

    [Fact]
    public void Counts_equal_the_plain_query_on_drawn_and_plain_graphs()
    {
        var graphs = Graphs();
        var index = new DataSetIndex([.. graphs]);
        var asked = 0;
        for (var draw = 0; draw < 2; draw++)
        {
            for (var image = 0; image < graphs.Count; image++)
            {
                asked += AssertAnswersAsThePlainQuery(index[image]);
                asked += AssertAnswersAsThePlainQuery(graphs[image]);
            }
        }
        Assert.True(asked > 1000, $"only {asked} counts above 0 were compared");
    }

    [Fact]
    public void Pairs_equal_the_distinct_pairs_of_every_object_and_attribute() =>
        AssertPairsAsThePlainQuery(AttributedNouns.PairsOf, x => x);

    [Fact]
    public void Meaning_pairs_equal_the_distinct_meanings_of_the_pairs() =>
        AssertPairsAsThePlainQuery(AttributedNouns.MeaningPairsOf, s_vocabulary.MeaningOf);

    // The kept pairs against `distinct([(noun(o.label), word(x)) for o in img.objects for x in o.attributes])`, on
    // drawn images (asked again on a later draw) and on graphs not drawn from an index.
    private static void AssertPairsAsThePlainQuery(
        Func<SceneGraph, Vocabulary, ImmutableArray<(string, string)>> kept, Func<string, string> word)
    {
        var graphs = Graphs();
        var index = new DataSetIndex([.. graphs]);
        for (var draw = 0; draw < 2; draw++)
        {
            for (var image = 0; image < graphs.Count; image++)
            {
                // The function first: on a drawn image its pairs are made before the plain query reads the objects.
                var pairs = kept(index[image], s_vocabulary);
                var plain = graphs[image].Objects.SelectMany(o => o.Attributes.Select(x => (s_vocabulary.NounOf(o.Label), word(x)))).Distinct();
                Assert.Equal(plain, pairs);
                Assert.Equal(plain, kept(graphs[image], s_vocabulary));
            }
        }
    }

    [Fact]
    public void A_noun_not_in_the_image_counts_none()
    {
        var graph = new SceneGraph("g", null, 10, 10, [Object("dog", 0, "big")], []);
        Assert.Equal(0, AttributedNouns.CountOf(graph, s_vocabulary, "cat", "big"));
        Assert.Equal(0, AttributedNouns.CountOf(new DataSetIndex([graph])[0], s_vocabulary, "zebra", "big"));
    }

    // Every noun of the image, a copy of its text and a noun it lacks, with every attribute: the count of the function
    // against the plain query; returns how many of them were above 0.
    private static int AssertAnswersAsThePlainQuery(SceneGraph graph)
    {
        var above = 0;
        string[] nouns = [.. Sets.Nouns(graph, s_vocabulary), "dog", new string("bat".AsSpan()), "zebra"];
        foreach (var noun in nouns)
        {
            foreach (var attribute in s_asked)
            {
                // The function first: on a drawn image its counts are made before the plain query reads the objects.
                var counted = AttributedNouns.CountOf(graph, s_vocabulary, noun, attribute);
                var plain = 0;
                for (var i = 0; i < graph.ObjectCount; i++)
                {
                    if (s_vocabulary.NounOf(graph.Objects[i].Label) != noun) continue;
                    if (graph.Objects[i].Attributes.Any(b => s_vocabulary.AreSynonyms(attribute, b))) plain++;
                }
                Assert.Equal(plain, counted);
                if (plain > 0) above++;
            }
        }
        return above;
    }

    private static SceneObject Object(string label, int at, params string[] attributes) =>
        new(label, new Box(at, at, at + 1, at + 1), null, [.. attributes]);

    // Thirty graphs of up to twelve objects, some labels repeated and some objects carrying synonyms of one another.
    private static List<SceneGraph> Graphs()
    {
        var random = new Random(5);
        return [.. Enumerable.Range(0, 30).Select(g => new SceneGraph("g" + g, null, 100, 100,
            [.. Enumerable.Range(0, random.Next(0, 13)).Select(i => Object(s_labels[random.Next(s_labels.Length)], i,
                [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => s_attributes[random.Next(s_attributes.Length)])]))], []))];
    }
}
