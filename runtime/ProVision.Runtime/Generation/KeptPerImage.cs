using System.Numerics;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Values read once per image of a data set and kept by image index (<see cref="ImageSummaries"/>' images): a drawn
/// image is rebuilt as a new graph by each generator run that draws it (each run keeps its drawn graphs in a store of
/// its own, <c>GeneratorContext.BeginDraw</c>), so what a draw reads from its summary and that depends on nothing
/// else (its nouns under a vocabulary, its objects' attribute set ids, its relation facts) is kept here for every run
/// instead of read again by each. The multi-image generators draw the same images many times (CompareRelation nine draws per
/// item, most failing on what is kept here alone), so this is most of what a failed draw saves (docs/performance.md,
/// session 9).
/// </summary>
/// <remarks>
/// Direct-mapped and bounded: image i is kept in slot i mod the number of slots, replacing the image kept there. The
/// slots grow with the highest image kept (a power of two) up to the capacity, so a data set of up to that many images
/// keeps every drawn image, a million-image run keeps a few MiB rather than a value per image (its summaries are what
/// keeps it small), and the one-graph index that every single-image graph makes, which keeps nothing, allocates
/// nothing: a store made at full size for each of those cost the balanced run 10-15% (docs/performance.md, session 9).
/// Safe to share between threads without a lock: a slot holds one image's entry at a time, replaced whole, so a race
/// only reads a value twice (equal values: they depend on the image alone), and a value kept while the slots grow may
/// be dropped and read again.
/// </remarks>
internal sealed class KeptPerImage<T>
    where T : class
{
    /// <summary>The most images kept by default: small values (nouns, attribute set ids), about 0.5 KiB an image.</summary>
    public const int DefaultCapacity = 16_384;

    private readonly int _capacity;
    private Entry?[] _slots = [];

    /// <summary>A store of at most <paramref name="capacity"/> slots (a power of two).</summary>
    public KeptPerImage(int capacity = DefaultCapacity)
    {
        if (capacity <= 0 || !BitOperations.IsPow2(capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "the capacity is a power of two");
        }
        _capacity = capacity;
    }

    /// <summary>How many images' values are kept at most.</summary>
    public int Capacity => _capacity;

    /// <summary>How many slots are allocated now (tests).</summary>
    internal int SlotCount => Volatile.Read(ref _slots).Length;

    /// <summary>The value kept for image <paramref name="image"/>, or null.</summary>
    public T? Get(int image)
    {
        var slots = Volatile.Read(ref _slots);
        return slots.Length > 0 && Volatile.Read(ref slots[image & (slots.Length - 1)]) is { } entry && entry.Image == image
            ? entry.Value
            : null;
    }

    /// <summary>Keeps <paramref name="value"/> for image <paramref name="image"/> (not negative) and returns it.</summary>
    public T Keep(int image, T value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(image);
        var slots = Volatile.Read(ref _slots);
        if (image >= slots.Length && slots.Length < _capacity)
        {
            slots = Grow(slots, image);
        }
        Volatile.Write(ref slots[image & (slots.Length - 1)], new Entry(image, value));
        return value;
    }

    // Slots for images up to `image` (or the capacity), with the entries kept so far moved to their new slots.
    private Entry?[] Grow(Entry?[] slots, int image)
    {
        var grown = new Entry?[(int)Math.Min((uint)_capacity, BitOperations.RoundUpToPowerOf2((uint)image + 1))];
        foreach (var entry in slots)
        {
            if (entry is not null)
            {
                grown[entry.Image & (grown.Length - 1)] = entry;
            }
        }
        Volatile.Write(ref _slots, grown);
        return grown;
    }

    private sealed record Entry(int Image, T Value);
}
