using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.MultiImageFamily.MultiGraphs;

namespace ProVision.Generators.Tests.VerifierTests.MultiImageFamily;

public sealed class CompareTests
{
    private const string CatAnswer = "The cat is small and black in Image 1, white in Image 2.";
    private const string CatSwapped = "The cat is white in Image 1, black and small in Image 2.";

    private static ItemBuilder Attributes() => new ItemBuilder("CompareAttributeMultiGenerator").Images(2)
        .Slot("label", "cat").Answer(CatAnswer).ObjectsIn(0, 2).ObjectsIn(1, 1);

    private const string RelationAnswer = "The man is holding the bat in Image 1 and is near the bat in Image 2.";

    private static ItemBuilder Relations() => new ItemBuilder("CompareRelationMultiGenerator").Images(2)
        .Slot("subject", "man").Slot("object", "bat").Answer(RelationAnswer).ObjectsIn(0, 3, 4).RelationsIn(0, 0).ObjectsIn(1, 2, 3).RelationsIn(1, 0);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Attributes(), AB);
        Verdict.Passes(Attributes().Choices(CatSwapped, CatAnswer), AB);
        Verdict.Passes(Relations().Choices(RelationAnswer, "The man is near the bat in Image 1 and is holding the bat in Image 2."), AB);
    }

    [Fact]
    public void Wrong_assignment_fails()
    {
        Verdict.Fails(Attributes().Answer(CatSwapped), "answer gives 'white' for Image 1 but its set is {'black', 'small'}", AB);
        Verdict.Fails(Relations().Answer("The man is near the bat in Image 1 and is holding the bat in Image 2."), "answer gives 'is near' for Image 1 but its set is {'holding'}", AB);
        // The verb is each image's own: "is holding", never "holding" after the subject alone.
        Verdict.Fails(Relations().Answer("The man holding the bat in Image 1 and is near the bat in Image 2."), "answer gives 'holding' for Image 1 but its set is {'holding'}", AB);
    }

    [Fact]
    public void Distractor_that_is_not_a_permutation_fails() =>
        Verdict.Fails(Attributes().Choices(CatAnswer, "The cat is black in Image 1, white in Image 2."), "is not the images' sets permuted", AB);

    [Fact]
    public void Distractor_restating_the_truth_fails() =>
        Verdict.Fails(Attributes().Choices(CatAnswer, "The cat is black and small in Image 1, white in Image 2."), "states the true assignment", AB);

    [Fact]
    public void Malformed_sentence_fails() =>
        Verdict.Fails(Attributes().Answer("The cat is small and black in the first image."), "does not read as 'The cat is <attributes> in Image 1", AB);

    [Fact]
    public void The_verb_agrees_with_a_plural_label()
    {
        // "The glasses is striped ..." reads as a mistake: after a plural label the sentence says "are". ("Glasses" is
        // one thing; a "shoes" box is a pair, and "the shoe" names neither: such labels are never the compared object.)
        SceneGraph[] Pair(string label) =>
        [
            new GraphBuilder(id: "a").Object(label, 0, 0, 1, 1, "large", "striped").Build(),
            new GraphBuilder(id: "b").Object(label, 0, 0, 1, 1, "small").Build(),
        ];
        ItemBuilder Item(string label, string answer) => new ItemBuilder("CompareAttributeMultiGenerator").Images(2)
            .Slot("label", label).Answer(answer).ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Passes(Item("glasses", "The glasses are large and striped in Image 1, small in Image 2."), Pair("glasses"));
        Verdict.Fails(Item("glasses", "The glasses is large and striped in Image 1, small in Image 2."), "does not read as 'The glasses are <attributes> in Image 1", Pair("glasses"));
        Verdict.Fails(Item("shoes", "The shoes are large and striped in Image 1, small in Image 2."), "Image 1's object of it is labelled 'shoes', in the plural", Pair("shoes"));
    }

    [Fact]
    public void Label_must_occur_once_per_image() =>
        Verdict.Fails(Attributes().Slot("label", "dog"), "label 'dog' must occur exactly once in every image, but the counts are [2, 1]", AB);

    [Fact]
    public void Sets_that_differ_only_by_synonyms_fail()
    {
        // "big" and "large" are one attribute to a reader (the built-in vocabulary's synonyms): the swapped distractor
        // is as true as the answer.
        var graphs = new[]
        {
            new GraphBuilder(id: "a").Object("car", 0, 0, 1, 1, "big").Build(),
            new GraphBuilder(id: "b").Object("car", 0, 0, 1, 1, "large").Build(),
        };
        var item = new ItemBuilder("CompareAttributeMultiGenerator").Images(2).Slot("label", "car")
            .Answer("The car is big in Image 1, large in Image 2.").ObjectsIn(0, 0).ObjectsIn(1, 0)
            .Choices("The car is big in Image 1, large in Image 2.", "The car is large in Image 1, big in Image 2.");
        var result = Verdict.Of(item, graphs, vocabulary: BuiltinPack.Pack.Vocabulary);
        Assert.Contains(result.Failures, f => f.Contains("Images 1 and 2 have the same attribute meanings for 'car'", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_sets_fail() =>
        Verdict.Fails(Relations().Answer("The man is near the bat in Image 1, near the bat in Image 2.").ObjectsIn(0, 2, 3).ObjectsIn(1, 3, 4),
            "Images 1 and 2 have the same predicate set from 'man' to 'bat' {'near'}", B, C);

    [Fact]
    public void A_contrast_both_images_bear_out_fails()
    {
        // Each man stands just left of his car: "to the left of" in Image 1 and "near" in Image 2 are both true of both
        // images, so the swapped sentence is as true as the answer and the images differ in nothing a reader sees.
        SceneGraph Car(string id, string predicate, float manX) =>
            new GraphBuilder(100, 100, id).Object("man", manX, 40, manX + 10, 60).Object("car", 30, 40, 50, 60).Relation(0, predicate, 1).Build();
        const string Answer = "The man is to the left of the car in Image 1 and is near the car in Image 2.";
        const string Swapped = "The man is near the car in Image 1 and is to the left of the car in Image 2.";
        ItemBuilder Item() => new ItemBuilder("CompareRelationMultiGenerator").Images(2).Slot("subject", "man").Slot("object", "car")
            .Answer(Answer).Choices(Answer, Swapped).ObjectsIn(0, 0, 1).RelationsIn(0, 0).ObjectsIn(1, 0, 1).RelationsIn(1, 0);

        Verdict.Fails(Item(), "the sentence giving Image 1 {'near'}, Image 2 {'to the left of'} may be true as well", Car("left", "to the left of", 15), Car("near", "near", 15));
        // Asked open (no options), the answer still claims a difference there is none of.
        Verdict.Fails(Item().Choices(), "may be true as well", Car("left", "to the left of", 15), Car("near", "near", 15));
        // The man of Image 2 stands right of his car: "to the left of" is false there, so the swapped sentence is false.
        Verdict.Passes(Item(), Car("left", "to the left of", 15), Car("near", "near", 55));
    }

    [Fact]
    public void An_attribute_contrast_no_attribute_excludes_fails()
    {
        // "Small" in Image 1 and "wooden" in Image 2: the small chair may be wooden and the wooden one small, so the
        // swapped sentence is as true as the answer. "Small" against "large" is a difference a reader sees.
        SceneGraph Chair(string id, params string[] attributes) => new GraphBuilder(id: id).Object("chair", 0, 0, 1, 1, attributes).Build();
        ItemBuilder Item(string answer, string swapped) => new ItemBuilder("CompareAttributeMultiGenerator").Images(2).Slot("label", "chair")
            .Answer(answer).Choices(answer, swapped).ObjectsIn(0, 0).ObjectsIn(1, 0);

        Verdict.Fails(Item("The chair is small in Image 1, wooden in Image 2.", "The chair is wooden in Image 1, small in Image 2."),
            "the sentence giving Image 1 {'wooden'}, Image 2 {'small'} may be true as well", Chair("a", "small"), Chair("b", "wooden"));
        Verdict.Fails(Item("The chair is small in Image 1, wooden in Image 2.", "The chair is wooden in Image 1, small in Image 2.").Choices(),
            "may be true as well", Chair("a", "small"), Chair("b", "wooden"));
        Verdict.Passes(Item("The chair is small in Image 1, large and wooden in Image 2.", "The chair is large and wooden in Image 1, small in Image 2."),
            Chair("a", "small"), Chair("b", "large", "wooden"));
    }

    [Fact]
    public void A_colour_contrast_another_image_shows_together_fails()
    {
        // The bed is black in Image 1, black and white in Image 2: a bed may be both, as Image 2 shows, so "black"
        // is no sign that Image 1's bed is not white, and the swapped sentence may be true as well. Against a red bed
        // in Image 2 the black bed of Image 1 is seen not to be red.
        SceneGraph Bed(string id, params string[] attributes) => new GraphBuilder(id: id).Object("bed", 0, 0, 1, 1, attributes).Build();
        ItemBuilder Item(string answer, string swapped) => new ItemBuilder("CompareAttributeMultiGenerator").Images(2).Slot("label", "bed")
            .Answer(answer).Choices(answer, swapped).ObjectsIn(0, 0).ObjectsIn(1, 0);

        Verdict.Fails(Item("The bed is black in Image 1, black and white in Image 2.", "The bed is black and white in Image 1, black in Image 2."),
            "the sentence giving Image 1 {'black', 'white'}, Image 2 {'black'} may be true as well", Bed("a", "black"), Bed("b", "black", "white"));
        Verdict.Passes(Item("The bed is black in Image 1, red in Image 2.", "The bed is red in Image 1, black in Image 2."),
            Bed("a", "black"), Bed("b", "red"));
    }
}
