using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The built-in relation-family generators on hand-made graphs, checked item by item.</summary>
public sealed class RelationFamilyTests
{
    private static SceneObject O(string label, double x1) => new(label, new Box(x1, 10, x1 + 15, 60));

    // man riding/on horse, man wearing hat, man of horse (dropped), two dogs near the man, a tree.
    private static SceneGraph Ranch() => new("ranch", "images/ranch.jpg", 200, 100,
        [O("man", 0), O("horse", 20), O("dog", 40), O("dog", 60), O("hat", 80), O("tree", 100)],
        [new Relation(0, "riding", 1), new Relation(0, "on", 1), new Relation(0, "wearing", 4), new Relation(0, "of", 1),
         new Relation(2, "near", 0), new Relation(3, "near", 0)]);

    // Only the pair itself: HeadRelation has no distractor.
    private static SceneGraph Pair() => new("pair", "images/pair.jpg", 100, 100,
        [O("man", 0), O("horse", 20)], [new Relation(0, "riding", 1), new Relation(1, "of", 0)]);

    private static SceneGraph[] All() => [Ranch(), Pair()];

    [Fact]
    public void ExistsRelation_asks_about_pairs_of_unique_labels_without_of()
    {
        var items = BuiltinPack.Run("ExistsRelationGenerator", Ranch(), BuiltinPack.Options(mcRatio: 0));
        // man riding and on horse has two meanings, and "what is the relation" asks for one: not asked.
        var item = Assert.Single(items);
        Assert.Equal([0, 4], item.Evidence.PerImage[0].Objects.ToArray());
        Assert.Equal([2], item.Evidence.PerImage[0].Relations.ToArray());
        Assert.DoesNotContain(items, i => i.Answer.Contains("of", StringComparison.Ordinal));
        BuiltinPack.AssertVerified(items, [Ranch()]);
    }

    [Fact]
    public void ExistsRelation_agrees_the_verb_with_a_plural_subject()
    {
        // "The leaves are on the table.", never "The leaves is on the table."
        var graph = new SceneGraph("leaves", "images/leaves.jpg", 100, 100, [O("leaves", 0), O("table", 20)], [new Relation(0, "on", 1)]);
        var options = BuiltinPack.Options(mcRatio: 0) with { AllTemplates = true };
        var answers = BuiltinPack.Run("ExistsRelationGenerator", graph, options).Select(i => i.Response).Where(r => r.StartsWith("The ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, r => Assert.Equal("The leaves are on the table.", r));
    }

    [Fact]
    public void RelationBBox_asks_about_every_related_pair()
    {
        var items = BuiltinPack.Run("RelationBBoxGenerator", Ranch(), BuiltinPack.Options(mcRatio: 0));
        // Every related pair whose predicates have one meaning (man riding and on horse has two: not asked).
        Assert.Equal(3, items.Count);
        Assert.Equal([[0, 4], [2, 0], [3, 0]], items.Select(i => i.Evidence.PerImage[0].Objects.ToArray()));
        Assert.Single(BuiltinPack.Run("RelationBBoxGenerator", Pair(), BuiltinPack.Options(mcRatio: 0)));
        BuiltinPack.AssertVerified(items, [Ranch()]);
    }

    [Fact]
    public void HeadRelation_makes_one_item_per_object_predicate_and_subject_label()
    {
        var items = BuiltinPack.Run("HeadRelationGenerator", Ranch(), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(["man", "man", "man", "dog"], items.Select(i => i.Answer));
        Assert.DoesNotContain(items, i => i.Slots.Any(s => s.Key == "predicate" && s.Value == "of"));
        Assert.All(items[3].Slots.Single(s => s.Key == "names").Value.Split(' ', ','), w => Assert.NotEqual("man", w));
        BuiltinPack.AssertVerified(items, [Ranch()]);
        Assert.Empty(BuiltinPack.Run("HeadRelationGenerator", Pair()));
    }

    [Theory]
    [InlineData("ExistsRelationGenerator")]
    [InlineData("RelationBBoxGenerator")]
    [InlineData("HeadRelationGenerator")]
    public void Items_verify_for_many_seeds_open_and_multiple_choice(string generator)
    {
        BuiltinPack.AssertVerifiedOverSeeds(generator, All());
    }

    [Theory]
    [InlineData("ExistsRelationGenerator", 30)]
    [InlineData("RelationBBoxGenerator", 30)]
    [InlineData("HeadRelationGenerator", 100)]
    public void Offers_at_least_the_reference_number_of_phrasings(string generator, int reference)
    {
        Assert.True(BuiltinPack.Generator(generator).Templates.Questions.Length >= reference,
            $"{generator}: {BuiltinPack.Generator(generator).Templates.Questions.Length} < {reference}");
    }

    [Theory]
    [InlineData("ExistsRelationGenerator")]
    [InlineData("RelationBBoxGenerator")]
    public void A_predicate_the_boxes_bear_out_by_its_definition_is_no_distractor(string generator)
    {
        // "What is the relation between the cup and the bowl?" -> "to the left of": 8 px apart in a 200 x 200 image,
        // they are near by the documented definition (the box form missed it), so "near" is no distractor.
        var graph = SceneGraphGraphs.CloseCupAndBowl();
        var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(mcRatio: 1))
            .Where(i => i.Evidence.PerImage[0].Objects.ToArray() is [0, 1]).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("to the left of", i.Answer));
        Assert.All(items, i => Assert.DoesNotContain("near", i.Choices));
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void HeadRelation_offers_no_noun_the_boxes_show_in_the_predicates_place()
    {
        // "Which one is near the bowl: cup, plate or chair?" The plate is 25 px from the bowl in a 400 x 400 image:
        // near by the documented definition (the box form missed it), unannotated; so it is no distractor.
        var graph = SceneGraphGraphs.NearBowl();
        var items = BuiltinPack.Run("HeadRelationGenerator", graph, BuiltinPack.Options(mcRatio: 1));

        var item = Assert.Single(items);
        Assert.Equal("cup", item.Answer);
        Assert.Equal(["chair", "cup"], item.Choices.Order(StringComparer.Ordinal));
        BuiltinPack.AssertVerified(items, [graph]);
    }
}
