namespace ProVision.Runtime.Generation;

/// <summary>
/// The pairs of images a run has drawn (<see cref="ImageDraws.DrawnPair"/>), as an open-addressing set of their keys:
/// linear probing over a power-of-two array at most half full, a slot from the top bits of the pair's hash. A lookup
/// reads one array where a <see cref="HashSet{T}"/> reads its buckets and then its entries, and a pair takes 16 bytes
/// instead of about 28: CommonObject draws about 14 pairs per item it makes, so a run's set soon outgrows the caches and
/// each draw's look-up is a miss (docs/performance.md#session-14-draw-budgets-per-item-made).
/// </summary>
internal sealed class DrawnPairSet
{
    // 0 marks an empty slot; the one pair whose key is 0 (images 0 and 0, never drawn: a draw's images are distinct)
    // would be kept apart.
    private long[] _slots = new long[64];
    private int _bits = 6;
    private bool _holdsZero;

    /// <summary>The number of pairs in the set.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="pair"/>; false when the set held it already.</summary>
    public bool Add(ImageDraws.DrawnPair pair)
    {
        if (pair.Key == 0)
        {
            if (_holdsZero) return false;
            _holdsZero = true;
            Count++;
            return true;
        }
        if ((Count + 1) * 2 > _slots.Length) Grow();
        if (!Insert(_slots, _bits, pair)) return false;
        Count++;
        return true;
    }

    private static bool Insert(long[] slots, int bits, ImageDraws.DrawnPair pair)
    {
        var mask = slots.Length - 1;
        for (var i = (int)((uint)pair.GetHashCode() >> (32 - bits)); ; i = (i + 1) & mask)
        {
            if (slots[i] == pair.Key) return false;
            if (slots[i] == 0)
            {
                slots[i] = pair.Key;
                return true;
            }
        }
    }

    private void Grow()
    {
        var slots = new long[_slots.Length * 2];
        foreach (var key in _slots)
        {
            if (key != 0) Insert(slots, _bits + 1, new ImageDraws.DrawnPair(key));
        }
        _slots = slots;
        _bits++;
    }
}
