using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Attributes;

public sealed class ColorNamerTests
{
    private const int W = 60, H = 40;

    /// <summary>A gray image with the object (rows 10-29, columns 10-49) painted by <paramref name="paint"/>; the mask covers the object.</summary>
    private static (StageImage, BitMask) Scene(Action<StageImage> paint)
    {
        var image = StageImage.Filled(W, H, 128, 128, 128);
        paint(image);
        return (image, new BitMask(W, H, BoxMaskSegmenter.Fill(new PixelRect(10, 10, 50, 30), W, H)));
    }

    private static IReadOnlyList<string> Names(IReadOnlyList<AttributeGuess> guesses) => guesses.Select(g => g.Name).ToArray();

    [Theory]
    [InlineData(210, 30, 30, "red")]
    [InlineData(250, 140, 10, "orange")]
    [InlineData(250, 220, 20, "yellow")]
    [InlineData(40, 160, 40, "green")]
    [InlineData(40, 80, 210, "blue")]
    [InlineData(130, 50, 160, "purple")]
    [InlineData(245, 130, 175, "pink")]
    [InlineData(135, 85, 45, "brown")]
    [InlineData(10, 10, 10, "black")]
    [InlineData(250, 250, 250, "white")]
    public void Solid_object_gets_its_basic_term_with_full_confidence(byte r, byte g, byte b, string term)
    {
        var (image, mask) = Scene(i => i.FillRect(10, 10, 50, 30, r, g, b));
        var guesses = new ColorNamer().Describe(image, mask);
        Assert.Equal([term], Names(guesses));
        Assert.Equal(1.0, guesses[0].Confidence);
        Assert.Equal("color", guesses[0].Category);
    }

    [Fact]
    public void Gray_object_on_a_gray_background_is_gray()
    {
        var (image, mask) = Scene(_ => { });
        Assert.Equal(["gray"], Names(new ColorNamer().Describe(image, mask)));
    }

    [Fact]
    public void Half_red_half_blue_gets_no_colour()
    {
        var (image, mask) = Scene(i => { i.FillRect(10, 10, 30, 30, 210, 30, 30); i.FillRect(30, 10, 50, 30, 40, 80, 210); });
        var reading = new ColorNamer().Read(image, mask);
        Assert.Null(reading.Term);
        Assert.Equal(0.5, reading.TermShare, 1);
        Assert.Empty(new ColorNamer().Describe(reading));
    }

    [Fact]
    public void Mostly_red_is_red_with_the_share_as_confidence()
    {
        // 30 of 40 columns red: 75 %, above the 60 % dominance threshold.
        var (image, mask) = Scene(i => { i.FillRect(10, 10, 40, 30, 210, 30, 30); i.FillRect(40, 10, 50, 30, 40, 80, 210); });
        var guesses = new ColorNamer().Describe(image, mask);
        Assert.Equal(["red"], Names(guesses));
        Assert.InRange(guesses[0].Confidence, 0.7, 0.8);
    }

    [Fact]
    public void Share_just_under_the_threshold_gives_nothing()
    {
        // 22 of 40 columns red = 55 % < 60 %.
        var (image, mask) = Scene(i => { i.FillRect(10, 10, 32, 30, 210, 30, 30); i.FillRect(32, 10, 50, 30, 40, 160, 40); });
        Assert.Empty(new ColorNamer().Describe(image, mask));
        Assert.Equal(["red"], Names(new ColorNamer(new ColorNamerOptions { DominantShare = 0.5 }).Describe(image, mask)));
    }

    [Theory]
    [InlineData(20, 30, 90, "blue", "dark")]
    [InlineData(170, 200, 240, "blue", "light")]
    [InlineData(125, 15, 15, "red", "dark")]
    [InlineData(180, 180, 180, "gray", "light")]
    public void Light_and_dark_modifiers(byte r, byte g, byte b, string term, string modifier)
    {
        var (image, mask) = Scene(i => i.FillRect(10, 10, 50, 30, r, g, b));
        var guesses = new ColorNamer().Describe(image, mask);
        Assert.Equal([term, modifier], Names(guesses));
        Assert.Equal(1.0, guesses[1].Confidence);
        Assert.Equal([term], Names(new ColorNamer(new ColorNamerOptions { EmitModifiers = false }).Describe(image, mask)));
    }

    [Fact]
    public void Only_the_mask_counts_and_its_boundary_is_ignored()
    {
        // The mask is one pixel wider than the red patch on every side: those boundary pixels (gray) are not read.
        var image = StageImage.Filled(W, H, 128, 128, 128);
        image.FillRect(11, 11, 49, 29, 210, 30, 30);
        var mask = new BitMask(W, H, BoxMaskSegmenter.Fill(new PixelRect(10, 10, 50, 30), W, H));
        var reading = new ColorNamer().Read(image, mask);
        Assert.Equal("red", reading.Term);
        Assert.Equal(1.0, reading.TermShare);
    }

    [Fact]
    public void Lab_conversion_matches_reference_values()
    {
        var white = CieLab.FromRgb(255, 255, 255);
        Assert.Equal(100, white.L, 1);
        Assert.Equal(0, white.A, 1);
        var red = CieLab.FromRgb(255, 0, 0);
        Assert.Equal(53.24, red.L, 1);
        Assert.Equal(80.09, red.A, 1);
        Assert.Equal(67.20, red.B, 1);
        var blue = CieLab.FromRgb(0, 0, 255);
        Assert.Equal(32.30, blue.L, 1);
        Assert.Equal(-107.86, blue.B, 1);
    }

    [Fact]
    public void A_mask_over_part_of_the_image_reads_the_same_as_the_full_image_mask()
    {
        // Two colours with a thin boundary: interior sampling and the dominance rule both come into play.
        var (image, full) = Scene(i =>
        {
            i.FillRect(10, 10, 50, 30, 40, 80, 210);
            i.FillRect(10, 10, 16, 30, 210, 30, 30);
        });
        var crop = new BitMask(44, 24, BoxMaskSegmenter.Fill(new PixelRect(2, 2, 42, 22), 44, 24)); // the same pixels, placed at (8, 8)
        var namer = new ColorNamer();

        var fromFull = namer.Read(image, full);
        var fromCrop = namer.Read(image, crop, 8, 8);

        Assert.Equal("blue", fromFull.Term);
        Assert.Equal((fromFull.Term, fromFull.Modifier, fromFull.TermShare, fromFull.Samples), (fromCrop.Term, fromCrop.Modifier, fromCrop.TermShare, fromCrop.Samples));
        Assert.Throws<ArgumentException>(() => namer.Read(image, crop, 20, 20)); // would reach past the image
    }
}
