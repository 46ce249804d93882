using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// <c>relationsBetween(img, subject, object)</c>: an image drawn from a data-set index answers from its relation facts
/// by label and predicate ids; the answer must be the relations, in relation order, that the pass over the relations
/// the .pvg <c>[r for r in img.relations where r.predicate != "of" and r.subject.label == subject and r.object.label ==
/// object]</c> makes, and the answer of the same graph built directly (no index), for every label pair asked.
/// </summary>
public sealed class RelationsBetweenTests
{
    private static SceneGraph Graph(string id, string[] labels, params (int S, string P, int O)[] relations) =>
        new(id, null, 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i, i, i + 1, i + 1)))],
            [.. relations.Select(r => new Relation(r.S, r.P, r.O))]);

    // Repeated pairs by several predicates and "of" between them, a pair both ways round, an object related to itself,
    // labels that differ by case and number, an image relating only by "of" and one not at all.
    private static readonly SceneGraph[] s_images =
    [
        Graph("a", ["man", "horse", "men", "horse", "dog"], (0, "riding", 1), (2, "next to", 3), (0, "of", 1), (4, "near", 4), (0, "near", 3), (1, "of", 0), (0, "riding", 1)),
        Graph("b", ["horse", "man", "Man", "dog"], (1, "Riding ", 0), (2, "on", 0), (3, "beside", 1), (0, "behind", 1), (1, "on", 0)),
        Graph("c", ["man", "horse"], (0, "of", 1)),
        Graph("d", ["dog", "cat"]),
    ];

    // The pass the .pvg comprehension makes over the relations.
    private static RelationRef[] ByPass(SceneGraph g, int image, string subject, string obj) =>
        [.. g.Relations.Select((r, i) => (r, i))
            .Where(x => x.r.Predicate != "of" && g.Objects[x.r.Subject].Label == subject && g.Objects[x.r.Object].Label == obj)
            .Select(x => new RelationRef(image, x.i))];

    [Fact]
    public void Drawn_and_direct_images_give_the_relations_the_pass_over_their_relations_finds()
    {
        var index = new DataSetIndex([.. s_images]);
        var labels = s_images.SelectMany(g => g.Objects).Select(o => o.Label).Append("zebra").Append("MAN").Distinct().ToArray();
        var found = 0;
        for (var image = 0; image < s_images.Length; image++)
        {
            var graph = s_images[image];
            var direct = new SceneGraph(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, graph.Objects, graph.Relations);
            // Asked twice: a drawn image's second question reads the facts its first kept.
            foreach (var drawn in new[] { index[image], index[image] })
            {
                foreach (var subject in labels)
                {
                    foreach (var obj in labels)
                    {
                        var expected = ByPass(graph, image, subject, obj);
                        Assert.True(expected.SequenceEqual(LabelRelations.RelationsBetween(drawn, image, subject, obj)), $"{graph.ImageId}: {subject} -> {obj}");
                        Assert.Equal(expected, LabelRelations.RelationsBetween(direct, image, subject, obj));
                        found += expected.Length;
                    }
                }
            }
        }
        // Image a's man -> horse by "riding", "near" (the other horse) and "riding" again; its "of" left out.
        Assert.Equal([new RelationRef(0, 0), new RelationRef(0, 4), new RelationRef(0, 6)], LabelRelations.RelationsBetween(index[0], 0, "man", "horse"));
        // Every relation other than "of" (five of image a, five of b) is found once under its own labels, each image asked twice.
        Assert.Equal(20, found);
    }

    [Fact]
    public void An_image_with_a_relation_whose_end_is_no_object_gives_the_relations_by_their_place_in_the_image()
    {
        // A hostile graph built in code (a loaded graph is validated): its relation facts skip the relations past its
        // objects, so they cannot name the others by position; the drawn image answers from its relations.
        var graph = Graph("img", ["man", "horse"], (0, "riding", 5), (0, "riding", 1), (-1, "near", 1), (0, "near", 1));
        var index = new DataSetIndex([s_images[0], graph]);
        Assert.Equal([new RelationRef(1, 1), new RelationRef(1, 3)], LabelRelations.RelationsBetween(index[1], 1, "man", "horse"));
        Assert.Throws<ArgumentNullException>(() => LabelRelations.RelationsBetween(index[1], 1, null!, "horse"));
        Assert.Throws<ArgumentNullException>(() => LabelRelations.RelationsBetween(index[1], 1, "man", null!));
    }
}
