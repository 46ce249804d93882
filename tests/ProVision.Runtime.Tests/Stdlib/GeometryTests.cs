using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>Expected strings are Python 3's <c>str((round(x1 / W, 2), ...))</c> for the same numbers.</summary>
public sealed class GeometryTests
{
    [Theory]
    [InlineData(326.4, 144, 556.8, 254.4, 640, 480, "(0.51, 0.3, 0.87, 0.53)")]
    [InlineData(80, 180, 640, 0, 640, 480, "(0.12, 0.38, 1.0, 0.0)")] // 0.125 -> 0.12 and 0.375 -> 0.38: ties to even
    [InlineData(2675, 1005, -1, 515, 1000, 1000, "(2.67, 1.0, -0.0, 0.52)")] // 2.675 is stored below the tie
    [InlineData(12.5, 997, 0, 0, 1000, 1000, "(0.01, 1.0, 0.0, 0.0)")]
    public void BoxRatio_matches_python(double x1, double y1, double x2, double y2, int width, int height, string expected)
    {
        Assert.Equal(expected, Geometry.BoxRatio(new Box(x1, y1, x2, y2), width, height));
    }

    [Fact]
    public void PointRatio_matches_python()
    {
        Assert.Equal("(0.38, 0.26)", Geometry.PointRatio(243.2, 124.8, 640, 480));
        Assert.Equal("(0.0, 1.0)", Geometry.PointRatio(0, 480, 640, 480));
    }

    [Fact]
    public void BoxRatio_of_an_object_uses_its_graph_size()
    {
        var graph = new SceneGraph("g", null, 640, 480, [new SceneObject("a", new Box(326.4, 144, 556.8, 254.4))], []);
        Assert.Equal("(0.51, 0.3, 0.87, 0.53)", Geometry.BoxRatio(graph, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Geometry.BoxRatio(new Box(0, 0, 1, 1), 0, 10));
    }

    [Fact]
    public void Rounded_points_compare_like_their_strings()
    {
        Assert.True(Geometry.SameRoundedPoint(100, 100, 101, 101, 640, 480)); // 0.16/0.21 both
        Assert.False(Geometry.SameRoundedPoint(100, 100, 110, 100, 640, 480));
        Assert.Equal(0.12, Geometry.Ratio(80, 640));
    }

    [Fact]
    public void Overlap_and_containment_treat_edges_as_documented()
    {
        var a = new Box(0, 0, 10, 10);
        Assert.True(Geometry.Overlaps(a, new Box(5, 5, 15, 15)));
        Assert.False(Geometry.Overlaps(a, new Box(10, 0, 20, 10))); // touching
        Assert.True(Geometry.OverlapsHorizontally(a, new Box(5, 50, 15, 60)));
        Assert.False(Geometry.OverlapsVertically(a, new Box(5, 50, 15, 60)));
        Assert.True(Geometry.Contains(a, new Box(0, 0, 10, 5))); // shared edges count
        Assert.False(Geometry.Contains(a, new Box(5, 5, 15, 15)));
    }

    [Theory]
    [InlineData(0, 0, 10, 10, true)]    // the same box
    [InlineData(2, 2, 8, 8, true)]      // wholly inside
    [InlineData(0, 0, 10, 12, true)]    // the smaller (the first) wholly inside the taller one
    [InlineData(2, 0, 12, 10, true)]    // 80% of it inside: the share is inclusive
    [InlineData(3, 0, 13, 10, false)]   // 70%
    [InlineData(10, 0, 20, 10, false)]  // touching
    [InlineData(5, 5, 5, 5, false)]     // an empty box nests in nothing
    public void Boxes_nest_when_most_of_the_smaller_lies_inside_the_other(double x1, double y1, double x2, double y2, bool nests)
    {
        // The catcher of the baseball fixture is boxed twice, once whole and once below the waist: one thing to a reader.
        var a = new Box(0, 0, 10, 10);
        var b = new Box(x1, y1, x2, y2);
        Assert.Equal(nests, Geometry.Nests(a, b));
        Assert.Equal(nests, Geometry.Nests(b, a));
    }
}
