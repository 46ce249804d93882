using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.Builtin.MultiKit;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The multi-image select generators (has / has not an object or an attributed object).</summary>
public sealed class MultiSelectTests
{
    private static List<SceneGraph> Pets() =>
    [
        Graph("a", "dog:brown", "cat:white"),
        Graph("b", "cat:black"),
        Graph("c", "cat:white", "dog:black"),
    ];

    [Fact]
    public void HasObject_answers_the_one_image_with_the_label()
    {
        var items = BuiltinPack.RunMulti("HasObjectMultiGenerator", Pets(), BuiltinPack.Options(mcRatio: 0));

        // (a, b) and (b, c) each have one image with a dog; (a, c) has no label in exactly one image.
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("dog", Slot(i, "label")));
        Assert.Equal(["a.jpg", "c.jpg"], items.Select(AnsweredImage).Order());
        Assert.All(items, i => Assert.Contains("dog", i.Prompt));
        BuiltinPack.AssertVerified(items, Pets());
    }

    [Fact]
    public void HasNotObject_answers_the_one_image_without_the_label()
    {
        var items = BuiltinPack.RunMulti("HasNotObjectMultiGenerator", Pets(), BuiltinPack.Options(mcRatio: 0));

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("dog", Slot(i, "label")));
        Assert.All(items, i => Assert.Equal("b.jpg", AnsweredImage(i)));
        BuiltinPack.AssertVerified(items, Pets());
    }

    [Fact]
    public void HasAttributedObject_answers_the_one_image_with_the_attributed_label()
    {
        var items = BuiltinPack.RunMulti("HasAttributedObjectMultiGenerator", Pets(), BuiltinPack.Options(mcRatio: 0));

        // Every pair shares 'cat'; (a, b): white cat only in a, black cat only in b; (b, c) likewise; (a, c) adds dogs.
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            var answered = AnsweredImage(item);
            var graph = Pets().Single(g => g.ImagePath == answered);
            var label = Slot(item, "label");
            var attribute = Slot(item, "attribute");
            Assert.Contains(graph.Objects, o => o.Label == label && o.Attributes.Contains(attribute));
            // "a black cat", or (one phrasing) "a cat that is black".
            Assert.True(item.Prompt.Contains($"{attribute} {label}", StringComparison.Ordinal) || item.Prompt.Contains($"{label} that is {attribute}", StringComparison.Ordinal), item.Prompt);
        }
        BuiltinPack.AssertVerified(items, Pets());
    }

    [Fact]
    public void HasNotAttributedObject_answers_the_one_image_without_the_attributed_label()
    {
        var items = BuiltinPack.RunMulti("HasNotAttributedObjectMultiGenerator", Pets(), BuiltinPack.Options(mcRatio: 0));

        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            var answered = AnsweredImage(item);
            var graph = Pets().Single(g => g.ImagePath == answered);
            Assert.DoesNotContain(graph.Objects, o => o.Label == Slot(item, "label") && o.Attributes.Contains(Slot(item, "attribute")));
        }
        BuiltinPack.AssertVerified(items, Pets());
    }

    [Theory]
    [InlineData("HasObjectMultiGenerator")]
    [InlineData("HasNotObjectMultiGenerator")]
    [InlineData("HasAttributedObjectMultiGenerator")]
    [InlineData("HasNotAttributedObjectMultiGenerator")]
    public void Select_generators_verify_for_many_seeds(string generator) => VerifiesForManySeeds(generator, Pets());

    [Theory]
    [InlineData("HasObjectMultiGenerator")]
    [InlineData("HasNotObjectMultiGenerator")]
    [InlineData("HasAttributedObjectMultiGenerator")]
    [InlineData("HasNotAttributedObjectMultiGenerator")]
    public void Select_generators_give_up_when_no_draw_can_succeed(string generator)
    {
        GivesUp(generator, Barren(40, "cat:white", "dog:brown"));
        GivesUp(generator, [Graph("only", "cat:white")]);
    }

    [Theory]
    [InlineData("HasObjectMultiGenerator", 15)]
    [InlineData("HasNotObjectMultiGenerator", 15)]
    [InlineData("HasAttributedObjectMultiGenerator", 15)]
    [InlineData("HasNotAttributedObjectMultiGenerator", 15)]
    public void Select_generators_offer_the_reference_number_of_phrasings(string generator, int reference) => OffersAtLeast(generator, reference);
}
