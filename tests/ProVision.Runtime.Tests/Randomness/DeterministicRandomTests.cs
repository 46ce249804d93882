using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Randomness;

public sealed class DeterministicRandomTests
{
    private static readonly RandomKey s_key = new(42, "ExistsObjectGenerator", "baseball_1", 0);

    /// <summary>Frozen first outputs of a fixed key: any change to the algorithm fails here.</summary>
    [Fact]
    public void First_outputs_of_a_fixed_key_are_frozen()
    {
        var random = new DeterministicRandom(s_key);

        ulong[] actual = [random.NextUInt64(), random.NextUInt64(), random.NextUInt64(), random.NextUInt64(), random.NextUInt64()];

        Assert.Equal(
            [0x921C6F75345DA5B1UL, 0x2255A98C2DCCE5DFUL, 0xAC47CB8EFF9EA4F4UL, 0xFC384EE9996D6341UL, 0x8D1FA72806470C5BUL],
            actual);
        Assert.Equal(5UL, random.Position);
    }

    /// <summary>The stream is the reference SplitMix64 stream seeded with the key (published vector for seed 0).</summary>
    [Fact]
    public void Stream_is_reference_splitmix64_seeded_with_the_key()
    {
        var random = RandomKey.FromValue(0).CreateRandom();

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
        Assert.Equal(0xF88BB8A8724C81ECUL, random.NextUInt64());
    }

    [Fact]
    public void Output_n_is_a_pure_function_of_key_and_n()
    {
        var random = new DeterministicRandom(s_key);
        for (ulong n = 0; n < 100; n++)
        {
            Assert.Equal(DeterministicRandom.OutputAt(s_key, n), random.NextUInt64());
        }
        Assert.Equal(DeterministicRandom.OutputAt(s_key, 7), DeterministicRandom.OutputAt(s_key, 7));
    }

    [Fact]
    public void Same_key_gives_the_same_mixed_sequence()
    {
        Assert.Equal(Draw(s_key), Draw(new RandomKey(42, "ExistsObjectGenerator", "baseball_1", 0)));
    }

    [Theory]
    [InlineData(43UL, "ExistsObjectGenerator", "baseball_1", 0L)]
    [InlineData(42UL, "CountGenerator", "baseball_1", 0L)]
    [InlineData(42UL, "ExistsObjectGenerator", "baseball_2", 0L)]
    [InlineData(42UL, "ExistsObjectGenerator", "baseball_1", 1L)]
    public void Changing_any_key_part_changes_the_sequence(ulong seed, string generator, string image, long index)
    {
        var other = new DeterministicRandom(new RandomKey(seed, generator, image, index));
        var reference = new DeterministicRandom(s_key);

        var same = Enumerable.Range(0, 64).Count(_ => other.NextUInt64() == reference.NextUInt64());

        Assert.Equal(0, same);
    }

    [Fact]
    public async Task Results_do_not_depend_on_threads_or_order()
    {
        var keys = Enumerable.Range(0, 8).Select(i => new RandomKey(7, "G", $"image_{i}", i)).ToArray();
        var sequential = keys.Select(Draw).ToArray();

        var parallel = new List<ulong>[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Draw(keys[i]));
        // Started in reverse order on pool threads: neither thread nor start order may matter.
        var reversed = await Task.WhenAll(keys.Reverse().Select(k => Task.Run(() => Draw(k))));

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequential, reversed.Reverse());
    }

    /// <summary>A mix of every kind of draw (doubles by their bits), so the test covers the derived methods too.</summary>
    private static List<ulong> Draw(RandomKey key)
    {
        var random = new DeterministicRandom(key);
        var values = new List<ulong>();
        Span<int> order = stackalloc int[5];
        for (var i = 0; i < 200; i++)
        {
            values.Add(random.NextUInt64());
            values.Add(unchecked((ulong)random.NextInt(-5, 1000)));
            values.Add(BitConverter.DoubleToUInt64Bits(random.NextDouble()));
            values.Add((ulong)random.WeightedChoice([1.0, 0.0, 3.5]));
            values.Add(random.Bernoulli(0.3) ? 1UL : 0UL);
            random.SampleWithoutReplacement(50, 5, order);
            foreach (var index in order)
            {
                values.Add((ulong)index);
            }
        }
        return values;
    }
}
