using ProVision.Runtime.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Counters a running <see cref="GenerationJob"/> keeps up to date, for a host to poll (a progress bar, periodic
/// lines): graphs read, items written, and whether the multi-image half has started. Cheap enough to update per
/// graph and per item; the host decides how often to look.
/// </summary>
public sealed class RunProgress
{
    private long _graphs;
    private long _items;
    private int _multiImage;

    /// <summary>The graphs of this run handed to the single-image generators so far.</summary>
    public long Graphs => Interlocked.Read(ref _graphs);

    /// <summary>Items written so far (single- and multi-image).</summary>
    public long Items => Interlocked.Read(ref _items);

    /// <summary>True once the multi-image generators run (every graph has been read).</summary>
    public bool MultiImage => Volatile.Read(ref _multiImage) != 0;

    /// <summary>Counts one graph read (the job calls it; a host feeding its own loop may too).</summary>
    public void GraphRead() => Interlocked.Increment(ref _graphs);

    /// <summary>Marks the start of the multi-image half.</summary>
    public void MultiImageStarted() => Volatile.Write(ref _multiImage, 1);

    /// <summary><paramref name="sink"/> with every item counted here.</summary>
    internal IItemSink Counting(IItemSink sink) => new CountingSink(sink, this);

    /// <summary><paramref name="graphs"/> with every graph counted here as it is read.</summary>
    internal IEnumerable<T> Counting<T>(IEnumerable<T> graphs)
    {
        foreach (var graph in graphs)
        {
            GraphRead();
            yield return graph;
        }
    }

    private sealed class CountingSink(IItemSink inner, RunProgress progress) : IItemSink
    {
        public void Write(GeneratedItem item)
        {
            inner.Write(item);
            Interlocked.Increment(ref progress._items);
        }

        public void Complete() => inner.Complete();

        // The caller owns the inner sink; disposing the wrapper must not end it early.
        public void Dispose()
        {
        }
    }
}
