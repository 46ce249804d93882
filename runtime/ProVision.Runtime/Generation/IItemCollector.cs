using ProVision.Runtime.Items;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Receives the items a generator context emits, in order. Deliberately smaller than
/// <see cref="Writing.IItemSink"/>: the driver decides what happens next (write, balance, count).
/// </summary>
public interface IItemCollector
{
    /// <summary>Takes one item.</summary>
    void Add(GeneratedItem item);
}

/// <summary>Collects items into a list (tests, the balancing pass, small runs).</summary>
public sealed class ListItemCollector : IItemCollector
{
    /// <summary>The items so far.</summary>
    public List<GeneratedItem> Items { get; } = [];

    /// <inheritdoc/>
    public void Add(GeneratedItem item) => Items.Add(item);
}

/// <summary>Forwards items to an <see cref="Writing.IItemSink"/>.</summary>
public sealed class SinkItemCollector(Writing.IItemSink sink) : IItemCollector
{
    /// <inheritdoc/>
    public void Add(GeneratedItem item) => sink.Write(item);
}
