namespace ProVision.Runtime.Randomness;

/// <summary>
/// A counter-based random generator: output number <c>n</c> (0-based) of a stream with key <c>k</c> is
/// <c>SplitMix64.Mix(k + (n + 1) * 0x9E3779B97F4A7C15)</c> modulo 2^64, i.e. exactly the n-th output of
/// the reference SplitMix64 generator seeded with <c>k</c>. The generator holds only the key and the
/// count of outputs consumed (<see cref="Position"/>), so any number can be recomputed from (key, n) alone.
/// </summary>
/// <remarks>
/// <para>
/// Derived values are built from whole 64-bit outputs: bounded integers by Lemire's multiply-shift with
/// rejection (unbiased), doubles from the top 53 bits. Each method documents how many outputs it uses.
/// Bernoulli, Uniform and Choice always use exactly one and never branch on the value before drawing, so
/// later draws stay aligned whatever the earlier results were.
/// </para>
/// <para>
/// A sealed class rather than a mutable struct on purpose: copying a struct generator (passing it by
/// value, storing it in a readonly field) silently duplicates its counter, and the copy replays the same
/// numbers, a correlation bug that no test notices. One small allocation per item is cheap by comparison.
/// </para>
/// <para>Not thread-safe: use one instance per item (per key); keys, not instances, are shared.</para>
/// </remarks>
public sealed partial class DeterministicRandom
{
    private const double DoubleUnit = 1.0 / (1UL << 53);

    private readonly ulong _key;

    /// <summary>A generator at the start of <paramref name="key"/>'s stream.</summary>
    public DeterministicRandom(RandomKey key)
    {
        _key = key.Value;
    }

    /// <summary>The stream this generator reads.</summary>
    public RandomKey Key => RandomKey.FromValue(_key);

    /// <summary>How many 64-bit outputs have been consumed; the index of the next one.</summary>
    public ulong Position { get; private set; }

    /// <summary>Output <paramref name="n"/> (0-based) of <paramref name="key"/>'s stream: a pure function, for checks and replay.</summary>
    public static ulong OutputAt(RandomKey key, ulong n) => SplitMix64.Output(key.Value, n);

    /// <summary>The next 64-bit output (uses one output).</summary>
    public ulong NextUInt64() => SplitMix64.Output(_key, Position++);

    /// <summary>A uniform integer in <c>[0, maxExclusive)</c>, unbiased.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)NextBelow((ulong)maxExclusive);
    }

    /// <summary>A uniform integer in <c>[minInclusive, maxExclusive)</c>, unbiased.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not greater than <paramref name="minInclusive"/>.</exception>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, minInclusive);
        return (int)(minInclusive + (long)NextBelow((ulong)((long)maxExclusive - minInclusive)));
    }

    /// <summary>A uniform double in <c>[0, 1)</c> with 53 random bits: <c>(NextUInt64() &gt;&gt; 11) * 2^-53</c> (uses one output).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    /// <summary>A uniform double in <c>[a, b)</c>; <paramref name="a"/> when they are equal (uses one output).</summary>
    /// <exception cref="ArgumentException">A bound is not finite, <paramref name="a"/> &gt; <paramref name="b"/>, or <c>b - a</c> overflows.</exception>
    public double Uniform(double a, double b)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || a > b || !double.IsFinite(b - a))
        {
            throw new ArgumentException($"Uniform needs finite bounds with a <= b and a finite width; got [{a}, {b}).");
        }
        var value = a + ((b - a) * NextDouble());
        // a + (b - a) * u can round up to b itself; keep the documented half-open interval.
        return value < b || a == b ? value : Math.BitDecrement(b);
    }

    /// <summary>True with probability <paramref name="p"/> (uses one output, even for p = 0 or 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public bool Bernoulli(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must lie in [0, 1].");
        }
        return NextDouble() < p;
    }

    /// <summary>
    /// Lemire's nearly divisionless method: the high 64 bits of <c>x * bound</c> are uniform in
    /// <c>[0, bound)</c> once draws whose low half falls below <c>2^64 mod bound</c> are rejected.
    /// Uses one output, more with probability below <c>bound / 2^64</c>.
    /// </summary>
    private ulong NextBelow(ulong bound)
    {
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0UL - bound) % bound; // 2^64 mod bound
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }
        return high;
    }
}
