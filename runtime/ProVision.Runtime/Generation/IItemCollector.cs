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

/// <summary>
/// A collector that takes items unrendered (<see cref="DeferredItem"/>), for a driver that keeps only some of them
/// and renders those. <see cref="IItemCollector.Add"/> is not called for such a collector.
/// </summary>
public interface IDeferredItemCollector : IItemCollector
{
    /// <summary>A deferred item to capture the next emitted item into (a new one, or one the collector is done with).</summary>
    DeferredItem Rent();

    /// <summary>Takes the item just captured into the instance from <see cref="Rent"/>.</summary>
    void Add(DeferredItem item);

    /// <summary>
    /// Candidates whose selection value (<see cref="DeferredItem.SelectionValue"/>) is at or above this can never
    /// be kept: a collector that keeps the k smallest values returns its k-th smallest once it holds k (it only
    /// falls), so the context skips such a candidate before its emit block computes anything
    /// (<see cref="GeneratorContext.Admits"/>). <see cref="double.PositiveInfinity"/> while every candidate is kept.
    /// </summary>
    double SelectionThreshold { get; }

    /// <summary>
    /// Whether an item with selection value <paramref name="value"/> and number <paramref name="number"/> would be
    /// held now; the context copies the draft (<see cref="Rent"/>, <see cref="Add"/>) only when it would.
    /// </summary>
    bool Wants(double value, int number) => true;

    /// <summary>Balancing weights (weighted selection), or null for uniform selection values.</summary>
    ICandidateWeights? Weights => null;
}
