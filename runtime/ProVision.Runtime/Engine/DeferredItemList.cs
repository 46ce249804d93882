using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Collects one generator run's items unrendered, recycling the <see cref="DeferredItem"/>s of earlier runs, so
/// that collecting a candidate copies its draft into storage that already exists instead of allocating.
/// </summary>
internal sealed class DeferredItemList : IDeferredItemCollector
{
    private readonly List<DeferredItem> _pool = [];
    private int _count;
    private bool _rented;

    /// <summary>How many items were collected since the last <see cref="Clear"/>.</summary>
    public int Count => _count;

    /// <summary>Collected item <paramref name="index"/>, in emit order.</summary>
    public DeferredItem this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _pool[index];
        }
    }

    public DeferredItem Rent()
    {
        if (_count == _pool.Count) _pool.Add(new DeferredItem());
        _rented = true;
        return _pool[_count];
    }

    public void Add(DeferredItem item)
    {
        if (!_rented || !ReferenceEquals(item, _pool[_count]))
        {
            throw new InvalidOperationException("Add takes the item the latest Rent returned.");
        }
        _rented = false;
        _count++;
    }

    /// <summary>Forgets the collected items; their storage is reused by the next run.</summary>
    public void Clear()
    {
        _count = 0;
        _rented = false;
    }

    void IItemCollector.Add(GeneratedItem item) =>
        throw new InvalidOperationException("A deferred collector takes DeferredItems; the context never renders for it.");
}
