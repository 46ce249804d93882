using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.DepthFamily;

public sealed class PointDepthTests
{
    // Left half 200, right half 40 (uint8, 0..255): larger is closer means the left is near.
    private static SceneGraph Split(DepthConvention convention) =>
        new GraphBuilder().Object("dog", 0, 0, 2, 2).Depth((x, _) => x < 5 ? (byte)200 : (byte)40, convention).Build();

    private static readonly SceneGraph s_near = Split(DepthConvention.LargerIsCloser);

    private static ItemBuilder Item(string generator, string answer) =>
        new ItemBuilder(generator).Slot("point1", "(0.2, 0.3)").Slot("point2", "(0.8, 0.3)").Answer(answer);

    [Fact]
    public void Correct_items_verify_under_both_conventions()
    {
        Verdict.Passes(Item("CloserPointGenerator", "(0.2, 0.3)"), s_near);
        Verdict.Passes(Item("FartherPointGenerator", "(0.8, 0.3)").Choices("(0.2, 0.3)", "(0.8, 0.3)"), s_near);
        var far = Split(DepthConvention.LargerIsFarther);
        Verdict.Passes(Item("CloserPointGenerator", "(0.8, 0.3)"), far);
        Verdict.Passes(Item("FartherPointGenerator", "(0.2, 0.3)"), far);
    }

    [Fact]
    public void Wrong_point_fails_naming_the_convention() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.8, 0.3)"), "answer '(0.8, 0.3)' (depth 40) but (0.2, 0.3) (depth 200) is the closer point (larger-is-closer)", s_near);

    [Fact]
    public void The_reference_mixed_convention_is_caught() =>
        // The reference read point depth as "smaller = closer" on larger-is-closer maps: that answer fails here.
        Verdict.Fails(Item("FartherPointGenerator", "(0.2, 0.3)"), "is the farther point", s_near);

    [Fact]
    public void Points_below_the_threshold_fail() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)").Slot("point2", "(0.3, 0.3)"), "differ by less than the threshold 50", s_near);

    [Fact]
    public void Identical_points_fail() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)").Slot("point2", "(0.2, 0.3)"), "both points print as (0.2, 0.3)", s_near);

    [Fact]
    public void Answer_must_be_one_of_the_points() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.1, 0.3)"), "answer '(0.1, 0.3)' is neither point1", s_near);

    [Fact]
    public void Point_items_carry_no_object_evidence() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)").Objects(0), "its evidence must be empty", s_near);

    [Fact]
    public void The_threshold_scales_with_the_declared_range()
    {
        // Metres on a declared 0..10 range: 50 on the 0-255 scale is 50 * 10 / 255 = 1.96 m.
        SceneGraph Metres(float left, float right) => new GraphBuilder().Object("dog", 0, 0, 2, 2)
            .Depth((x, _) => x < 5 ? left : right, DepthConvention.LargerIsFarther, new DepthRange(0, 10)).Build();
        Verdict.Passes(Item("CloserPointGenerator", "(0.2, 0.3)"), Metres(2, 8));
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)"), "threshold 1.96", Metres(2, 3));
    }

    [Fact]
    public void An_image_without_depth_fails() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)"), "has no depth map", new GraphBuilder().Object("dog", 0, 0, 1, 1).Build());

    [Fact]
    public void A_choice_that_is_not_one_of_the_points_fails() =>
        Verdict.Fails(Item("CloserPointGenerator", "(0.2, 0.3)").Choices("(0.2, 0.3)", "(0.5, 0.5)"), "choice '(0.5, 0.5)' is not among the two points", s_near);

    [Fact]
    public void In_a_large_image_a_point_stands_for_a_cell_of_pixels()
    {
        // 1000 x 10: "0.5" covers pixels 496..505 (0.495 and 0.505 sit just below their ties); the depth jumps at 500.
        var edge = new GraphBuilder(1000, 10).Object("dog", 0, 0, 2, 2).Depth((x, _) => x < 500 ? (byte)40 : (byte)200).Build();
        var item = new ItemBuilder("CloserPointGenerator").Slot("point1", "(0.5, 0.3)").Slot("point2", "(0.1, 0.3)");
        Verdict.Passes(item.Answer("(0.5, 0.3)"), edge); // some pixel of the cell is at 200, closer than 40 by 160
        Verdict.Fails(item.Answer("(0.1, 0.3)"), "(0.5, 0.3) (depth 40..200) is the closer point", edge);
    }
}
