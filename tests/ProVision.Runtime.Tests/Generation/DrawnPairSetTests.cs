using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>The drawn-pair set answers as a hash set of the pairs does, through every growth of its array.</summary>
public sealed class DrawnPairSetTests
{
    [Fact]
    public void Adding_pairs_in_any_order_answers_as_a_hash_set_does()
    {
        var set = new DrawnPairSet();
        var reference = new HashSet<long>();
        var random = new Random(7);
        // 20,000 draws among 300 images: about a fifth of them repeat a pair, many in the other order.
        for (var draw = 0; draw < 20_000; draw++)
        {
            var a = random.Next(300);
            var b = random.Next(299);
            if (b >= a) b++;
            var pair = ImageDraws.DrawnPair.Of(a, b);
            Assert.Equal(reference.Add(pair.Key), set.Add(pair));
            Assert.Equal(reference.Count, set.Count);
        }
        // Pairs whose keys end alike (image 0 with each other image, and their hashes' low bits) still all fit.
        for (var b = 1; b < 5_000; b++)
        {
            Assert.Equal(reference.Add(ImageDraws.DrawnPair.Of(0, b).Key), set.Add(ImageDraws.DrawnPair.Of(b, 0)));
        }
        Assert.Equal(reference.Count, set.Count);
        Assert.False(set.Add(ImageDraws.DrawnPair.Of(1, 0)));
    }
}
