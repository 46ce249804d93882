using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>Objects named by label or by label and box must be the evidence's, and one relation is asked as one.</summary>
public sealed class RelationReadingTests
{
    private static ItemBuilder SpoonAndPlate() => new ItemBuilder("ExistsRelationGenerator").Prompt("What is the relation between the spoon and the plate?")
        .Slot("subject", "spoon").Slot("object", "plate").Answer("near").Objects(4, 3).Relations(0, 6);

    [Fact]
    public void Several_predicates_asked_as_one_relation_fail() =>
        Verdict.FailsWith(SpoonAndPlate().Answer("near and on"), "reading [number]: the question asks for one relation but the answer lists 2", [Orchard], ReadingOn);

    [Fact]
    public void Several_predicates_asked_as_all_relations_verify() =>
        Verdict.PassesWith(SpoonAndPlate().Prompt("What are all the relations between the spoon and the plate?").Answer("near and on"), [Orchard], ReadingOn);

    [Fact]
    public void The_x_with_six_referents_fails() =>
        Verdict.FailsWith(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "hat").Slot("object", "tree").Answer("near").Objects(11, 5).Relations(1),
            "reading [number]: 'the' object 'tree' reads as one object but its noun group is objects [5, 6, 7, 8, 9, 10]", [Orchard], ReadingOn);

    [Fact]
    public void A_box_that_names_another_object_fails() =>
        // Planted: the evidence is the spoon, the words give the hat's box.
        Verdict.FailsWith(new ItemBuilder("AttributeBBoxGenerator").Slot("label", "hat").Slot("box", "(0.92, 0.0, 0.99, 0.05)").Answer("metal and white").Objects(4),
            "reading [referent]: the label and box name object 11 but the evidence lists [4]", [Orchard], ReadingOn);

    [Fact]
    public void A_box_with_the_wrong_label_names_no_object() =>
        Verdict.FailsWith(new ItemBuilder("RelationBBoxGenerator").Slot("subject", "dog").Slot("subject_box", "(0.5, 0.3, 0.6, 0.4)")
            .Slot("object_box", "(0.05, 0.3, 0.45, 0.4)").Answer("near").Objects(4, 3).Relations(0, 6),
            "reading [referent]: 'dog' at (0.5, 0.3, 0.6, 0.4) denotes no object", [Orchard], ReadingOn);
}
