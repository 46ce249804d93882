using ProVision.Pipeline.Attributes;

namespace ProVision.Pipeline.Tests.Attributes;

public sealed class RelativeSizerTests
{
    private static string[] Words(IReadOnlyList<AttributeGuess> guesses) => guesses.Select(g => g.Name).ToArray();

    [Fact]
    public void Within_the_image()
    {
        // 100 x 100 image: 25 % is large, 0.5 % small, 5 % neither.
        var result = new RelativeSizer().Describe(["a", "b", "c"], [2500, 50, 500], 100, 100);
        Assert.Equal(["large"], Words(result[0]));
        Assert.Equal(["small"], Words(result[1]));
        Assert.Empty(result[2]);
        Assert.Equal(0.625, result[0][0].Confidence, 3); // 25 % / 20 % = 1.25 -> 0.5 + 0.125
        Assert.Equal(1.0, result[1][0].Confidence);      // 1 % / 0.5 % = 2 -> 1
        Assert.Equal("size", result[0][0].Category);
    }

    [Fact]
    public void Thresholds_are_inclusive()
    {
        var result = new RelativeSizer().Describe(["a", "b"], [2000, 100], 100, 100);
        Assert.Equal(["large"], Words(result[0]));
        Assert.Equal(0.5, result[0][0].Confidence);
        Assert.Equal(["small"], Words(result[1]));
    }

    [Fact]
    public void Within_the_label()
    {
        // Three cups of mid size in the image (2-10 %): the big one is large, the tiny one small, among cups.
        var result = new RelativeSizer().Describe(["cup", "cup", "cup", "plate"], [900, 300, 140, 300], 100, 100);
        Assert.Equal(["large"], Words(result[0]));   // 900 / median(300, 140) = 4.2
        Assert.Empty(result[1]);                     // 300 / median(900, 140) = 0.58
        Assert.Equal(["small"], Words(result[2]));   // 140 / 600 = 0.23
        Assert.Empty(result[3]);                     // alone with its label, 3 % of the image
    }

    [Fact]
    public void Disagreeing_judgements_give_nothing()
    {
        // Two buses, both over 20 % of the image: the smaller is large in the image but small among buses.
        var result = new RelativeSizer().Describe(["bus", "bus"], [6000, 2500], 100, 100);
        Assert.Equal(["large"], Words(result[0]));
        Assert.Empty(result[1]);
    }
}
