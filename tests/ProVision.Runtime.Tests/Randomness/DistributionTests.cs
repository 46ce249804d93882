using System.Collections.Immutable;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Randomness;

/// <summary>
/// Range and shape checks. Every test uses a fixed key, so each runs the same draws every time: a
/// statistical bound either always holds or always fails, it cannot flake.
/// </summary>
public sealed class DistributionTests
{
    private static DeterministicRandom NewRandom(string purpose) => new RandomKey(2024, "DistributionTests", purpose, 0).CreateRandom();

    [Fact]
    public void NextInt_is_in_range_and_roughly_uniform()
    {
        var random = NewRandom("uniform");
        const int buckets = 10, draws = 100_000;
        var counts = new int[buckets];
        for (var i = 0; i < draws; i++)
        {
            counts[random.NextInt(buckets)]++;
        }

        const double expected = (double)draws / buckets;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        // 9 degrees of freedom: mean 9, P(chi2 > 40) is about 7e-6. Generous on purpose; the draws are fixed.
        Assert.True(chiSquare < 40, $"chi-square {chiSquare:F2} over counts [{string.Join(", ", counts)}]");
    }

    [Fact]
    public void NextInt_with_bounds_covers_the_range_including_extremes()
    {
        var random = NewRandom("bounds");
        var seen = new HashSet<int>();
        for (var i = 0; i < 1000; i++)
        {
            var value = random.NextInt(-3, 4);
            Assert.InRange(value, -3, 3);
            seen.Add(value);
        }
        Assert.Equal(7, seen.Count);

        for (var i = 0; i < 1000; i++)
        {
            random.NextInt(int.MinValue, int.MaxValue); // full width must not overflow
            Assert.Equal(5, random.NextInt(5, 6));
        }
    }

    [Fact]
    public void NextDouble_and_Uniform_stay_in_their_half_open_intervals()
    {
        var random = NewRandom("doubles");
        for (var i = 0; i < 10_000; i++)
        {
            var unit = random.NextDouble();
            Assert.True(unit is >= 0 and < 1, $"{unit}");
            var uniform = random.Uniform(-2.5, 7.25);
            Assert.True(uniform is >= -2.5 and < 7.25, $"{uniform}");
        }
        Assert.Equal(3.0, random.Uniform(3.0, 3.0));
    }

    [Fact]
    public void Bernoulli_extremes_are_certain_and_the_middle_is_near_p()
    {
        var random = NewRandom("bernoulli");
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.False(random.Bernoulli(0)));
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(random.Bernoulli(1)));

        var hits = Enumerable.Range(0, 100_000).Count(_ => random.Bernoulli(0.25));
        Assert.InRange(hits, 24_000, 26_000); // sd is about 137
    }

    [Fact]
    public void WeightedChoice_never_returns_a_zero_weight_index_and_follows_the_weights()
    {
        var random = NewRandom("weighted");
        double[] weights = [0, 1, 0, 3, 0, 1e-300, 0];
        var counts = new int[weights.Length];
        for (var i = 0; i < 40_000; i++)
        {
            counts[random.WeightedChoice(weights)]++;
        }

        Assert.Equal(0, counts[0] + counts[2] + counts[4] + counts[6]);
        Assert.InRange(counts[3] / (double)counts[1], 2.7, 3.3);
        Assert.Equal(5, random.WeightedChoice([0, 0, 0, 0, 0, 2.5]));
    }

    [Fact]
    public void Shuffle_permutes()
    {
        var random = NewRandom("shuffle");
        var items = Enumerable.Range(0, 50).ToArray();

        random.Shuffle(items.AsSpan());

        Assert.Equal(Enumerable.Range(0, 50), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), items);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(100, 7)]
    [InlineData(1_000_000, 1000)]
    [InlineData(5, 0)]
    public void SampleWithoutReplacement_gives_distinct_indices_in_range(int n, int k)
    {
        var random = NewRandom($"sample {n} {k}");

        var sample = random.SampleWithoutReplacement(n, k);

        Assert.Equal(k, sample.Length);
        Assert.Equal(k, sample.Distinct().Count());
        Assert.All(sample, index => Assert.InRange(index, 0, n - 1));
    }

    [Theory]
    [InlineData(200, 40)]
    [InlineData(200, 1)]
    [InlineData(200, 2)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(9, 8)]
    [InlineData(200, 8)]
    [InlineData(200, 9)]
    public void Dense_and_sparse_sampling_give_identical_results(int n, int k)
    {
        // Sparse keeps the displaced entries in a dictionary from 9 on, in two short arrays below (a draw of a few
        // images): both must write the dense shuffle's values, for every stream.
        for (var stream = 0; stream < 50; stream++)
        {
            var dense = new int[k];
            var sparse = new int[k];

            NewRandom($"paths {stream}").SampleDense(n, k, dense);
            NewRandom($"paths {stream}").SampleSparse(n, k, sparse);

            Assert.Equal(dense, sparse);
        }
    }

    [Fact]
    public void Choice_picks_every_element_from_arrays_lists_and_immutable_arrays()
    {
        var random = NewRandom("choice");
        string[] names = ["bat", "ball", "glove"];

        var immutable = names.ToImmutableArray();

        var fromArray = Enumerable.Range(0, 300).Select(_ => random.Choice(names)).ToHashSet();
        var fromList = Enumerable.Range(0, 300).Select(_ => random.Choice(names.ToList())).ToHashSet();
        var fromImmutable = Enumerable.Range(0, 300).Select(_ => random.Choice(immutable)).ToHashSet();

        Assert.Equal(3, fromArray.Count);
        Assert.Equal(3, fromList.Count);
        Assert.Equal(3, fromImmutable.Count);
    }
}
