using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>"Which one ..." options and "the X" anchors, read over noun groups.</summary>
public sealed class ChoiceReadingTests
{
    [Fact]
    public void An_extreme_option_denoting_six_trees_fails() =>
        Verdict.FailsWith(new ItemBuilder("LeftMostObjectGenerator").Slot("names", "tree, hat, and spoon").Answer("tree").Objects(5, 11, 4),
            "reading [number]: option 'tree' reads as one object but its noun group is objects [5, 6, 7, 8, 9, 10]", [Orchard], ReadingOn);

    [Fact]
    public void An_extreme_option_that_is_one_noun_with_another_fails() =>
        Verdict.FailsWith(new ItemBuilder("TopMostObjectGenerator").Slot("names", "bananas, hat, and banana").Answer("hat").Objects(2, 11, 0),
            "reading [one-right]: offered names 'bananas', 'banana' name one noun", [Orchard], ReadingOn);

    [Fact]
    public void An_extreme_answer_that_is_not_the_extreme_fails() =>
        // Planted: "hat" as the left-most of hat and spoon; the spoon (x1 = 50) is left of the hat (92).
        Verdict.FailsWith(new ItemBuilder("LeftMostObjectGenerator").Slot("names", "hat and spoon").Answer("hat").Objects(11, 4),
            "reading [one-right]: 'spoon' (object 4, x1 50) is at least as far x1 as the answer 'hat'", [Orchard], ReadingOn);

    [Fact]
    public void An_offered_person_beside_a_person_of_another_noun_fails()
    {
        // "Among the person, the hat and the spoon, which is furthest left?" The man beside the person may be it too.
        var graph = new GraphBuilder(100, 100, "yard").Object("person", 0, 0, 10, 50).Object("hat", 20, 0, 30, 10)
            .Object("spoon", 40, 0, 50, 10).Object("man", 60, 0, 70, 50).Build();
        ItemBuilder Item(string names, params int[] objects) => new ItemBuilder("LeftMostObjectGenerator").Slot("names", names).Answer("person").Objects(objects);

        // The test vocabulary names no persons: the built-in one does.
        Verdict.FailsWith(Item("person, hat, and spoon", 0, 1, 2), "reading [persons]: 'person' may name the 'man'", [graph], ReadingOn, BuiltinPack.Pack.Vocabulary);
        var alone = new GraphBuilder(100, 100, "yard").Object("person", 0, 0, 10, 50).Object("hat", 20, 0, 30, 10).Object("spoon", 40, 0, 50, 10).Build();
        Verdict.PassesWith(Item("person, hat, and spoon", 0, 1, 2), [alone], ReadingOn, BuiltinPack.Pack.Vocabulary);
    }

    private static ItemBuilder NearThePlate() => new ItemBuilder("HeadRelationGenerator").Slot("names", "spoon and hat").Slot("predicate", "near")
        .Slot("object", "plate").Answer("spoon").Objects(4, 3).Relations(0);

    [Fact]
    public void A_head_item_with_one_anchor_and_a_false_distractor_verifies() => Verdict.PassesWith(NearThePlate(), [Orchard], ReadingOn);

    // A man with a dog near him at the left, a player and a bench at the right.
    private static SceneGraph Field() => new GraphBuilder(200, 100, "field").Object("man", 0, 0, 20, 60)
        .Object("dog", 22, 40, 40, 60).Object("player", 150, 0, 170, 60).Object("bench", 175, 40, 199, 60).Relation(1, "near", 0).Build();

    [Fact]
    public void The_man_of_a_head_item_beside_a_player_may_be_the_player() =>
        // "Which of dog and bench is near the man?": the player, offered by no option, may be "the man" to a reader.
        Verdict.FailsWith(new ItemBuilder("HeadRelationGenerator").Slot("names", "dog and bench").Slot("predicate", "near").Slot("object", "man")
            .Answer("dog").Objects(1, 0).Relations(0), "reading [persons]: 'man/dog/bench' may name the 'player'", [Field()], ReadingOn,
            Builtin.BuiltinPack.Pack.Vocabulary);

    [Fact]
    public void A_person_option_beside_a_person_answer_may_name_the_answer()
    {
        // "Which of the man and the person is near the dog?" with the man near it: "the person" may be that man.
        var graph = new GraphBuilder(200, 100, "field").Object("man", 0, 0, 20, 60).Object("dog", 22, 40, 40, 60).Object("person", 150, 0, 170, 60)
            .Relation(0, "near", 1).Build();
        Verdict.FailsWith(new ItemBuilder("HeadRelationGenerator").Slot("names", "man and person").Slot("predicate", "near").Slot("object", "dog")
            .Answer("man").Objects(0, 1).Relations(0), "reading [persons]: option 'person' may name the answer's 'man'", [graph], ReadingOn,
            Builtin.BuiltinPack.Pack.Vocabulary);
    }

    [Fact]
    public void A_distractor_true_of_another_referent_of_the_anchor_fails() =>
        // "Which one is near the tree: spoon or hat?" The spoon is near tree 10, the hat near tree 5: both right.
        Verdict.FailsWith(NearThePlate().Slot("object", "tree").Objects(4, 10).Relations(2),
            "reading [one-right]: option 'hat' is also near a 'tree': objects [11] (the tree has referents [5, 6, 7, 8, 9, 10])", [Orchard], ReadingOn);

    [Fact]
    public void A_head_answer_that_holds_for_no_referent_fails() =>
        Verdict.FailsWith(NearThePlate().Slot("names", "hat and spoon").Answer("hat").Objects(11, 3).Relations(0),
            "reading [one-right]: no 'hat' [11] is near any 'plate' [3], yet it is the answer", [Orchard], ReadingOn);

    [Fact]
    public void A_depth_anchor_with_several_referents_fails() =>
        Verdict.FailsWith(new ItemBuilder("CloserToAnchorObjectGenerator").Slot("names", "hat and spoon").Slot("anchor", "tree").Answer("hat").Objects(5, 11, 4),
            "reading [number]: anchor 'the' 'tree' reads as one object but its noun group is objects [5, 6, 7, 8, 9, 10]", [Orchard], ReadingOn);

    [Fact]
    public void Depth_names_must_be_the_evidence_objects() =>
        Verdict.FailsWith(new ItemBuilder("CloserObjectGenerator").Slot("names", "hat and spoon").Answer("hat").Objects(11, 3),
            "reading [referent]: the words name objects [4, 11] but the evidence lists [11, 3]", [Orchard], ReadingOn);
}
