using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.DepthFamily.DepthGraphs;

namespace ProVision.Generators.Tests.VerifierTests.DepthFamily;

public sealed class AnchorDepthTests
{
    // cat 60, ball 100, dog 200: gaps 40 and 100, so the anchor is cat (v0) or ball (v1).
    private static readonly SceneGraph s_room = Room();

    private static ItemBuilder Item(string generator, string anchor, string names, string answer) =>
        new ItemBuilder(generator).Slot("anchor", anchor).Slot("names", names).Answer(answer).Objects(0, 2, 3);

    [Theory]
    [InlineData("CloserToAnchorObjectGenerator", "cat", "ball and dog", "ball")]
    [InlineData("FartherToAnchorObjectGenerator", "cat", "ball and dog", "dog")]
    [InlineData("CloserToAnchorObjectGenerator", "ball", "cat and dog", "cat")]
    [InlineData("FartherToAnchorObjectGenerator", "ball", "cat and dog", "dog")]
    public void Correct_items_verify(string generator, string anchor, string names, string answer)
    {
        Verdict.Passes(Item(generator, anchor, names, answer), s_room);
        Verdict.Passes(Item(generator, anchor, names, answer).Choices([.. names.Split(" and ")]), s_room);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Item("CloserToAnchorObjectGenerator", "cat", "ball and dog", "dog"),
            "answer 'dog' but 'ball' (depth 100) is closer to the anchor (depth 60) than 'dog' (depth 200)", s_room);

    [Fact]
    public void Anchor_outside_the_spec_rule_fails() =>
        Verdict.Fails(Item("CloserToAnchorObjectGenerator", "dog", "cat and ball", "ball"),
            "anchor 'dog' has depth 200, but with gaps 40 and 100 the anchor must have depth 60 or 100", s_room);

    [Fact]
    public void Even_gaps_fail() =>
        // cat 60, ball 100, car 140: gaps 40 and 40.
        Verdict.Fails(Item("CloserToAnchorObjectGenerator", "cat", "ball and car", "ball").Objects(2, 3, 4), "depth gaps 40 and 40", s_room);

    [Fact]
    public void Anchor_must_be_an_evidence_object() =>
        Verdict.Fails(Item("CloserToAnchorObjectGenerator", "tree", "ball and dog", "ball"), "slot 'anchor' is 'tree', which is not the label of an evidence object", s_room);

    [Fact]
    public void Overlap_fails() =>
        Verdict.Fails(Item("CloserToAnchorObjectGenerator", "cat", "ball and bowl", "ball").Objects(0, 2, 5), "the boxes of objects 0 and 5 overlap", s_room);
}
