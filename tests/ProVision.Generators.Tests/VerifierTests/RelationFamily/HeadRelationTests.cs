using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.RelationFamily.RelationGraphs;

namespace ProVision.Generators.Tests.VerifierTests.RelationFamily;

public sealed class HeadRelationTests
{
    // "Which one is near the ball?" S = {dog, table} (relations 3, 4, 6).
    private static ItemBuilder Correct() => new ItemBuilder("HeadRelationGenerator")
        .Slot("names", "dog, man, and helmet").Slot("predicate", "near").Slot("object", "ball").Answer("dog").Objects(3, 5).Relations(3);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Park);
        Verdict.Passes(Correct().Choices("man", "helmet", "dog"), Park);
        Verdict.Passes(new ItemBuilder("HeadRelationGenerator").Slot("names", "table and bat").Slot("predicate", "near").Slot("object", "ball")
            .Answer("table").Objects(6, 5).Relations(6), Park);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Correct().Answer("man").Choices("man", "dog", "helmet"), "answer 'man' but the subject of relation 3 is 'dog'", Park);

    [Fact]
    public void Distractor_holding_the_relation_fails() =>
        Verdict.Fails(Correct().Slot("names", "dog and table"), "offered label 'table' is also near object 5", Park);

    [Fact]
    public void Distractor_that_is_the_object_fails() =>
        Verdict.Fails(Correct().Slot("names", "dog and ball"), "offered label 'ball' is the object's own label", Park);

    [Fact]
    public void Distractor_not_in_the_image_fails() =>
        Verdict.Fails(Correct().Slot("names", "dog and zebra"), "offered label 'zebra' is not a label of the image", Park);

    [Fact]
    public void No_distractor_gives_no_item() =>
        Verdict.Fails(Correct().Slot("names", "dog"), "slot 'names' offers 1 labels; the question needs 2", Park);

    [Fact]
    public void Relation_must_join_the_evidence_pair() =>
        Verdict.Fails(Correct().Relations(0), "evidence must name the one relation from object 3 to object 5", Park);
}
