using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SegmentationFamily;

public sealed class SegmentationPointTests
{
    // 0 rug (covered entirely by the later cat), 1 dog [0,0,3,3], 2 cat [2,2,8,8]: the cat wins pixel (2, 2).
    private static readonly SceneGraph s_graph = new GraphBuilder()
        .Object("rug", 4, 4, 6, 6).Object("dog", 0, 0, 3, 3).Object("cat", 2, 2, 8, 8).Masks().Build();

    // Anchor (0, 0) on the dog; (2, 0) on the dog at distance 2; (2, 2) on the cat at distance 2.8.
    private static ItemBuilder Item(string generator, string answer) => new ItemBuilder(generator)
        .Slot("anchor", "(0.0, 0.0)").Slot("point1", "(0.2, 0.2)").Slot("point2", "(0.2, 0.0)").Answer(answer).Objects(1);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Item("SameObjectSegGenerator", "(0.2, 0.0)"), s_graph);
        Verdict.Passes(Item("DiffObjectSegGenerator", "(0.2, 0.2)").Choices("(0.2, 0.0)", "(0.2, 0.2)"), s_graph);
    }

    [Fact]
    public void A_pixel_painted_over_by_a_later_object_is_not_on_the_region() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.2)"), "answer '(0.2, 0.2)' is not on object 1's region; the same-object point must be", s_graph);

    [Fact]
    public void Wrong_different_point_fails() =>
        Verdict.Fails(Item("DiffObjectSegGenerator", "(0.2, 0.0)"), "answer '(0.2, 0.0)' is on object 1's region; the different-object point must not be", s_graph);

    [Fact]
    public void Anchor_off_the_region_fails() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.0)").Slot("anchor", "(0.1, 0.9)"), "anchor (0.1, 0.9) is not on object 1's region", s_graph);

    [Fact]
    public void Points_at_different_distances_fail() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.0)").Slot("point1", "(0.9, 0.0)"), "the inside point is 2 px from the anchor but the outside point 9 px", s_graph);

    [Fact]
    public void Points_must_print_differently() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.0)").Slot("anchor", "(0.2, 0.0)"), "must print differently", s_graph);

    [Fact]
    public void An_object_painted_over_entirely_has_no_region() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.0)").Objects(0), "object 0's region is empty", s_graph);

    [Fact]
    public void Images_without_masks_fail() =>
        Verdict.Fails(Item("SameObjectSegGenerator", "(0.2, 0.0)"), "has no masks", new GraphBuilder().Object("rug", 0, 0, 1, 1).Object("dog", 0, 0, 3, 3).Build());
}
