namespace ProVision.Runtime.Caching;

/// <summary>
/// A thread-safe least-recently-used cache bounded by an estimate of bytes held.
/// Masks and depth maps load through it, so a data set of a million graphs never holds
/// more than <see cref="CapacityBytes"/> of decoded pixels, however it is iterated.
/// </summary>
public sealed class ResourceCache
{
    /// <summary>The process-wide cache used when a loader is given none (256 MiB).</summary>
    public static ResourceCache Shared { get; } = new(256L * 1024 * 1024);

    private readonly object _gate = new();
    private readonly Dictionary<object, LinkedListNode<Entry>> _entries = new();
    private readonly LinkedList<Entry> _recency = new();
    private long _bytesHeld;

    public ResourceCache(long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacityBytes);
        CapacityBytes = capacityBytes;
    }

    public long CapacityBytes { get; }

    public long BytesHeld { get { lock (_gate) { return _bytesHeld; } } }

    public int Count { get { lock (_gate) { return _entries.Count; } } }

    /// <summary>
    /// Returns the cached value for <paramref name="key"/>, or loads, caches and returns it.
    /// The loader runs outside the lock (two threads may load the same key once each; the values are equal).
    /// A value larger than the whole capacity is returned but not kept.
    /// </summary>
    public T GetOrLoad<T>(object key, Func<T> load, Func<T, long> sizeOf) where T : class
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return (T)node.Value.Value;
            }
        }

        var value = load();
        var size = Math.Max(1, sizeOf(value));
        if (size > CapacityBytes) return value;

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing)) return (T)existing.Value.Value;
            var node = _recency.AddFirst(new Entry(key, value, size));
            _entries.Add(key, node);
            _bytesHeld += size;
            while (_bytesHeld > CapacityBytes && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytesHeld -= oldest.Value.Size;
            }
        }
        return value;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
            _bytesHeld = 0;
        }
    }

    private sealed record Entry(object Key, object Value, long Size);
}
