using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Writes the items of several generators running side by side in generator order: the items of the first generator
/// that has not finished (its turn) go to the sink as they are made, a later generator's are held until every earlier
/// one has finished and then written. On one thread every generator's items are written as they are made, so none are
/// held: held items outlived many collections and made them slow (docs/performance.md, session 6).
/// </summary>
/// <remarks>
/// A sink's failure is the run's, not a generator's: it is kept (<see cref="SinkFailure"/>) so that the engine does
/// not take it for a pack fault, and it is rethrown to whichever generator wrote.
/// </remarks>
internal sealed class OrderedItemOutput(IItemSink sink, int generators)
{
    private readonly object _gate = new();
    private readonly List<GeneratedItem>?[] _held = new List<GeneratedItem>?[generators];
    private readonly bool[] _finished = new bool[generators];
    private int _turn;

    /// <summary>The first exception the sink threw, if any.</summary>
    public Exception? SinkFailure { get; private set; }

    /// <summary>The items written so far.</summary>
    public int Written { get; private set; }

    /// <summary>The collector generator <paramref name="generator"/> (its position in generator order) emits to.</summary>
    public Collector CollectorFor(int generator) => new(this, generator);

    /// <summary>Marks a generator finished; when it was the turn, writes the held items of the generators after it.</summary>
    public void Finish(int generator)
    {
        lock (_gate)
        {
            _finished[generator] = true;
            while (_turn < _finished.Length && _finished[_turn])
            {
                _turn++;
                if (_turn < _held.Length && _held[_turn] is { } items)
                {
                    _held[_turn] = null;
                    foreach (var item in items) Write(item);
                }
            }
        }
    }

    private void Add(int generator, GeneratedItem item)
    {
        lock (_gate)
        {
            if (generator == _turn) Write(item);
            else (_held[generator] ??= []).Add(item);
        }
    }

    private void Write(GeneratedItem item)
    {
        try
        {
            sink.Write(item);
            Written++;
        }
        catch (Exception e)
        {
            SinkFailure ??= e;
            throw;
        }
    }

    /// <summary>One generator's collector: counts its items and hands them to the output.</summary>
    public sealed class Collector(OrderedItemOutput output, int generator) : IItemCollector
    {
        /// <summary>The items the generator made.</summary>
        public int Count { get; private set; }

        /// <inheritdoc/>
        public void Add(GeneratedItem item)
        {
            Count++;
            output.Add(generator, item);
        }
    }
}
