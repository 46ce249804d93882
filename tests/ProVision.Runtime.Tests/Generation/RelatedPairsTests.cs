using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// <c>relatedPairs(imgs)</c> and <c>relatedTriples(imgs)</c>: images drawn from a data-set index answer from their
/// relation facts by label ids; the answer must equal the passes over the relations the .pvg comprehensions make, and
/// the answer the same graphs built directly (no index) give.
/// </summary>
public sealed class RelatedPairsTests
{
    private static SceneGraph Graph(string id, string[] labels, params (int S, string P, int O)[] relations) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1), null, ["red"]))],
            [.. relations.Select(r => new Relation(r.S, r.P, r.O))]);

    // Five images: two that share man -> horse (riding in one, next to and "of" in the other), horse -> man and a
    // self-related dog (dog -> horse in one only), one that relates man -> horse only by "of", one with self-relations
    // and labels that differ in case and spaces, one without relations.
    private static readonly SceneGraph[] s_images =
    [
        Graph("a", ["man", "horse", "man", "dog"], (0, "riding", 1), (2, "next to", 1), (0, "riding", 1), (1, "behind", 0), (3, "of", 0), (0, "feeding", 1), (3, "near", 3)),
        Graph("b", ["horse", "man", "dog"], (1, "next to", 0), (1, "of", 0), (0, "behind", 1), (2, "near", 2), (2, "chasing", 0)),
        Graph("c", ["man", "horse"], (0, "of", 1), (1, "behind", 0)),
        Graph("d", ["Dog", "dog ", "dog"], (0, "near", 1), (1, "near", 2), (2, "near", 2), (2, "of", 2)),
        Graph("e", ["man"]),
    ];

    // The passes the .pvg comprehensions make over the relations.
    private static List<(string, string)> PairsByPass(SceneGraph g) =>
        [.. g.Relations.Where(r => r.Predicate != "of").Select(r => (g.Objects[r.Subject].Label, g.Objects[r.Object].Label)).Distinct()];

    private static List<(string, string)> SharedPairsByPass(SceneGraph[] graphs) =>
        [.. PairsByPass(graphs[0]).Where(p => graphs.All(g => PairsByPass(g).Contains(p)))];

    private static List<(string, string, string)> TriplesByPass(SceneGraph[] graphs) =>
        [.. graphs.SelectMany(g => g.Relations.Where(r => r.Predicate != "of").Select(r => (g.Objects[r.Subject].Label, r.Predicate, g.Objects[r.Object].Label)))
            .Distinct().Where(t => graphs.All(g => PairsByPass(g).Contains((t.Item1, t.Item3))))];

    public static TheoryData<int[]> Draws => new() { new[] { 0, 1 }, new[] { 1, 0 }, new[] { 0, 2 }, new[] { 2, 0 }, new[] { 0, 1, 2 }, new[] { 3, 0 }, new[] { 3, 3 }, new[] { 0 }, new[] { 3 }, new[] { 4, 0 }, new[] { 2 } };

    [Theory]
    [MemberData(nameof(Draws))]
    public void Drawn_images_relate_the_pairs_and_triples_the_passes_over_their_relations_find(int[] images)
    {
        var index = new DataSetIndex([.. s_images]);
        var drawn = ImmutableArray.CreateRange(Enumerable.Range(0, s_images.Length).Select(i => index[i]));
        var direct = ImmutableArray.CreateRange(s_images.Select(g => new SceneGraph(g.ImageId, g.ImagePath, g.Width, g.Height, g.Objects, g.Relations)));
        var graphs = images.Select(i => s_images[i]).ToArray();

        var pairs = SharedPairsByPass(graphs);
        var triples = TriplesByPass(graphs);
        Assert.Equal(pairs, LabelRelations.RelatedPairs(drawn, images).Select(p => (p.Subject, p.Object)));
        Assert.Equal(pairs, LabelRelations.RelatedPairs(direct, images).Select(p => (p.Subject, p.Object)));
        Assert.Equal(triples, LabelRelations.RelatedTriples(drawn, images).Select(t => (t.Subject, t.Predicate, t.Object)));
        Assert.Equal(triples, LabelRelations.RelatedTriples(direct, images).Select(t => (t.Subject, t.Predicate, t.Object)));
        // Asked again (a drawn image keeps its related pairs): the same.
        Assert.Equal(pairs, LabelRelations.RelatedPairs(drawn, images).Select(p => (p.Subject, p.Object)));
    }

    [Fact]
    public void The_example_images_share_man_horse_horse_man_and_dog_dog_in_the_first_images_order()
    {
        var index = new DataSetIndex([.. s_images]);
        var drawn = ImmutableArray.CreateRange(Enumerable.Range(0, s_images.Length).Select(i => index[i]));

        Assert.Equal([("man", "horse"), ("horse", "man"), ("dog", "dog")], LabelRelations.RelatedPairs(drawn, [0, 1]).Select(p => (p.Subject, p.Object)));
        // Image c relates man -> horse only by "of": not related there.
        Assert.Equal([("horse", "man")], LabelRelations.RelatedPairs(drawn, [0, 2]).Select(p => (p.Subject, p.Object)));
        Assert.Equal(
            [("man", "riding", "horse"), ("man", "next to", "horse"), ("horse", "behind", "man"), ("man", "feeding", "horse"), ("dog", "near", "dog")],
            LabelRelations.RelatedTriples(drawn, [0, 1]).Select(t => (t.Subject, t.Predicate, t.Object)));
        Assert.Empty(LabelRelations.RelatedPairs(drawn, []));
        Assert.Empty(LabelRelations.RelatedTriples(drawn, []));
        Assert.Empty(LabelRelations.RelatedPairs(drawn, [4]));
    }

    [Fact]
    public void Images_of_two_indexes_or_graphs_not_drawn_are_compared_by_label()
    {
        // Label ids of two data sets mean different labels: such a mix is answered from the relations.
        var first = new DataSetIndex([s_images[2], s_images[0]]);
        var second = new DataSetIndex([s_images[1]]);
        var mixed = ImmutableArray.Create(first[1], second[0], s_images[0]);

        Assert.Equal(SharedPairsByPass([s_images[0], s_images[1]]), LabelRelations.RelatedPairs(mixed, [0, 1]).Select(p => (p.Subject, p.Object)));
        Assert.Equal(TriplesByPass([s_images[0], s_images[1]]), LabelRelations.RelatedTriples(mixed, [0, 1]).Select(t => (t.Subject, t.Predicate, t.Object)));
        Assert.Equal(TriplesByPass([s_images[0], s_images[0]]), LabelRelations.RelatedTriples(mixed, [0, 2]).Select(t => (t.Subject, t.Predicate, t.Object)));
    }

    [Fact]
    public void A_large_image_with_ids_past_one_byte_and_many_relations_keeps_every_pair_and_triple()
    {
        var labels = Enumerable.Range(0, 400).Select(i => "thing" + i).ToArray();
        var relations = Enumerable.Range(0, 700).Select(i => (i % 400, i % 9 == 0 ? "of" : "p" + (i % 200), (i * 7 + 3) % 400)).ToArray();
        var big = Graph("big", labels, relations);
        var twin = Graph("twin", labels, [.. relations.Reverse()]);
        var index = new DataSetIndex([big, twin]);
        var drawn = ImmutableArray.Create(index[0], index[1]);

        Assert.Equal(SharedPairsByPass([big, twin]), LabelRelations.RelatedPairs(drawn, [0, 1]).Select(p => (p.Subject, p.Object)));
        Assert.Equal(TriplesByPass([big, twin]), LabelRelations.RelatedTriples(drawn, [0, 1]).Select(t => (t.Subject, t.Predicate, t.Object)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(RelatedPairSet.ScannedPairsLimit - 1)]
    [InlineData(RelatedPairSet.ScannedPairsLimit)]
    [InlineData(RelatedPairSet.ScannedPairsLimit + 1)]
    [InlineData(3 * RelatedPairSet.ScannedPairsLimit)]
    public void Images_with_few_or_many_related_pairs_relate_the_pairs_the_passes_find(int pairs)
    {
        // An image relates a pair by scanning its related pairs up to a limit and by searching them sorted past it:
        // both must agree with the passes, on each side of the limit, for pairs the other image lacks or relates only by "of".
        var labels = Enumerable.Range(0, 2 * pairs + 2).Select(i => "thing" + i).ToArray();
        var chain = Enumerable.Range(0, pairs).Select(i => (i, "p" + (i % 5), 2 * pairs + 1 - i)).ToArray();
        var wide = Graph("wide", labels, chain);
        var some = Graph("some", labels, [.. chain.Where(r => r.i % 3 != 1).Select(r => r.i % 3 == 2 ? (r.i, "of", r.Item3) : r).Reverse()]);
        var index = new DataSetIndex([wide, some]);
        var drawn = ImmutableArray.Create(index[0], index[1]);

        foreach (var images in new[] { new[] { 0, 1 }, new[] { 1, 0 } })
        {
            var graphs = images.Select(i => new[] { wide, some }[i]).ToArray();
            Assert.Equal(SharedPairsByPass(graphs), LabelRelations.RelatedPairs(drawn, images).Select(p => (p.Subject, p.Object)));
            Assert.Equal(TriplesByPass(graphs), LabelRelations.RelatedTriples(drawn, images).Select(t => (t.Subject, t.Predicate, t.Object)));
        }
    }

    [Fact]
    public void A_relation_whose_end_is_not_an_object_joins_no_pair()
    {
        // A hostile graph built in code (a loaded graph is validated): relation ends past the objects.
        var graph = Graph("img", ["man", "horse"], (0, "riding", 1), (0, "near", 5), (-1, "near", 1));
        var index = new DataSetIndex([graph]);
        var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);

        foreach (var graphs in new[] { ImmutableArray.Create(index[0]), ImmutableArray.Create(direct) })
        {
            Assert.Equal([("man", "horse")], LabelRelations.RelatedPairs(graphs, [0]).Select(p => (p.Subject, p.Object)));
            Assert.Equal([("man", "riding", "horse")], LabelRelations.RelatedTriples(graphs, [0]).Select(t => (t.Subject, t.Predicate, t.Object)));
        }
    }
}
