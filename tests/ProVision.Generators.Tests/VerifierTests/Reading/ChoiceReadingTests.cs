using ProVision.Generators.Tests.Support;
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

    private static ItemBuilder NearThePlate() => new ItemBuilder("HeadRelationGenerator").Slot("names", "spoon and hat").Slot("predicate", "near")
        .Slot("object", "plate").Answer("spoon").Objects(4, 3).Relations(0);

    [Fact]
    public void A_head_item_with_one_anchor_and_a_false_distractor_verifies() => Verdict.PassesWith(NearThePlate(), [Orchard], ReadingOn);

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
