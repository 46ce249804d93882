using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// <see cref="RelatedPairSet"/> rejects most pairs by a filter of the pairs' hashes before it scans or searches them:
/// the filter must never reject a pair of the set, and the answer must be the plain membership test's, on each side of
/// the scan limit.
/// </summary>
public sealed class RelatedPairSetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(RelatedPairSet.ScannedPairsLimit)]
    [InlineData(RelatedPairSet.ScannedPairsLimit + 1)]
    [InlineData(600)]
    public void A_pair_is_contained_exactly_when_it_is_one_of_the_pairs(int count)
    {
        // Label ids as a data set numbers them (small, dense, neighbours differing in a bit or two), in no order.
        var random = new Random(count);
        var pairs = Enumerable.Range(0, count).Select(_ => Pair(random.Next(200), random.Next(200))).Distinct().ToArray();
        var set = new RelatedPairSet(pairs);
        Assert.Equal(pairs, set.Pairs);

        var asked = 0;
        for (var subject = 0; subject < 200; subject++)
        {
            for (var obj = 0; obj < 200; obj += 7)
            {
                var pair = Pair(subject, obj);
                Assert.True(pairs.Contains(pair) == set.Contains(pair), $"({subject}, {obj})");
                asked++;
            }
        }
        foreach (var pair in pairs)
        {
            Assert.True(set.Contains(pair));
        }
        Assert.False(set.Contains(Pair(int.MaxValue, 0)));
        Assert.True(asked > 5000);
    }

    private static long Pair(int subject, int obj) => ((long)subject << 32) | (uint)obj;
}
