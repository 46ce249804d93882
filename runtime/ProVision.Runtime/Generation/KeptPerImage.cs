namespace ProVision.Runtime.Generation;

/// <summary>
/// Values read once per image of a data set and kept by image index (<see cref="ImageSummaries"/>' images): a drawn
/// image is rebuilt as a new graph on every draw, so what a draw reads from its summary and that depends on nothing
/// else (its nouns under a vocabulary, its objects' attribute set ids, its relation facts) is kept here instead of
/// read again each draw. The multi-image generators draw the same images many times (CompareRelation nine draws per
/// item, most failing on what is kept here alone), so this is most of what a failed draw saves (docs/performance.md,
/// session 9).
/// </summary>
/// <remarks>
/// Direct-mapped and bounded: image i is kept in slot i mod the capacity, replacing the image kept there, so a data
/// set of up to that many images keeps every drawn image and a million-image run keeps a few MiB rather than a value
/// per image (its summaries are what keeps it small). Safe to share between threads without a lock: a slot holds one
/// image's entry at a time, replaced whole, so a race only reads a value twice (equal values: they depend on the image
/// alone).
/// </remarks>
internal sealed class KeptPerImage<T>
    where T : class
{
    /// <summary>The most images kept by default: small values (nouns, attribute set ids), about 0.5 KiB an image.</summary>
    public const int DefaultCapacity = 16_384;

    private readonly Entry?[] _slots;

    /// <summary>A store of <paramref name="capacity"/> slots (a power of two).</summary>
    public KeptPerImage(int capacity = DefaultCapacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "the capacity is a power of two");
        }
        _slots = new Entry?[capacity];
    }

    /// <summary>How many images' values are kept at most.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The value kept for image <paramref name="image"/>, or null.</summary>
    public T? Get(int image) =>
        Volatile.Read(ref _slots[image & (_slots.Length - 1)]) is { } entry && entry.Image == image ? entry.Value : null;

    /// <summary>Keeps <paramref name="value"/> for image <paramref name="image"/> and returns it.</summary>
    public T Keep(int image, T value)
    {
        Volatile.Write(ref _slots[image & (_slots.Length - 1)], new Entry(image, value));
        return value;
    }

    private sealed record Entry(int Image, T Value);
}
