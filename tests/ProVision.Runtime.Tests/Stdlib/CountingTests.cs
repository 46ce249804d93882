using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>Fixed keys: the distribution bounds are checked on the same draws every run.</summary>
public sealed class CountingTests
{
    private static DeterministicRandom Random(int n, int seed) => new RandomKey(5, "CountingTests", n.ToString(), seed).CreateRandom();

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    [InlineData(2)]
    public void Candidates_hold_n_are_distinct_consecutive_and_never_below_the_floor(int k)
    {
        Span<int> buffer = stackalloc int[k];
        for (var n = 0; n <= 12; n++)
        {
            for (var seed = 0; seed < 300; seed++)
            {
                var random = Random(n, seed);
                Assert.Equal(k, Counting.CountChoices(n, random, buffer, k));
                Assert.Equal(1UL, random.Position); // exactly one draw
                Assert.Contains(n, buffer.ToArray());
                for (var i = 1; i < k; i++)
                {
                    Assert.Equal(buffer[i - 1] + 1, buffer[i]);
                }
                Assert.True(buffer[0] >= (n >= 1 ? 1 : 0), $"n={n}: [{string.Join(", ", buffer.ToArray())}]");
            }
        }
    }

    [Fact]
    public void The_true_count_rank_is_uniform_where_the_window_can_move()
    {
        const int trials = 4000;
        for (var n = 4; n <= 9; n++)
        {
            var ranks = new int[4];
            for (var seed = 0; seed < trials; seed++)
            {
                var choices = Counting.CountChoices(n, Random(n, seed));
                ranks[choices.IndexOf(n)]++;
            }
            Assert.All(ranks, r => Assert.InRange(r, 880, 1120)); // expected 1000
        }
    }

    [Theory]
    [InlineData(0, new[] { 1, 0, 0, 0 })] // [0, 1, 2, 3] only
    [InlineData(1, new[] { 1, 0, 0, 0 })] // [1, 2, 3, 4] only, as in the reference
    [InlineData(2, new[] { 1, 1, 0, 0 })] // [1..4] or [2..5]
    [InlineData(3, new[] { 1, 1, 1, 0 })]
    public void Near_the_floor_the_rank_is_uniform_over_the_ranks_allowed(int n, int[] allowed)
    {
        const int trials = 3000;
        var ranks = new int[4];
        for (var seed = 0; seed < trials; seed++)
        {
            ranks[Counting.CountChoices(n, Random(n, seed)).IndexOf(n)]++;
        }
        var expected = trials / (double)allowed.Sum();
        for (var r = 0; r < 4; r++)
        {
            if (allowed[r] == 0)
            {
                Assert.Equal(0, ranks[r]);
            }
            else
            {
                Assert.InRange(ranks[r], expected * 0.9, expected * 1.1);
            }
        }
    }

    [Fact]
    public void One_gives_the_reference_candidates()
    {
        Assert.Equal([1, 2, 3, 4], Counting.CountChoices(1, Random(1, 0)).AsEnumerable());
        Assert.Equal([0, 1, 2, 3], Counting.CountChoices(0, Random(0, 0)).AsEnumerable());
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ProVision.Runtime.Generation.PackFaultException>(() => Counting.CountChoices(-1, Random(0, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Counting.CountChoices(3, Random(0, 0), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Counting.CountChoices(3, Random(0, 0), new int[2], 4));
    }
}
