using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.Builtin.MultiKit;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The multi-image relation generators: has / has not a relation, compare relations.</summary>
public sealed class MultiRelationTests
{
    private static SceneGraph Riders(string id, params string[] predicates)
    {
        var builder = new GraphBuilder(100, 100, id).Object("man", 10, 10, 30, 60).Object("horse", 5, 30, 60, 90).Object("hat", 12, 5, 25, 12);
        foreach (var predicate in predicates)
        {
            builder.Relation(0, predicate, 1);
        }
        return builder.Relation(0, "wearing", 2).Relation(2, "of", 0).Build();
    }

    private static List<SceneGraph> Stable() =>
    [
        Riders("a", "riding"),
        Riders("b", "next to"),
        Riders("c", "riding", "next to"),
    ];

    private static bool Holds(SceneGraph graph, string subject, string predicate, string obj) =>
        graph.Relations.Any(r => r.Predicate == predicate && graph.Objects[r.Subject].Label == subject && graph.Objects[r.Object].Label == obj);

    [Theory]
    [InlineData("HasRelationMultiGenerator", true)]
    [InlineData("HasNotRelationMultiGenerator", false)]
    public void Has_relation_answers_the_one_image_that_holds_or_lacks_the_triple(string generator, bool has)
    {
        var items = BuiltinPack.RunMulti(generator, Stable(), BuiltinPack.Options(mcRatio: 0));

        // Every pair has an image with 'riding' or 'next to' that the other lacks; 'wearing' is everywhere. The man's box
        // touches the horse's in every image, so a reader sees him 'next to' it everywhere: only 'riding' is asked.
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal("riding", Slot(item, "predicate")));
        foreach (var item in items)
        {
            Assert.Equal(("man", "horse"), (Slot(item, "subject"), Slot(item, "object")));
            Assert.Contains(Slot(item, "predicate"), new[] { "riding", "next to" });
            var answered = Stable().Single(g => g.ImagePath == AnsweredImage(item));
            Assert.Equal(has, Holds(answered, "man", Slot(item, "predicate"), "horse"));
            Assert.Equal(2, item.Evidence.PerImage[0].Objects.Length);
            Assert.DoesNotContain(item.Evidence.PerImage.SelectMany(e => e.Relations.ToArray()), r => r == 2);
        }
        BuiltinPack.AssertVerified(items, Stable());
    }

    [Fact]
    public void CompareRelation_states_each_images_predicates_in_order()
    {
        var items = BuiltinPack.RunMulti("CompareRelationMultiGenerator", Stable(), BuiltinPack.Options(mcRatio: 0));

        Assert.Equal(3, items.Count);
        string Predicates(string image) => image switch { "a.jpg" => "riding", "b.jpg" => "next to", _ => "riding and next to" };
        foreach (var item in items)
        {
            Assert.Equal(("man", "horse"), (Slot(item, "subject"), Slot(item, "object")));
            Assert.Equal($"The man is {Predicates(item.Images[0])} the horse in Image 1, {Predicates(item.Images[1])} the horse in Image 2.", item.Answer);
        }
        BuiltinPack.AssertVerified(items, Stable());
    }

    [Theory]
    [InlineData("HasRelationMultiGenerator")]
    [InlineData("HasNotRelationMultiGenerator")]
    [InlineData("CompareRelationMultiGenerator")]
    public void Relation_generators_verify_for_many_seeds(string generator) => VerifiesForManySeeds(generator, Stable());

    [Theory]
    [InlineData("HasRelationMultiGenerator")]
    [InlineData("HasNotRelationMultiGenerator")]
    [InlineData("CompareRelationMultiGenerator")]
    public void Relation_generators_give_up_when_no_draw_can_succeed(string generator)
    {
        GivesUp(generator, [.. Enumerable.Range(0, 40).Select(i => Riders("same" + i, "riding"))]);
        GivesUp(generator, [Riders("only", "riding")]);
    }

    [Theory]
    [InlineData("HasRelationMultiGenerator", 10)]
    [InlineData("HasNotRelationMultiGenerator", 10)]
    [InlineData("CompareRelationMultiGenerator", 60)]
    public void Relation_generators_offer_the_reference_number_of_phrasings(string generator, int reference) => OffersAtLeast(generator, reference);
}
