namespace ProVision.Runtime.Generation;

/// <summary>
/// Values read once per image of a data set and kept by image index (<see cref="ImageSummaries"/>' images): a drawn
/// image is rebuilt as a new graph on every draw, so what a draw reads from its summary and that depends on nothing
/// else (its nouns under a vocabulary, its objects' attribute set ids) is kept here instead of read again each draw.
/// </summary>
/// <remarks>
/// Bounded: image i is kept in slot i mod <see cref="Capacity"/>, replacing the image kept there, so a data set of up
/// to that many images keeps every drawn image and a larger one keeps a few MiB (about 0.5 KiB per kept image) rather
/// than a value per image of a million-image run, whose summaries are what keeps it small. Safe to share between
/// threads without a lock: a slot holds one image's entry at a time, replaced whole, so a race only reads a value twice.
/// </remarks>
internal sealed class KeptPerImage<T>
    where T : class
{
    /// <summary>How many images' values are kept at most (a power of two).</summary>
    public const int Capacity = 16_384;

    private readonly Entry?[] _slots = new Entry?[Capacity];

    /// <summary>The value kept for image <paramref name="image"/>, or null.</summary>
    public T? Get(int image)
    {
        var entry = _slots[image & (Capacity - 1)];
        return entry is not null && entry.Image == image ? entry.Value : null;
    }

    /// <summary>Keeps <paramref name="value"/> for image <paramref name="image"/> and returns it.</summary>
    public T Keep(int image, T value)
    {
        _slots[image & (Capacity - 1)] = new Entry(image, value);
        return value;
    }

    private sealed record Entry(int Image, T Value);
}
