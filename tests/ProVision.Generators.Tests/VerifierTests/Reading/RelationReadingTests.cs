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
    public void The_person_beside_a_man_may_be_the_man()
    {
        // "What is the relation between the person and the chair?": the man beside them may be "the person" to a reader.
        var graph = new GraphBuilder(100, 100, "room").Object("person", 0, 0, 20, 50).Object("chair", 0, 50, 20, 70).Object("man", 60, 0, 80, 50)
            .Relation(0, "sitting on", 1).Build();
        Verdict.FailsWith(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "person").Slot("object", "chair").Answer("sitting on").Objects(0, 1).Relations(0),
            "reading [persons]: 'person/chair' may name the 'man'", [graph], ReadingOn, Builtin.BuiltinPack.Pack.Vocabulary);
    }

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

    [Fact]
    public void A_relation_distractor_the_boxes_bear_out_fails()
    {
        // The cup is 8 px left of the bowl in a 200 x 200 image: near by its definition, so "near" is right too.
        var graph = Builtin.SceneGraphGraphs.CloseCupAndBowl();
        ItemBuilder ByName(params string[] choices) => new ItemBuilder("ExistsRelationGenerator").Slot("subject", "cup").Slot("object", "bowl")
            .Answer("to the left of").Choices(choices).Objects(0, 1).Relations(0);
        ItemBuilder ByBox(params string[] choices) => new ItemBuilder("RelationBBoxGenerator").Slot("subject", "cup").Slot("subject_box", "(0.05, 0.05, 0.1, 0.1)")
            .Slot("object", "bowl").Slot("object_box", "(0.14, 0.05, 0.19, 0.1)").Answer("to the left of").Choices(choices).Objects(0, 1).Relations(0);

        Verdict.FailsWith(ByName("to the left of", "near", "on"), "reading [one-right]: option 'near' is offered as wrong, but the boxes of objects 0 and 1 bear it out", [graph], ReadingOn);
        Verdict.PassesWith(ByName("to the left of", "on"), [graph], ReadingOn);
        Verdict.FailsWith(ByBox("to the left of", "near", "on"), "reading [one-right]: option 'near' is offered as wrong, but the boxes of objects 0 and 1 bear it out", [graph], ReadingOn);
        Verdict.PassesWith(ByBox("to the left of", "on"), [graph], ReadingOn);
    }

    [Fact]
    public void A_head_distractor_the_boxes_bear_out_fails()
    {
        // "Which one is near the bowl: cup or plate?" The plate is 25 px from the bowl in 400 x 400: near by definition, unannotated.
        var graph = Builtin.SceneGraphGraphs.NearBowl();
        ItemBuilder Item(string names) => new ItemBuilder("HeadRelationGenerator").Slot("names", names).Slot("predicate", "near").Slot("object", "bowl")
            .Answer("cup").Objects(0, 1).Relations(0);

        Verdict.FailsWith(Item("cup and plate"), "reading [one-right]: option 'plate' is offered as wrong, but the boxes of object 2 and the bowl [1] bear 'near' out", [graph], ReadingOn);
        Verdict.PassesWith(Item("cup and chair"), [graph], ReadingOn);
    }
}
