using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// RandomOrder, the order in which `sample k` tests a list's elements (docs/randomness.md#sample-and-pick): every position
/// once, one draw each, pinned for a fixed key, and the first k that pass a test are a uniform choice among those that
/// pass, as KeepSample over all that pass is.
/// </summary>
public sealed class RandomOrderTests
{
    private static DeterministicRandom NewRandom(string purpose) => new RandomKey(2024, "RandomOrderTests", purpose, 0).CreateRandom();

    private static List<int> All(RandomOrder order)
    {
        var positions = new List<int>();
        while (order.TryNext(out var position))
        {
            positions.Add(position);
        }
        return positions;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Every_position_is_handed_out_once_with_one_draw_each(int count)
    {
        var random = NewRandom("once " + count);
        var order = new RandomOrder();

        order.Start(count, random);
        var positions = All(order);

        Assert.Equal(Enumerable.Range(0, count), positions.Order());
        Assert.Equal((ulong)count, random.Position);
        Assert.False(order.TryNext(out var after));
        Assert.Equal(-1, after);
    }

    [Fact]
    public void A_reused_order_starts_afresh_on_a_shorter_list()
    {
        var order = new RandomOrder();
        order.Start(50, NewRandom("long"));
        Assert.True(order.TryNext(out _));

        order.Start(3, NewRandom("short"));

        Assert.Equal([0, 1, 2], All(order).Order());
    }

    /// <summary>Frozen: a change to the algorithm changes every multi-image generator's items, so it must fail here.</summary>
    [Fact]
    public void The_order_of_a_fixed_key_is_frozen()
    {
        var order = new RandomOrder();
        order.Start(8, new RandomKey(42, "HasObjectMultiGenerator", "dataset", -1).CreateRandom());

        Assert.Equal([3, 1, 7, 5, 6, 0, 4, 2], All(order));
    }

    [Fact]
    public void The_first_element_that_passes_is_a_uniform_choice_among_those_that_pass()
    {
        // Ten elements, four pass (2, 3, 7, 9): each should come first a quarter of the time.
        int[] passing = [2, 3, 7, 9];
        var first = new Dictionary<int, int>();
        var order = new RandomOrder();
        var random = NewRandom("uniform first");
        const int rounds = 40_000;
        for (var round = 0; round < rounds; round++)
        {
            order.Start(10, random);
            int position;
            while (order.TryNext(out position) && !passing.Contains(position))
            {
            }
            first[position] = first.GetValueOrDefault(position) + 1;
        }

        Assert.Equal(passing, first.Keys.Order());
        // A quarter each, within 5 standard deviations (sqrt(40,000 * 0.25 * 0.75) = 87).
        Assert.All(first.Values, count => Assert.InRange(count, (rounds / 4) - 435, (rounds / 4) + 435));
    }

    [Fact]
    public void A_negative_count_or_no_stream_is_refused()
    {
        var order = new RandomOrder();
        Assert.Throws<ArgumentOutOfRangeException>(() => order.Start(-1, NewRandom("bad")));
        Assert.Throws<ArgumentNullException>(() => order.Start(3, null!));
    }
}
