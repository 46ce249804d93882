using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// The noun questions asked by noun id (<see cref="NounIds"/>, what emitted multi-image code calls for a noun read from
/// <c>img.nouns</c>) answer as the same questions asked by text (<see cref="Nouns"/>), for every noun of every drawn
/// image against every image, for a graph without ids, and for a noun without an id.
/// </summary>
public sealed class NounIdsTests
{
    private static readonly Vocabulary s_vocabulary = new([new("dog", true)], [], [], nouns: [new("bats", "bats")], nonObjects: ["spots"], onPersons: [new("dog", 1)]);

    private static SceneObject Object(string label, int at) => new(label, new Box(at, at, at + 1, at + 1), null, []);

    private static readonly SceneGraph[] s_graphs =
    [
        new("a", null, 100, 100, [Object("dog", 0), Object("dogs", 1), Object("spots", 2), Object("dog", 3)], []),
        new("b", null, 100, 100, [Object("people", 0), Object("bats", 1), Object("bat", 2), Object("person", 3)], []),
        new("c", null, 100, 100, [Object("banana", 0)], []),
        new("d", null, 100, 100, [Object("bananas", 0), Object("dog", 1), Object("banana", 2), Object("water", 3)], []),
    ];

    [Fact]
    public void Every_question_by_id_answers_as_by_text()
    {
        var index = new DataSetIndex([.. s_graphs]);
        for (var from = 0; from < s_graphs.Length; from++)
        {
            var drawn = index[from];
            var nouns = Sets.Nouns(drawn, s_vocabulary);
            var ids = NounIds.OfImage(drawn, s_vocabulary).ToArray();
            Assert.Equal(nouns.Length, ids.Length);
            Assert.All(ids, id => Assert.True(id >= 0));
            for (var n = 0; n < nouns.Length; n++)
            {
                // A copy of the text: not the table's instance, so the text path cannot answer by reference.
                var text = new string(nouns[n].AsSpan());
                AssertSameAnswers(index, ids[n], text);
                AssertSameAnswers(index, -1, text);
            }
        }
        AssertSameAnswers(index, -1, "zebra");
    }

    private static void AssertSameAnswers(DataSetIndex index, int id, string noun)
    {
        Assert.Equal(Nouns.IsThing(index, s_vocabulary, noun), NounIds.IsThing(index, s_vocabulary, id, noun));
        Assert.Equal(Nouns.IsCountable(index, s_vocabulary, noun), NounIds.IsCountable(index, s_vocabulary, id, noun));
        Assert.Equal(Nouns.IsOnPerson(index, s_vocabulary, noun), NounIds.IsOnPerson(index, s_vocabulary, id, noun));
        for (var image = 0; image < s_graphs.Length; image++)
        {
            var graph = index[image];
            Assert.Equal(Nouns.Has(graph, s_vocabulary, noun), NounIds.Has(graph, s_vocabulary, id, noun));
            Assert.Equal(Nouns.CountOfNoun(graph, s_vocabulary, noun), NounIds.CountOf(graph, s_vocabulary, id, noun));
            Assert.Equal(Nouns.ObjectsOfNoun(graph, image, s_vocabulary, noun), NounIds.ObjectsOf(graph, image, s_vocabulary, id, noun));
        }
    }

    [Fact]
    public void A_graph_not_drawn_from_an_index_has_no_ids_and_is_asked_by_text()
    {
        var graph = s_graphs[3];
        var index = new DataSetIndex([.. s_graphs]);
        Assert.All(NounIds.OfImage(graph, s_vocabulary).ToArray(), id => Assert.Equal(-1, id));
        // An id from the index asks a graph without ids by its text.
        var drawn = index[3];
        var nouns = Sets.Nouns(drawn, s_vocabulary);
        var ids = NounIds.OfImage(drawn, s_vocabulary);
        for (var n = 0; n < nouns.Length; n++)
        {
            Assert.True(NounIds.Has(graph, s_vocabulary, ids[n], nouns[n]));
            Assert.Equal(Nouns.CountOfNoun(graph, s_vocabulary, nouns[n]), NounIds.CountOf(graph, s_vocabulary, ids[n], nouns[n]));
        }
    }

    [Fact]
    public void Distinct_by_id_keeps_the_first_of_each_noun_in_order_as_by_text()
    {
        var index = new DataSetIndex([.. s_graphs]);
        var nouns = new ScratchList<string>();
        var ids = new ScratchList<int>();
        foreach (var image in new[] { 3, 0, 2, 3, 1 })
        {
            nouns.AddRange(Sets.Nouns(index[image], s_vocabulary).AsSpan());
            ids.AddRange(NounIds.OfImage(index[image], s_vocabulary));
        }
        // Nouns of a graph without ids in the middle: compared by text with the rest.
        nouns.AddRange(Sets.Nouns(s_graphs[0], s_vocabulary).AsSpan());
        ids.AddRange(NounIds.OfImage(s_graphs[0], s_vocabulary));
        nouns.Add("zebra");
        ids.Add(-1);

        var byText = new ScratchList<string>();
        Lists.AppendDistinct(nouns.Span, byText);
        var byId = new ScratchList<string>();
        var keptIds = new ScratchList<int>();
        NounIds.AppendDistinct(nouns.Span, ids.Span, byId, keptIds);
        Assert.Equal(byText.Span.ToArray(), byId.Span.ToArray());
        for (var i = 0; i < byId.Count; i++)
        {
            var at = nouns.Span.IndexOf(byId.Span[i]);
            Assert.Equal(ids.Span[at], keptIds.Span[i]);
        }
    }
}
