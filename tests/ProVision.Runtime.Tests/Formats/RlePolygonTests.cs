using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.Tests.Formats;

public sealed class RlePolygonTests
{
    [Fact]
    public void RectangleCoversTheExpectedPixels()
    {
        // x 10..30, y 20..25: pixel centres inside are columns 10..29 and rows 20..24.
        var rle = RleCodec.FromPolygons([[10, 20, 30, 20, 30, 25, 10, 25]], 40, 50);

        Assert.Equal(100, rle.Area);
        var mask = RleCodec.Decode(rle);
        Assert.Equal(1, mask[(20 * 50) + 10]);
        Assert.Equal(1, mask[(24 * 50) + 29]);
        Assert.Equal(0, mask[(19 * 50) + 10]);
        Assert.Equal(0, mask[(20 * 50) + 30]);
    }

    [Fact]
    public void HalfPixelEdgesFollowTheHalfOpenCentreRule()
    {
        // Centres at 0.5 and 1.5 lie in [0.5, 2.5); 2.5 does not.
        var rle = RleCodec.FromPolygons([[0.5, 0.5, 2.5, 0.5, 2.5, 2.5, 0.5, 2.5]], 4, 4);

        Assert.Equal([1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], RleCodec.Decode(rle));
    }

    [Fact]
    public void PolygonsAreUnitedAndClippedToTheImage()
    {
        IReadOnlyList<double>[] squares = [[0, 0, 10, 0, 10, 10, 0, 10], [5, 5, 15, 5, 15, 15, 5, 15]];

        Assert.Equal(175, RleCodec.FromPolygons(squares, 20, 20).Area);
        Assert.Equal(64, RleCodec.FromPolygons([[-5, -5, 8, -5, 8, 8, -5, 8]], 8, 8).Area);
    }

    [Fact]
    public void TriangleAreaIsCloseToGeometricArea()
    {
        var rle = RleCodec.FromPolygons([[0, 0, 40, 0, 0, 40]], 40, 40);

        Assert.InRange(rle.Area, 780, 820);  // 800 exactly in the continuum
    }

    [Fact]
    public void OddCoordinateCountIsRejected()
    {
        var e = Assert.Throws<DataFormatException>(() => RleCodec.FromPolygons([[0, 0, 4, 0, 4]], 5, 5));

        Assert.Contains("polygon 0: 5 coordinates is an odd number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DegeneratePolygonSetsNothing()
    {
        Assert.Equal(0, RleCodec.FromPolygons([[1, 1, 3, 3]], 5, 5).Area);
    }
}
