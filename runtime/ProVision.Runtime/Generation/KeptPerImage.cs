namespace ProVision.Runtime.Generation;

/// <summary>
/// Values read once per image of a data set and kept by image index (<see cref="ImageSummaries"/>' images): a drawn
/// image is rebuilt as a new graph on every draw, so what a draw reads from its summary and that depends on nothing
/// else (its nouns under a vocabulary, its objects' attribute set ids) is kept here instead of read again each draw.
/// </summary>
/// <remarks>
/// Grown on demand (images may be added after it is made). Safe to share between threads without a lock: a race only
/// reads the same value twice, or drops a kept one, which the image's next draw reads again.
/// </remarks>
internal sealed class KeptPerImage<T>
    where T : class
{
    private T?[] _kept = [];

    /// <summary>The value kept for image <paramref name="image"/>, or null.</summary>
    public T? Get(int image)
    {
        var kept = _kept;
        return image < kept.Length ? kept[image] : null;
    }

    /// <summary>Keeps <paramref name="value"/> for image <paramref name="image"/> and returns it.</summary>
    public T Keep(int image, T value)
    {
        var kept = _kept;
        if (image >= kept.Length)
        {
            Array.Resize(ref kept, Math.Max(image + 1, kept.Length * 2));
            _kept = kept;
        }
        kept[image] = value;
        return value;
    }
}
