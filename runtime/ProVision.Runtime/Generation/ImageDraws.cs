using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The draws of one multi-image run: which sets of images were drawn (a set is drawn at most once, in any order), and
/// how the next set is drawn (docs/randomness.md#multi-image-draws). Belongs to one drawing
/// <see cref="GeneratorContext"/>, which makes it the current draw.
/// </summary>
internal sealed class ImageDraws
{
    private readonly HashSet<DrawnSet> _drawnSets = [];
    // Pairs, the usual draw, as one number each: no array per draw and no hashing of its bytes.
    private readonly DrawnPairSet _drawnPairs = new();
    private int[]? _sharedKeys;
    private long _draws;

    /// <summary>True once no new draw is possible (too few images, or every set drawn).</summary>
    public bool Exhausted { get; private set; }

    /// <summary>
    /// Draws <c>destination.Length</c> distinct images of <paramref name="dataSet"/> with <paramref name="random"/>
    /// (every other draw, or with <paramref name="everyDraw"/> every draw, sharing a key of <paramref name="sharing"/>
    /// when there is one, nouns and meanings read under <paramref name="vocabulary"/>; see
    /// <see cref="GeneratorContext.TryDrawImages(Span{int})"/>); true when the set is new.
    /// <paramref name="imagesPerDraw"/> is the context's images per item, which the destination must match.
    /// </summary>
    public bool TryDraw(DataSetIndex dataSet, DrawSharing sharing, Stdlib.Vocabulary vocabulary, bool everyDraw, DeterministicRandom random, int imagesPerDraw, Span<int> destination)
    {
        var n = destination.Length;
        if (n == 0 || n > dataSet.Count || n != imagesPerDraw || _drawnSets.Count + _drawnPairs.Count >= SetCount(dataSet.Count, n))
        {
            Exhausted = true;
            return false;
        }
        var byKey = dataSet.ImagesSharing(sharing, vocabulary);
        if (byKey is not null) _sharedKeys ??= byKey.KeysHeldByAtLeast(n);
        if (byKey is not null && _sharedKeys is { Length: > 0 } keys && (_draws++ % 2 == 0 || everyDraw))
        {
            var holders = byKey.Holders(keys[random.NextInt(keys.Length)]);
            random.SampleWithoutReplacement(holders.Length, n, destination);
            for (var i = 0; i < n; i++) destination[i] = holders[destination[i]];
        }
        else
        {
            random.SampleWithoutReplacement(dataSet.Count, n, destination);
        }
        return n == 2 ? _drawnPairs.Add(DrawnPair.Of(destination[0], destination[1])) : _drawnSets.Add(DrawnSet.Of(destination));
    }

    // C(n, k), saturating: the number of distinct image sets.
    private static long SetCount(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result >= long.MaxValue ? long.MaxValue : (long)Math.Round(result);
    }

    // A set of drawn images (sorted indices), compared by content, so a repeat in any order is found without a string key.
    private readonly struct DrawnSet(int[] sorted) : IEquatable<DrawnSet>
    {
        private readonly int[] _sorted = sorted;

        public static DrawnSet Of(ReadOnlySpan<int> images)
        {
            var sorted = images.ToArray();
            Array.Sort(sorted);
            return new DrawnSet(sorted);
        }

        public bool Equals(DrawnSet other) => _sorted.AsSpan().SequenceEqual(other._sorted);

        public override bool Equals(object? obj) => obj is DrawnSet other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_sorted.AsSpan()));
            return hash.ToHashCode();
        }
    }

    // A set of two drawn images as one number, the same in either order. Its hash mixes both halves (DrawnPairSet takes
    // a slot from its top bits): long's own hash (low ^ high) gives two indices below 2,048 at most 2,048 values, so a
    // run of 100,000 draws chained in a hash set's buckets.
    internal readonly struct DrawnPair(long key) : IEquatable<DrawnPair>
    {
        public long Key { get; } = key;

        public static DrawnPair Of(int a, int b) => new(a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a);

        public bool Equals(DrawnPair other) => Key == other.Key;

        public override bool Equals(object? obj) => obj is DrawnPair other && Equals(other);

        // Fibonacci hashing: the high half of the key times 2^64 / golden ratio.
        public override int GetHashCode() => (int)(((ulong)Key * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
