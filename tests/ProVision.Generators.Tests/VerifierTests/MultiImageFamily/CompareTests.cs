using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
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
        // "The shoes is striped ..." reads as a mistake: after a plural label the sentence says "are".
        var graphs = new[]
        {
            new GraphBuilder(id: "a").Object("shoes", 0, 0, 1, 1, "large", "striped").Build(),
            new GraphBuilder(id: "b").Object("shoes", 0, 0, 1, 1, "striped").Build(),
        };
        ItemBuilder Shoes(string answer) => new ItemBuilder("CompareAttributeMultiGenerator").Images(2)
            .Slot("label", "shoes").Answer(answer).ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Passes(Shoes("The shoes are large and striped in Image 1, striped in Image 2."), graphs);
        Verdict.Fails(Shoes("The shoes is large and striped in Image 1, striped in Image 2."), "does not read as 'The shoes are <attributes> in Image 1", graphs);
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
}
