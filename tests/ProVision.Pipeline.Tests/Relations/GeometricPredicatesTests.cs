using ProVision.Pipeline.Relations;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Relations;

/// <summary>
/// Each predicate with hand-made boxes: a clear case (with its confidence), the edge of the margin (confidence 0.5),
/// a case inside the margin (no relation) and a clear "no". Defaults of <see cref="RelationOptions"/> throughout.
/// </summary>
public sealed class GeometricPredicatesTests
{
    private static readonly GeometricPredicates P = new();
    private static readonly Box Unit = new(0, 0, 10, 10);

    private static void Conf(double expected, double? actual) => Assert.Equal(expected, Assert.NotNull(actual), 3);

    [Fact]
    public void Left_of_and_right_of()
    {
        Conf(1.0, P.IsLeftOf(Unit, new Box(15, 0, 25, 10)));   // gap of half a width
        Conf(0.5, P.IsLeftOf(Unit, new Box(10, 0, 20, 10)));   // touching: the edge of the margin
        Assert.Null(P.IsLeftOf(Unit, new Box(9, 0, 19, 10)));  // 10 % overlap: inside the margin
        Assert.Null(P.IsLeftOf(Unit, new Box(5, 0, 15, 10)));  // 50 % overlap: no
        Assert.Null(P.IsLeftOf(new Box(15, 0, 25, 10), Unit)); // the other way round
        Conf(1.0, P.IsRightOf(new Box(15, 0, 25, 10), Unit));
        Conf(0.7, P.IsLeftOf(Unit, new Box(12, 40, 22, 50)));  // gap 0.2 widths; height does not matter
    }

    [Fact]
    public void Above_and_below_with_y_down()
    {
        Conf(1.0, P.IsAbove(Unit, new Box(0, 15, 10, 25)));
        Conf(0.5, P.IsAbove(Unit, new Box(0, 10, 10, 20)));
        Assert.Null(P.IsAbove(Unit, new Box(0, 9, 10, 19)));
        Assert.Null(P.IsAbove(new Box(0, 15, 10, 25), Unit));
        Conf(1.0, P.IsBelow(new Box(0, 15, 10, 25), Unit));
    }

    [Fact]
    public void Next_to()
    {
        Conf(0.7, P.IsNextTo(Unit, new Box(12, 2, 22, 12)));      // overlap 80 % of the height, gap 0.2 widths
        Conf(0.7, P.IsNextTo(new Box(12, 2, 22, 12), Unit));      // symmetric
        Assert.Null(P.IsNextTo(Unit, new Box(12, 4.5, 22, 14.5))); // vertical overlap 55 %: inside the 40-60 % margin
        Assert.Null(P.IsNextTo(Unit, new Box(15, 0, 25, 10)));     // gap 50 % of the mean width: inside the 40-60 % margin
        Assert.Null(P.IsNextTo(new Box(0, 0, 100, 10), new Box(160, 2, 170, 8))); // gap 60 px, mean width 55: too far
        Assert.Null(P.IsNextTo(Unit, new Box(9, 0, 19, 10)));      // overlapping by a tenth of a width: inside the separation margin
        Assert.Null(P.IsNextTo(Unit, new Box(30, 0, 40, 10)));     // too far
        Assert.Null(P.IsNextTo(Unit, new Box(0, 12, 10, 22)));     // stacked, not side by side
    }

    [Fact]
    public void Near_uses_the_image_diagonal()
    {
        // 100 x 100: diagonal 141.4; near up to 3 % of it (4.2 px), margin band 3-7 % (4.2-9.9 px).
        Assert.NotNull(P.IsNear(Unit, new Box(13, 0, 23, 10), 100, 100));
        Conf(1.0, P.IsNear(Unit, new Box(10, 0, 20, 10), 100, 100)); // touching
        Assert.Null(P.IsNear(Unit, new Box(16, 0, 26, 10), 100, 100)); // 6 px: inside the margin
        Assert.Null(P.IsNear(Unit, new Box(40, 0, 50, 10), 100, 100));
        Assert.Null(P.IsNear(Unit, new Box(5, 5, 15, 15), 100, 100));  // overlapping boxes are not "near"
        Assert.NotNull(P.IsNear(Unit, new Box(16, 0, 26, 10), 400, 400)); // the same pair in a bigger image
    }

    [Fact]
    public void On_and_under()
    {
        var table = new Box(20, 40, 80, 100);
        Conf(1.0, P.IsOn(new Box(40, 20, 60, 42), table));          // cup standing on the table top
        Conf(1.0, P.IsUnder(table, new Box(40, 20, 60, 42)));
        Conf(0.5, P.IsOn(new Box(13, 20, 33, 42), table));          // 65 % of the cup over the table: the margin's edge
        Assert.Null(P.IsOn(new Box(12, 20, 32, 42), table));        // 60 %: inside the 55-65 % margin
        Assert.Null(P.IsOn(new Box(0, 20, 20, 42), table));         // beside the table
        Conf(0.5, P.IsOn(new Box(40, 20, 60, 64), table));          // bottom 40 % down the table: the margin's edge
        Assert.Null(P.IsOn(new Box(40, 20, 60, 67), table));        // 45 %: inside the 40-50 % margin
        Assert.Null(P.IsOn(new Box(40, 60, 60, 95), table));        // bottom near the table's bottom: not on it
        Assert.Null(P.IsOn(new Box(40, 10, 60, 30), table));        // floating 10 px above (bottom -17 %, band -20..-10 %)
        Assert.Null(P.IsOn(table, new Box(40, 20, 60, 42)));
    }

    [Fact]
    public void Inside_and_contains()
    {
        var room = new Box(0, 0, 100, 100);
        Conf(1.0, P.IsInside(new Box(10, 10, 20, 20), room));
        Conf(1.0, P.IsContaining(room, new Box(10, 10, 20, 20)));
        Conf(0.5, P.IsInside(new Box(-2, 10, 18, 30), room));     // 90 % inside: the margin's edge
        Assert.Null(P.IsInside(new Box(-3, 10, 17, 30), room));   // 85 %: inside the 80-90 % margin
        Conf(0.6, P.IsInside(new Box(0, 0, 70, 70), room));       // area ratio 0.49 (needs <= 0.55)
        Assert.Null(P.IsInside(new Box(0, 0, 80, 70), room));     // area ratio 0.56: inside the 0.55-0.65 margin
        Assert.Null(P.IsInside(room, new Box(10, 10, 20, 20)));
    }

    [Fact]
    public void Overlapping()
    {
        Conf(1.0, P.IsOverlapping(Unit, new Box(5, 0, 15, 10)));     // half of the smaller box
        Conf(0.5, P.IsOverlapping(Unit, new Box(7.5, 0, 17.5, 10)));  // a quarter: the margin's edge
        Assert.Null(P.IsOverlapping(Unit, new Box(8, 0, 18, 10)));    // a fifth: inside the 15-25 % margin
        Conf(0.8125, P.IsOverlapping(new Box(0, 0, 50, 100), new Box(20, 40, 100, 60))); // a bat held across a batter: IoU 0.1, but 37.5 % of the bat
        Assert.Null(P.IsOverlapping(Unit, new Box(20, 0, 30, 10)));
        Assert.Null(P.IsOverlapping(new Box(10, 10, 20, 20), new Box(0, 0, 100, 100))); // inside, not "overlapping"
        Assert.NotNull(P.IsOverlapping(Unit, new Box(1, 0, 11, 10)));  // two near-identical boxes do overlap
    }

    [Fact]
    public void In_front_of_and_behind_follow_the_convention_and_the_threshold()
    {
        Conf(1.0, P.IsInFrontOf(200, 100, DepthConvention.LargerIsCloser, null));
        Conf(0.5, P.IsInFrontOf(150, 100, DepthConvention.LargerIsCloser, null));  // exactly the threshold of 50
        Assert.Null(P.IsInFrontOf(149, 100, DepthConvention.LargerIsCloser, null)); // inside the margin
        Assert.Null(P.IsInFrontOf(100, 200, DepthConvention.LargerIsCloser, null));
        Conf(1.0, P.IsBehind(100, 200, DepthConvention.LargerIsCloser, null));
        Conf(1.0, P.IsInFrontOf(1.0, 3.0, DepthConvention.LargerIsFarther, new DepthRange(0, 4))); // 2 m >= 50/255 * 4
        Assert.Null(P.IsInFrontOf(0.5, 0.6, DepthConvention.LargerIsCloser, new DepthRange(0, 1)));             // 0.1 < 0.196
        Assert.NotNull(P.IsInFrontOf(0.5, 0.25, DepthConvention.LargerIsCloser, new DepthRange(0, 1)));
    }

    [Fact]
    public void Margins_can_be_changed()
    {
        var strict = new GeometricPredicates(new RelationOptions { DirectionalSeparation = 0, DirectionalMargin = 0.2 });
        Assert.Null(strict.IsLeftOf(Unit, new Box(10, 0, 20, 10)));
        Conf(0.5, strict.IsLeftOf(Unit, new Box(12, 0, 22, 10)));
    }
}
