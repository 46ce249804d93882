using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class SpatialPredicatesTests
{
    private static readonly Box s_left = new(0, 40, 20, 60), s_right = new(60, 40, 80, 60), s_top = new(30, 0, 50, 10), s_far = new(300, 300, 310, 310);

    [Fact]
    public void Left_right_above_below_follow_the_box_centres()
    {
        Assert.True(SpatialPredicates.CouldHold(s_left, "to the left of", s_right));
        Assert.False(SpatialPredicates.CouldHold(s_right, "to the left of", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_right, "To the right of ", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_top, "above", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_left, "under", s_top));
        Assert.False(SpatialPredicates.CouldHold(s_top, "below", s_left));
    }

    [Fact]
    public void Near_needs_a_small_gap_and_other_predicates_are_never_borne_out()
    {
        Assert.False(SpatialPredicates.CouldHold(s_left, "next to", s_right)); // gap 40 > half of the larger side (20)
        Assert.True(SpatialPredicates.CouldHold(s_left, "next to", new Box(25, 40, 45, 60)));  // gap 5
        Assert.False(SpatialPredicates.CouldHold(s_left, "near", s_far));
        Assert.False(SpatialPredicates.CouldHold(s_left, "holding", s_right));
        Assert.False(SpatialPredicates.CouldHold(s_left, "behind", s_right));
    }
}
