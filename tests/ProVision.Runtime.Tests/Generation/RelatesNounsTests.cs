using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// <c>relatesNouns(img, subjectNoun, predicate, objectNoun)</c>: an image drawn from a data-set index answers from its
/// relation facts by noun ids; the answer must equal the pass over the relations the .pvg <c>any(img.relations, r =>
/// noun(r.subject.label) == subjectNoun and noun(r.object.label) == objectNoun and synonyms(r.predicate, predicate))</c>
/// makes, and the answer of the same graph built directly (no index), for every noun and predicate asked; likewise
/// <c>predicatesBetweenNouns(img, subjectNoun, objectNoun)</c>, read from the same noun pairs.
/// </summary>
public sealed class RelatesNounsTests
{
    private static SceneGraph Graph(string id, string[] labels, params (int S, string P, int O)[] relations) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1)))],
            [.. relations.Select(r => new Relation(r.S, r.P, r.O))]);

    // "on top of" is a synonym of "on"; "men" and "man", "horses" and "horse" share a noun (image a relates the pair by
    // both labels, "near" after "next to": relation order is not label-pair order); predicates differ in case and
    // spaces; one image relates only by "of", one not at all.
    private static readonly Vocabulary s_vocabulary =
        new([], [], ["on", "on top of", "riding", "next to"], synonyms: [["on", "on top of"], ["next to", "beside"]]);

    private static readonly SceneGraph[] s_images =
    [
        Graph("a", ["man", "horse", "men", "horses", "dog"], (0, "riding", 1), (2, "next to", 3), (4, "on top of", 1), (1, "of", 0), (4, "near", 4), (0, "near", 1)),
        Graph("b", ["horse", "man", "Man", "dog"], (1, "Riding ", 0), (2, "on", 0), (3, "beside", 1), (0, "behind", 1)),
        Graph("c", ["man", "horse"], (0, "of", 1)),
        Graph("d", ["dog", "cat"]),
    ];

    private static readonly string[] s_predicates = ["riding", "RIDING", "on", "on top of", "next to", "beside", "of", "near", "behind", "holding", " on "];

    // The pass the .pvg comprehension makes over the relations.
    private static bool ByPass(SceneGraph g, string subjectNoun, string predicate, string objectNoun) =>
        g.Relations.Any(r => s_vocabulary.NounOf(g.Objects[r.Subject].Label) == subjectNoun
                             && s_vocabulary.NounOf(g.Objects[r.Object].Label) == objectNoun
                             && s_vocabulary.AreSynonyms(r.Predicate, predicate));

    // Every noun pair asked of every image: as drawn from an index (twice: a drawn image's second question reads the
    // facts its first grouped) and as the same graph built directly, with the nouns of the images, one no image has and
    // one that differs from a noun only in case.
    private static IEnumerable<(SceneGraph Graph, SceneGraph Asked, string Subject, string Object)> NounPairsAsked()
    {
        var index = new DataSetIndex([.. s_images]);
        var nouns = s_images.SelectMany(g => g.Objects).Select(o => s_vocabulary.NounOf(o.Label)).Append("zebra").Append("Man").Distinct().ToArray();
        for (var image = 0; image < s_images.Length; image++)
        {
            var graph = s_images[image];
            var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);
            foreach (var asked in new[] { index[image], index[image], direct })
            {
                foreach (var subject in nouns)
                {
                    foreach (var obj in nouns) yield return (graph, asked, subject, obj);
                }
            }
        }
    }

    [Fact]
    public void Drawn_and_direct_images_relate_the_nouns_the_pass_over_their_relations_finds()
    {
        var asked = 0;
        var related = 0;
        foreach (var (graph, image, subject, obj) in NounPairsAsked())
        {
            foreach (var predicate in s_predicates)
            {
                var expected = ByPass(graph, subject, predicate, obj);
                Assert.True(expected == LabelRelations.RelatesNouns(image, s_vocabulary, subject, predicate, obj), $"{graph.ImageId}: {subject} {predicate} {obj}");
                asked++;
                related += expected ? 1 : 0;
            }
        }
        // The cases above do both: related by a synonym, across a noun's numbers, and not.
        Assert.True(related > 10 && related < asked / 2, $"{related} of {asked}");
    }

    [Fact]
    public void Drawn_and_direct_images_list_the_predicates_between_nouns_the_pass_over_their_relations_finds()
    {
        // predicatesBetweenNouns(img, subjectNoun, objectNoun) = [r.predicate for r in img.relations where
        // noun(r.subject.label) == subjectNoun and noun(r.object.label) == objectNoun]: relation order, repeats and
        // "of" kept, predicates as written.
        var related = 0;
        foreach (var (graph, image, subject, obj) in NounPairsAsked())
        {
            string[] expected = [.. graph.Relations.Where(r => s_vocabulary.NounOf(graph.Objects[r.Subject].Label) == subject
                                                               && s_vocabulary.NounOf(graph.Objects[r.Object].Label) == obj).Select(r => r.Predicate)];
            Assert.Equal(expected, LabelRelations.PredicatesBetweenNouns(image, s_vocabulary, subject, obj).ToArray());
            related += expected.Length > 0 ? 1 : 0;
        }
        // Image a relates man and horse across both numbers ("riding", "next to", "near"), image b by "Riding ".
        Assert.True(related >= 10, $"{related} noun pairs related");
    }

    [Fact]
    public void A_drawn_image_asked_under_two_vocabularies_in_turn_answers_under_each()
    {
        // The image keeps its label pairs as noun pairs of one vocabulary's noun table: asked under another, it must
        // not answer with the first one's nouns ("horses" is "horse" under s_vocabulary, itself under the other).
        var horsesApart = new Vocabulary([], [], ["next to"], nouns: [new("horses", "horses")]);
        var index = new DataSetIndex([.. s_images]);
        var drawn = index[0];
        foreach (var vocabulary in new[] { s_vocabulary, horsesApart, s_vocabulary, horsesApart })
        {
            var graph = s_images[0];
            foreach (var (subject, obj) in new[] { ("man", "horse"), ("man", "horses"), ("dog", "horse"), ("horse", "man") })
            {
                foreach (var predicate in s_predicates)
                {
                    var expected = graph.Relations.Any(r => vocabulary.NounOf(graph.Objects[r.Subject].Label) == subject
                        && vocabulary.NounOf(graph.Objects[r.Object].Label) == obj && vocabulary.AreSynonyms(r.Predicate, predicate));
                    Assert.True(expected == LabelRelations.RelatesNouns(drawn, vocabulary, subject, predicate, obj), $"{subject} {predicate} {obj}");
                }
            }
        }
        Assert.True(LabelRelations.RelatesNouns(drawn, horsesApart, "man", "next to", "horses"));
        Assert.False(LabelRelations.RelatesNouns(drawn, horsesApart, "man", "next to", "horse"));
        Assert.True(LabelRelations.RelatesNouns(drawn, s_vocabulary, "man", "next to", "horse"));
    }

    [Fact]
    public void A_noun_is_matched_across_its_labels_and_a_predicate_by_its_synonyms()
    {
        var index = new DataSetIndex([.. s_images]);
        var drawn = ImmutableArray.Create(index[0], index[1], index[2]);

        // "men" next to "horses": the nouns man and horse, by "beside" (a synonym of "next to").
        Assert.True(LabelRelations.RelatesNouns(drawn[0], s_vocabulary, "man", "beside", "horse"));
        // dog "on top of" horse asked as "on".
        Assert.True(LabelRelations.RelatesNouns(drawn[0], s_vocabulary, "dog", "on", "horse"));
        // "Riding " with spaces and case still names "riding".
        Assert.True(LabelRelations.RelatesNouns(drawn[1], s_vocabulary, "man", "riding", "horse"));
        // "of" counts like any predicate; the reverse direction does not.
        Assert.True(LabelRelations.RelatesNouns(drawn[2], s_vocabulary, "man", "of", "horse"));
        Assert.False(LabelRelations.RelatesNouns(drawn[2], s_vocabulary, "horse", "of", "man"));
        Assert.False(LabelRelations.RelatesNouns(drawn[0], s_vocabulary, "zebra", "riding", "horse"));
    }
}
