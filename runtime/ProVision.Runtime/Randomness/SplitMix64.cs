namespace ProVision.Runtime.Randomness;

/// <summary>
/// The SplitMix64 constants and output function (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014; the variant published by Vigna with the xoshiro generators).
/// </summary>
/// <remarks>
/// Chosen because it is tiny, passes BigCrush, and its n-th output is a closed-form function of the seed
/// and n, which is exactly the counter-based property that makes generation order-independent.
/// </remarks>
internal static class SplitMix64
{
    /// <summary>The golden-ratio increment, <c>floor(2^64 / phi)</c>, odd.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// The SplitMix64 finaliser: a bijection on 64-bit values with full avalanche
    /// (every input bit flips each output bit with probability close to 1/2).
    /// </summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>
    /// Output number <paramref name="n"/> (0-based) of SplitMix64 seeded with <paramref name="seed"/>:
    /// <c>Mix(seed + (n + 1) * Gamma)</c>, all arithmetic modulo 2^64.
    /// </summary>
    public static ulong Output(ulong seed, ulong n) => Mix(unchecked(seed + ((n + 1) * Gamma)));
}
