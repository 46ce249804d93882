using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Collects one generator run's items unrendered, recycling the <see cref="DeferredItem"/>s of earlier runs, so
/// that collecting a candidate copies its draft into storage that already exists instead of allocating.
/// </summary>
/// <remarks>
/// With <see cref="KeepSmallest"/> set to k it keeps only the k items with the smallest selection values seen so
/// far (a uniform sample of k, or with <see cref="Weights"/> a weighted one, streaming): a new item replaces the
/// largest kept one, and
/// <see cref="SelectionThreshold"/> tells the context which candidates it need not build at all.
/// </remarks>
internal sealed class DeferredItemList : IDeferredItemCollector
{
    private readonly List<DeferredItem> _pool = [];
    private readonly List<double> _values = [];
    private int _count;
    private int _keep = int.MaxValue;
    private bool _rented;

    /// <summary>How many items are held (at most <see cref="KeepSmallest"/>).</summary>
    public int Count => _count;

    /// <summary>
    /// Keep only the k items with the smallest selection values, or every item with null. Set it before a run;
    /// it clears the list.
    /// </summary>
    public int? KeepSmallest
    {
        get => _keep == int.MaxValue ? null : _keep;
        set
        {
            if (value is < 1) throw new ArgumentOutOfRangeException(nameof(value), value, "Keep at least one item.");
            _keep = value ?? int.MaxValue;
            Clear();
        }
    }

    /// <summary>Held item <paramref name="index"/>: in emit order while every item is kept, in no set order with <see cref="KeepSmallest"/>.</summary>
    public DeferredItem this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _pool[index];
        }
    }

    /// <inheritdoc/>
    public ICandidateWeights? Weights { get; set; }

    /// <inheritdoc/>
    public bool Wants(double value, int number)
    {
        if (_count < _keep) return true;
        var largest = IndexOfLargest();
        return Before(value, number, _values[largest], _pool[largest].Number);
    }

    /// <inheritdoc/>
    public double SelectionThreshold => _count < _keep ? double.PositiveInfinity : _values[IndexOfLargest()];

    public DeferredItem Rent()
    {
        // When full, the spare slot after the held items takes the candidate; Add swaps it in if it is kept.
        var slot = Math.Min(_count, _keep);
        while (_pool.Count <= slot)
        {
            _pool.Add(new DeferredItem());
            _values.Add(0);
        }
        _rented = true;
        return _pool[slot];
    }

    public void Add(DeferredItem item)
    {
        var slot = Math.Min(_count, _keep);
        if (!_rented || !ReferenceEquals(item, _pool[slot]))
        {
            throw new InvalidOperationException("Add takes the item the latest Rent returned.");
        }
        _rented = false;
        if (_keep == int.MaxValue)
        {
            _count++;
            return;
        }
        var value = item.SelectionValue;
        if (_count < _keep)
        {
            _values[_count++] = value;
            return;
        }
        var largest = IndexOfLargest();
        if (!Before(value, item.Number, _values[largest], _pool[largest].Number)) return;
        // Swap the new item into the largest one's place; the old one's storage becomes the spare slot.
        (_pool[largest], _pool[slot]) = (_pool[slot], _pool[largest]);
        _values[largest] = value;
    }

    /// <summary>Forgets the held items; their storage is reused by the next run.</summary>
    public void Clear()
    {
        _count = 0;
        _rented = false;
    }

    // Selection values are ordered by value, then by item number, so that even a tie is decided the same way in any run.
    private static bool Before(double value, int number, double otherValue, int otherNumber) =>
        value < otherValue || (value == otherValue && number < otherNumber);

    private int IndexOfLargest()
    {
        var largest = 0;
        for (var i = 1; i < _count; i++)
        {
            if (Before(_values[largest], _pool[largest].Number, _values[i], _pool[i].Number)) largest = i;
        }
        return largest;
    }

    void IItemCollector.Add(GeneratedItem item) =>
        throw new InvalidOperationException("A deferred collector takes DeferredItems; the context never renders for it.");
}
