using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// A predicate may imply another (the built-in vocabulary's implies: a dog "wearing" a collar "has" it), so neither is
/// offered as a wrong relation beside the other, asked as absent from an image that shows the other, or contrasted with
/// it (docs/evidence.md#implied-predicates). "Holding" shares a synonym group with "has" but is not implied by "wearing":
/// those two are still told apart.
/// </summary>
public sealed class PredicateImplicationTests
{
    // The same dog and collar, related by "wearing", "has" and "holding" in three images.
    private static SceneGraph Yard(string id, string predicate) =>
        new GraphBuilder(100, 100, id).Object("dog", 10, 40, 50, 90).Object("collar", 20, 40, 40, 50).Object("tree", 70, 0, 95, 90)
            .Relation(0, predicate, 1).Build();

    private static List<SceneGraph> Yards() => [Yard("wears", "wearing"), Yard("has", "has"), Yard("holds", "holding")];

    private static List<GeneratedItem> Over(string generator, List<SceneGraph> graphs)
    {
        var items = new List<GeneratedItem>();
        for (var seed = 0UL; seed < 30; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                items.AddRange(BuiltinPack.RunMulti(generator, graphs, BuiltinPack.Options(seed, mcRatio: mc)));
            }
        }
        BuiltinPack.AssertVerified(items, graphs);
        return items;
    }

    [Theory]
    [InlineData("HasRelationMultiGenerator")]
    [InlineData("HasNotRelationMultiGenerator")]
    [InlineData("CompareRelationMultiGenerator")]
    public void Wearing_is_not_told_apart_from_has_but_is_from_holding(string generator)
    {
        var items = Over(generator, Yards());
        Assert.DoesNotContain(items, i => i.Images.Contains("wears.jpg") && i.Images.Contains("has.jpg"));
        Assert.Contains(items, i => i.Images.Contains("wears.jpg") && i.Images.Contains("holds.jpg"));
    }

    [Fact]
    public void A_relation_is_never_offered_a_predicate_it_implies_as_wrong()
    {
        // "What is the relation between the dog and the collar?" -> "wearing": "has" and "with" are true as well.
        // The other relations bring their predicates into the data set: "has" among them, the one to leave out.
        var graph = new GraphBuilder(100, 100, "park").Object("dog", 10, 40, 50, 90).Object("collar", 20, 40, 40, 50).Object("cat", 60, 10, 75, 30)
            .Object("ball", 80, 10, 90, 20).Object("bench", 55, 30, 95, 45).Object("kite", 5, 0, 20, 10)
            .Relation(0, "wearing", 1).Relation(2, "has", 3).Relation(2, "sitting on", 4).Relation(5, "flying", 4).Relation(3, "with", 2)
            .Relation(5, "behind", 2).Relation(4, "holding", 3).Build();
        var distractors = new List<string>();
        for (var seed = 0UL; seed < 30; seed++)
        {
            var items = BuiltinPack.Run("ExistsRelationGenerator", graph, BuiltinPack.Options(seed, mcRatio: 1));
            BuiltinPack.AssertVerified(items, [graph]);
            distractors.AddRange(items.Where(i => i.Answer == "wearing").SelectMany(i => i.Choices.Where(c => c != i.Answer)));
        }
        Assert.NotEmpty(distractors);
        Assert.DoesNotContain("has", distractors);
        Assert.DoesNotContain("with", distractors);
    }

    [Fact]
    public void HeadRelation_offers_no_subject_that_has_what_the_answer_wears()
    {
        // "Which one is wearing the collar?" -> dog; the cat has the collar, so it is no fair wrong option.
        var graph = new GraphBuilder(100, 100, "pets").Object("dog", 10, 40, 50, 90).Object("collar", 20, 40, 40, 50).Object("cat", 55, 60, 70, 90)
            .Object("tree", 75, 0, 95, 90).Relation(0, "wearing", 1).Relation(2, "has", 1).Build();
        var items = BuiltinPack.Run("HeadRelationGenerator", graph, BuiltinPack.Options(mcRatio: 1)).Where(i => i.Slot("predicate") == "wearing").ToList();
        BuiltinPack.AssertVerified(items, [graph]);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.DoesNotContain("cat", i.Choices));
    }
}
