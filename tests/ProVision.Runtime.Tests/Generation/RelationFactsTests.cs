using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawn image answers <c>predicatesBetween</c> from the relation facts the index wrote once per image; the answer
/// must equal the pass over the relations that the same graph built directly takes, and the facts must leave the
/// drawn graph's objects and relations equal to the graph added.
/// </summary>
public sealed class RelationFactsTests
{
    private static SceneGraph Graph(string id, string[] labels, params (int S, string P, int O)[] relations) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1), null, ["red"]))],
            [.. relations.Select(r => new Relation(r.S, r.P, r.O))]);

    private static (SceneGraph Direct, SceneGraph Drawn) Both(SceneGraph graph)
    {
        // Another image first, so that label and predicate ids of the graph are not 0, 1, 2 ...
        var other = Graph("other", ["zebra", "man", "horse"], (1, "riding", 2), (0, "near", 1), (2, "of", 2));
        var index = new DataSetIndex([other, graph]);
        var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);
        return (direct, index[1]);
    }

    // The pass the .pvg comprehension makes: [r.predicate for r in img.relations where r.subject.label == s and r.object.label == o].
    private static string[] ByRelations(SceneGraph g, string subject, string obj) =>
        [.. g.Relations.Where(r => g.Objects[r.Subject].Label == subject && g.Objects[r.Object].Label == obj).Select(r => r.Predicate)];

    public static TheoryData<string[], (int, string, int)[]> Images => new()
    {
        // Repeated pairs keep relation order and repeats; a pair read both ways is two pairs.
        { ["man", "horse", "man", "dog"], [(0, "riding", 1), (2, "next to", 1), (0, "riding", 1), (1, "behind", 0), (3, "of", 0), (0, "feeding", 1)] },
        // No relations at all.
        { ["man", "horse"], [] },
        // No objects and no relations.
        { [], [] },
        // Self-relations: an object related to itself, and a label related to another object of the same label.
        { ["dog", "dog", "cat"], [(0, "near", 0), (0, "chasing", 1), (1, "near", 1), (2, "watching", 2)] },
        // Labels that differ only in case and spaces are different labels.
        { ["Dog", "dog ", "dog"], [(0, "near", 1), (1, "near", 2), (2, "near", 0)] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Predicates_between_labels_of_a_drawn_image_equal_the_pass_over_its_relations(string[] labels, (int, string, int)[] relations)
    {
        var (direct, drawn) = Both(Graph("img", labels, relations));

        var asked = labels.Concat(["zebra", "unknown", "", "man"]).Distinct().ToArray();
        foreach (var subject in asked)
        {
            foreach (var obj in asked)
            {
                var expected = ByRelations(direct, subject, obj);
                Assert.Equal(expected, LabelRelations.PredicatesBetween(direct, subject, obj).AsEnumerable());
                Assert.Equal(expected, LabelRelations.PredicatesBetween(drawn, subject, obj).AsEnumerable());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void A_drawn_image_with_relation_facts_still_equals_the_graph_added(string[] labels, (int, string, int)[] relations)
    {
        var graph = Graph("img", labels, relations);
        var (_, drawn) = Both(graph);

        Assert.Equal(graph.Objects.AsEnumerable(), drawn.Objects.AsEnumerable(), new SceneObjectComparer());
        Assert.Equal(graph.Relations.AsEnumerable(), drawn.Relations.AsEnumerable());
        // Relations read first (the objects' bytes skipped, the facts with them) equal too.
        var (_, relationsFirst) = Both(graph);
        Assert.Equal(graph.Relations.AsEnumerable(), relationsFirst.Relations.AsEnumerable());
        Assert.Equal(graph.Objects.Length, relationsFirst.Objects.Length);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void A_drawn_image_counts_its_objects_and_relations_from_its_summary(string[] labels, (int, string, int)[] relations)
    {
        var graph = Graph("img", labels, relations);
        var (_, drawn) = Both(graph);

        // Before the objects or relations are read (from the summary), after the objects only, after both.
        Assert.Equal(graph.Relations.Length, drawn.RelationCount);
        Assert.Equal(graph.Objects.Length, drawn.ObjectCount);
        _ = drawn.Objects;
        Assert.Equal(graph.Relations.Length, drawn.RelationCount);
        Assert.Equal(graph.Relations.AsEnumerable(), drawn.Relations.AsEnumerable());
        Assert.Equal(graph.Relations.Length, drawn.RelationCount);
        Assert.Equal(graph.Objects.Length, Both(graph).Drawn.ObjectCount);
    }

    [Fact]
    public void A_relation_whose_end_is_no_object_is_counted_though_it_joins_no_label_pair()
    {
        // Relation facts skip such a relation, the count must not: count(img.relations) equals the relations' length.
        var graph = Graph("img", ["man", "horse"], (0, "riding", 1), (0, "near", 7), (-1, "on", 1));
        var (direct, drawn) = Both(graph);

        Assert.Equal(3, drawn.RelationCount);
        Assert.Equal(3, direct.RelationCount);
        Assert.Equal(graph.Relations.AsEnumerable(), drawn.Relations.AsEnumerable());
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void An_image_drawn_again_counts_its_relations_from_its_kept_facts_alike(string[] labels, (int, string, int)[] relations)
    {
        CountsAlikeOnceItsFactsAreKept(Graph("img", labels, relations));
    }

    [Fact]
    public void An_image_drawn_again_counts_a_relation_whose_end_is_no_object_from_its_kept_facts()
    {
        // The facts join two of the three relations; the count kept with them is every relation's.
        CountsAlikeOnceItsFactsAreKept(Graph("img", ["man", "horse"], (0, "riding", 1), (0, "near", 7), (-1, "on", 1)));
    }

    // A first draw counts from the summary and reads the facts (the index keeps them); a later draw of the same image
    // counts from the kept facts: both must be the relations' length.
    private static void CountsAlikeOnceItsFactsAreKept(SceneGraph graph)
    {
        var other = Graph("other", ["zebra", "man", "horse"], (1, "riding", 2), (0, "near", 1), (2, "of", 2));
        var index = new DataSetIndex([other, graph]);
        var first = index[1];
        Assert.Equal(graph.Relations.Length, first.RelationCount);
        _ = LabelRelations.RelatedPairs([first], [0]);
        var again = index[1];
        Assert.Equal(graph.Relations.Length, again.RelationCount);
        Assert.Equal(other.Relations.Length, index[0].RelationCount);
        _ = LabelRelations.RelatedPairs([index[0]], [0]);
        Assert.Equal(other.Relations.Length, index[0].RelationCount);
        Assert.Equal(graph.Relations.Length, index[1].RelationCount);
    }

    [Fact]
    public void The_facts_of_the_example_image_are_read_by_label_pair_in_relation_order()
    {
        var (_, drawn) = Both(Graph("img", ["man", "horse", "man"], (0, "riding", 1), (2, "next to", 1), (0, "riding", 1), (1, "behind", 0)));

        Assert.Equal(["riding", "next to", "riding"], LabelRelations.PredicatesBetween(drawn, "man", "horse").AsEnumerable());
        Assert.Equal(["behind"], LabelRelations.PredicatesBetween(drawn, "horse", "man").AsEnumerable());
        Assert.Empty(LabelRelations.PredicatesBetween(drawn, "man", "man"));
        // "zebra" is a label of the data set but not of this image; "unicorn" of neither.
        Assert.Empty(LabelRelations.PredicatesBetween(drawn, "zebra", "horse"));
        Assert.Empty(LabelRelations.PredicatesBetween(drawn, "man", "unicorn"));
    }

    [Fact]
    public void Images_drawn_again_or_sharing_a_kept_slot_answer_from_their_own_facts()
    {
        // The index keeps decoded facts by image in a bounded direct-mapped memo: image i and image i + Slots share a
        // slot. Drawn in turns (each draw evicting the other) and drawn again, each must answer from its own facts.
        var count = ImageSummaries.RelationFactsKept + 3;
        var graphs = Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? Graph("even" + i, ["man", "horse"], (0, "riding" + i % 7, 1), (1, "near", 0))
            : Graph("odd" + i, ["horse", "dog"], (1, "chasing" + i % 5, 0), (0, "of", 1))).ToArray();
        var index = new DataSetIndex([.. graphs]);
        var asked = new[] { "man", "horse", "dog" };

        foreach (var image in new[] { 1, 1 + ImageSummaries.RelationFactsKept, 1, 2, 2 + ImageSummaries.RelationFactsKept, 2 + ImageSummaries.RelationFactsKept, 2, count - 1 })
        {
            var drawn = index[image];
            var images = ImmutableArray.Create(drawn);
            Assert.Equal(graphs[image].Relations.Where(r => r.Predicate != "of").Select(r => (graphs[image].Objects[r.Subject].Label, graphs[image].Objects[r.Object].Label)),
                LabelRelations.RelatedPairs(images, [0]).Select(p => (p.Subject, p.Object)));
            foreach (var subject in asked)
            {
                foreach (var obj in asked)
                {
                    Assert.Equal(ByRelations(graphs[image], subject, obj), LabelRelations.PredicatesBetween(drawn, subject, obj).AsEnumerable());
                }
            }
        }
    }

    [Fact]
    public void A_large_image_with_ids_past_one_byte_keeps_every_pair()
    {
        var labels = Enumerable.Range(0, 400).Select(i => "thing" + i).ToArray();
        var relations = Enumerable.Range(0, 600).Select(i => (i % 400, "p" + (i % 200), (i * 7 + 3) % 400)).ToArray();
        var (direct, drawn) = Both(Graph("big", labels, relations));

        foreach (var (s, _, o) in relations)
        {
            Assert.Equal(ByRelations(direct, labels[s], labels[o]), LabelRelations.PredicatesBetween(drawn, labels[s], labels[o]).AsEnumerable());
        }
    }

    [Fact]
    public void A_relation_whose_end_is_not_an_object_joins_no_pair_and_null_labels_are_refused()
    {
        // A hostile graph built in code (a loaded graph is validated): relation ends past the objects.
        var graph = Graph("img", ["man", "horse"], (0, "riding", 1), (0, "riding", 5), (-1, "near", 1));
        var (direct, drawn) = Both(graph);

        Assert.Equal(["riding"], LabelRelations.PredicatesBetween(direct, "man", "horse").AsEnumerable());
        Assert.Equal(["riding"], LabelRelations.PredicatesBetween(drawn, "man", "horse").AsEnumerable());
        Assert.Equal(graph.Relations.AsEnumerable(), drawn.Relations.AsEnumerable());
        Assert.Throws<ArgumentNullException>(() => LabelRelations.PredicatesBetween(drawn, null!, "horse"));
        Assert.Throws<ArgumentNullException>(() => LabelRelations.PredicatesBetween(drawn, "man", null!));
        Assert.Throws<ArgumentNullException>(() => LabelRelations.PredicatesBetween(null!, "man", "horse"));
    }

    private sealed class SceneObjectComparer : IEqualityComparer<SceneObject>
    {
        public bool Equals(SceneObject? x, SceneObject? y) =>
            x!.Label == y!.Label && x.Box == y.Box && x.Score == y.Score && x.Attributes.SequenceEqual(y.Attributes);

        public int GetHashCode(SceneObject obj) => obj.Label.GetHashCode();
    }
}
