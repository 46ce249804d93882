using System.Globalization;

namespace ProVision.Runtime.Randomness;

/// <summary>
/// The identity of one random stream: a 64-bit hash of (seed, generator, image id, item index), or of a
/// parent key and a sub-stream name. Every item gets its own key, so the numbers it sees do not depend
/// on which thread generates it or on what was generated before it.
/// </summary>
/// <remarks>
/// <para>Key = <c>Mix(FNV1a64(bytes))</c> where <c>Mix</c> is the SplitMix64 finaliser and the bytes are:</para>
/// <list type="bullet">
/// <item>root: <c>'R'</c>, seed (u64 LE), generator (u32 LE UTF-8 length + bytes), image id (same), item index (i64 LE);</item>
/// <item><see cref="Derive(string)"/>: <c>'P'</c>, parent key (u64 LE), purpose (u32 LE length + UTF-8 bytes);</item>
/// <item><see cref="Derive(long)"/>: <c>'N'</c>, parent key (u64 LE), n (i64 LE).</item>
/// </list>
/// <para>The leading tag byte keeps the three kinds of key apart. See <c>docs/randomness.md</c>.</para>
/// </remarks>
public readonly struct RandomKey : IEquatable<RandomKey>
{
    private const byte RootTag = (byte)'R';
    private const byte PurposeTag = (byte)'P';
    private const byte IndexTag = (byte)'N';

    /// <summary>The key of item <paramref name="itemIndex"/> of <paramref name="generator"/> on <paramref name="imageId"/> under <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> or <paramref name="imageId"/> is null.</exception>
    public RandomKey(ulong seed, string generator, string imageId, long itemIndex)
    {
        var hash = RootPrefix(seed, generator, imageId);
        hash.AddUInt64(unchecked((ulong)itemIndex));
        Value = SplitMix64.Mix(hash.Value);
    }

    /// <summary>The root hash up to (not including) the item index; shared with <see cref="ItemKeys"/>.</summary>
    internal static Fnv1a64 RootPrefix(ulong seed, string generator, string imageId)
    {
        ArgumentNullException.ThrowIfNull(imageId);
        var hash = GeneratorPrefix(seed, generator);
        hash.AddString(imageId);
        return hash;
    }

    /// <summary>
    /// The root hash up to (not including) the image id: the same for every image or draw of a generator's run, so a
    /// drawing context hashes it once and only the draw's id per draw (<see cref="ItemKeys(Fnv1a64, string)"/>).
    /// </summary>
    internal static Fnv1a64 GeneratorPrefix(ulong seed, string generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var hash = Fnv1a64.Start();
        hash.AddByte(RootTag);
        hash.AddUInt64(seed);
        hash.AddString(generator);
        return hash;
    }

    private RandomKey(ulong value)
    {
        Value = value;
    }

    /// <summary>The 64-bit key; the seed of the SplitMix64 stream that <see cref="DeterministicRandom"/> reads.</summary>
    public ulong Value { get; }

    /// <summary>A key with a known value, e.g. one printed in a log, to replay its stream.</summary>
    public static RandomKey FromValue(ulong value) => new(value);

    /// <summary>
    /// A named sub-stream, e.g. <c>Derive("distractors")</c>: adding or removing draws in one part of a
    /// generator then leaves the numbers of its other parts unchanged.
    /// </summary>
    public RandomKey Derive(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var hash = Fnv1a64.Start();
        hash.AddByte(PurposeTag);
        hash.AddUInt64(Value);
        hash.AddString(purpose);
        return new RandomKey(SplitMix64.Mix(hash.Value));
    }

    /// <summary><see cref="Derive(string)"/> of a name whose bytes are prepared (the same key, without encoding the name).</summary>
    public RandomKey Derive(KeyPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var hash = Fnv1a64.Start();
        hash.AddByte(PurposeTag);
        hash.AddUInt64(Value);
        hash.AddBytes(purpose.LengthPrefixedUtf8);
        return new RandomKey(SplitMix64.Mix(hash.Value));
    }

    /// <summary>The first <see cref="DeterministicRandom.NextDouble"/> of this key's stream, without creating the generator.</summary>
    public double FirstDouble() => (SplitMix64.Output(Value, 0) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A numbered sub-stream, e.g. one per candidate object.</summary>
    public RandomKey Derive(long n)
    {
        var hash = Fnv1a64.Start();
        hash.AddByte(IndexTag);
        hash.AddUInt64(Value);
        hash.AddUInt64(unchecked((ulong)n));
        return new RandomKey(SplitMix64.Mix(hash.Value));
    }

    /// <summary>A fresh generator reading this key's stream from its start.</summary>
    public DeterministicRandom CreateRandom() => new(this);

    /// <inheritdoc/>
    public bool Equals(RandomKey other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RandomKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Equal when the 64-bit values are equal.</summary>
    public static bool operator ==(RandomKey left, RandomKey right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(RandomKey left, RandomKey right) => !left.Equals(right);

    /// <summary>The value as 16 hex digits, <c>0x...</c>, the form <see cref="FromValue"/> takes back.</summary>
    public override string ToString() => "0x" + Value.ToString("x16", CultureInfo.InvariantCulture);
}
