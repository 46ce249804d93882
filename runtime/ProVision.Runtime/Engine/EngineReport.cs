using System.Collections.Concurrent;
using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Engine;

/// <summary>What a generation run did, per generator: items kept, images that lacked data, budget stops.</summary>
public sealed class EngineReport
{
    private readonly ConcurrentDictionary<string, GeneratorTotals> _generators = new(StringComparer.Ordinal);

    public long Graphs { get; internal set; }
    public long Items { get; internal set; }

    public IReadOnlyDictionary<string, GeneratorTotals> Generators => _generators;

    internal GeneratorTotals For(string generator) => _generators.GetOrAdd(generator, _ => new GeneratorTotals());

    /// <summary>One line per generator that skipped images for missing data (instead of one error per image).</summary>
    public IEnumerable<string> MissingDataLines() =>
        _generators.Where(g => g.Value.ImagesMissingData > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: skipped on {g.Value.ImagesMissingData} image(s) without {Describe(g.Value.Missing)}");

    /// <summary>One line per multi-image generator that could not make as many items as asked (the data set ran out).</summary>
    public IEnumerable<string> ShortfallLines() =>
        _generators.Where(g => g.Value.Shortfall > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: made {g.Value.Items} item(s), {g.Value.Shortfall} fewer than asked (the data set cannot supply more)");

    private static string Describe(DataNeeds needs) => needs.ToString().ToLowerInvariant().Replace(", ", " or ");
}

/// <summary>Totals of one generator over a run (updated from worker threads).</summary>
public sealed class GeneratorTotals
{
    private long _items;
    private long _candidates;
    private long _imagesMissingData;
    private long _budgetStops;
    private long _shortfall;
    private long _elapsedTicks;
    private int _missing;

    public long Items => Interlocked.Read(ref _items);
    public long Candidates => Interlocked.Read(ref _candidates);
    public long ImagesMissingData => Interlocked.Read(ref _imagesMissingData);
    public long BudgetStops => Interlocked.Read(ref _budgetStops);
    public long Shortfall => Interlocked.Read(ref _shortfall);
    public DataNeeds Missing => (DataNeeds)Volatile.Read(ref _missing);

    /// <summary>Time spent running this generator and selecting its items, summed over threads (for <c>bench generate --by-generator</c>).</summary>
    public TimeSpan Elapsed => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _elapsedTicks));

    internal void AddElapsed(long stopwatchTicks) => Interlocked.Add(ref _elapsedTicks, stopwatchTicks);

    internal void AddItems(long kept, long candidates)
    {
        Interlocked.Add(ref _items, kept);
        Interlocked.Add(ref _candidates, candidates);
    }

    internal void AddMissing(DataNeeds missing)
    {
        Interlocked.Increment(ref _imagesMissingData);
        int seen, merged;
        do
        {
            seen = Volatile.Read(ref _missing);
            merged = seen | (int)missing;
        } while (Interlocked.CompareExchange(ref _missing, merged, seen) != seen);
    }

    internal void AddBudgetStop() => Interlocked.Increment(ref _budgetStops);

    internal void AddShortfall(long missing) => Interlocked.Add(ref _shortfall, missing);
}
