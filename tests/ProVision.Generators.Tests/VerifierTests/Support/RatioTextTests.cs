using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.VerifierTests.Support;

public sealed class RatioTextTests
{
    [Theory]
    [InlineData(0.125, "0.12")] // an exact tie: half to even
    [InlineData(0.375, "0.38")]
    [InlineData(0.075, "0.07")] // stored as 0.07499999...
    [InlineData(2.675, "2.67")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.3, "0.3")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.996, "1.0")]
    public void Rounds_like_python(double value, string expected) => Assert.Equal(expected, RatioText.Round2(value));

    [Fact]
    public void Agrees_with_the_runtime_on_many_boxes()
    {
        // Two independent implementations (exact decimal expansion here, power-of-two division there) must agree.
        var random = new Random(12345);
        for (var i = 0; i < 20_000; i++)
        {
            var (w, h) = (random.Next(1, 2000), random.Next(1, 2000));
            var box = new Box(random.Next(0, w), random.Next(0, h), random.Next(0, w + 1), random.Next(0, h + 1));
            Assert.Equal(Geometry.BoxRatio(box, w, h), RatioText.Box(box, w, h));
        }
    }

    [Fact]
    public void A_ratio_stands_for_a_cell_of_pixels()
    {
        Assert.Equal([3], RatioText.Pixels("0.3", 10));
        // 0.295 is stored just below the tie and 0.305 too, so the cell is 296..305.
        Assert.Equal([296, 297, 298, 299, 300, 301, 302, 303, 304, 305], RatioText.Pixels("0.3", 1000));
        Assert.Empty(RatioText.Pixels("0.35", 10));
    }

    [Fact]
    public void Points_parse_strictly()
    {
        Assert.True(RatioText.TryParsePoint("(0.38, 0.26)", out var x, out var y));
        Assert.Equal(("0.38", "0.26"), (x, y));
        Assert.False(RatioText.TryParsePoint("0.38, 0.26", out _, out _));
        Assert.False(RatioText.TryParsePoint("(0.38,0.26)", out _, out _));
        Assert.False(RatioText.TryParsePoint("(a, b)", out _, out _));
    }
}
