namespace ProVision.Runtime.Randomness;

/// <summary>
/// The root keys of every item of one (seed, generator, image id): <see cref="Item"/>(i) equals
/// <c>new RandomKey(seed, generator, imageId, i)</c>, but hashes the seed and the two strings once, not per item.
/// A generator context makes one per image (or draw) and asks it for a key at every candidate.
/// </summary>
public readonly struct ItemKeys
{
    private readonly Fnv1a64 _prefix;

    /// <summary>The keys of <paramref name="generator"/>'s items on <paramref name="imageId"/> under <paramref name="seed"/>.</summary>
    public ItemKeys(ulong seed, string generator, string imageId)
    {
        _prefix = RandomKey.RootPrefix(seed, generator, imageId);
    }

    /// <summary>
    /// The keys of the generator whose <see cref="RandomKey.GeneratorPrefix"/> is <paramref name="generatorPrefix"/>
    /// on <paramref name="imageId"/>: the same keys as the public constructor's, hashing only the image id.
    /// </summary>
    internal ItemKeys(Fnv1a64 generatorPrefix, string imageId)
    {
        ArgumentNullException.ThrowIfNull(imageId);
        _prefix = generatorPrefix;
        _prefix.AddString(imageId);
    }

    /// <summary>The key of item <paramref name="itemIndex"/>: the same value as the <see cref="RandomKey"/> constructor's.</summary>
    public RandomKey Item(long itemIndex)
    {
        var hash = _prefix;
        hash.AddUInt64(unchecked((ulong)itemIndex));
        return RandomKey.FromValue(SplitMix64.Mix(hash.Value));
    }
}
