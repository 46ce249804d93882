namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A growable buffer that compiled generators reuse for every evaluation of one list-valued expression (a
/// comprehension, <c>distinct</c>, a filtered copy): created once per run, <see cref="Clear"/>ed before each
/// evaluation, read through <see cref="Span"/>. The list value of a <c>.pvg</c> expression is that span, so a loop
/// that re-evaluates the expression allocates nothing once the buffer has grown to the largest size seen.
/// </summary>
/// <remarks>
/// A span taken from the buffer is valid until the next <see cref="Clear"/> or <see cref="Add"/>. The emitter relies on
/// the language's scoping for that: a list value never outlives the iteration that computed it, and lists are never
/// stored inside other lists or tuples.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ScratchList<T>
{
    private T[] _items;

    /// <summary>An empty buffer with room for <paramref name="capacity"/> elements before it grows.</summary>
    public ScratchList(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _items = capacity == 0 ? [] : new T[capacity];
    }

    /// <summary>The number of elements.</summary>
    public int Count { get; private set; }

    /// <summary>The elements, valid until the buffer is next changed.</summary>
    public ReadOnlySpan<T> Span => _items.AsSpan(0, Count);

    /// <summary>The element at <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _items[index];
        }
    }

    /// <summary>Forgets the elements (references are cleared so the buffer keeps nothing alive).</summary>
    public void Clear()
    {
        if (System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, 0, Count);
        }
        Count = 0;
    }

    /// <summary>Appends an element, doubling the storage when full.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        }
        _items[Count++] = item;
    }

    /// <summary>Appends every element of <paramref name="items"/>.</summary>
    public void AddRange(ReadOnlySpan<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>Writable access for in-place helpers (sorting, sampling) in this assembly.</summary>
    internal Span<T> WritableSpan => _items.AsSpan(0, Count);

    /// <summary>Drops the elements from <paramref name="count"/> on.</summary>
    internal void Truncate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)Count, nameof(count));
        if (System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, count, Count - count);
        }
        Count = count;
    }
}
