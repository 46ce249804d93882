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

    /// <summary>One line per multi-image generator that made fewer items than asked, and why.</summary>
    public IEnumerable<string> ShortfallLines() =>
        _generators.Where(g => g.Value.Shortfall > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: made {g.Value.Items} item(s), {g.Value.Shortfall} fewer than asked ({g.Value.ShortfallReason})");

    /// <summary>
    /// One line per generator that a budget stopped, per budget: which generator, which budget, on how many graphs,
    /// and the first graph (by id, so the line does not depend on thread timing).
    /// </summary>
    public IEnumerable<string> BudgetLines(GenerationOptions options) =>
        NamesWhere(g => g.BudgetStops > 0)
            .SelectMany(name => _generators[name].BudgetStopsByReason.Select(stop =>
                $"{name}: stopped by the {BudgetName(stop.Key, options)} on {stop.Value.Count} graph(s) (first: {stop.Value.First}); raise it with {BudgetOption(stop.Key)} if the pack is trusted"));

    /// <summary>
    /// One line per generator whose code failed: candidates skipped for an arithmetic fault, and graphs skipped
    /// because the generator threw (a stdlib function given a bad argument, ...), with the first reason and graph.
    /// </summary>
    public IEnumerable<string> FaultLines() =>
        NamesWhere(g => g.FaultedGraphs is not null || g.FaultedCandidates is not null).SelectMany(name =>
        {
            var totals = _generators[name];
            var lines = new List<string>();
            if (totals.FaultedGraphs is { Count: > 0 } graphs)
                lines.Add($"{name}: pack fault, skipped on {graphs.Count} graph(s) (first: {graphs.First}: {graphs.Reason})");
            if (totals.FaultedCandidates is { Count: > 0 } candidates)
                lines.Add($"{name}: pack fault, skipped {candidates.Count} candidate(s) (first: {candidates.First}: {candidates.Reason})");
            return lines;
        });

    // The names of the generators whose totals match, in ordinal order. A list of strings, not LINQ over the
    // dictionary's key-value pairs: that is generic code over a value type, which every process would jit to print
    // lines most runs do not have (docs/performance.md#session-10-start-up-a-user-does-not-notice).
    private List<string> NamesWhere(Func<GeneratorTotals, bool> match)
    {
        var names = new List<string>();
        foreach (var name in _generators.Keys)
        {
            if (match(_generators[name])) names.Add(name);
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private static string BudgetName(StopReason reason, GenerationOptions options) => reason switch
    {
        StopReason.TimeBudget => $"time budget ({options.TimeBudget.TotalMilliseconds:0} ms per graph)",
        StopReason.ElementBudget => $"element budget ({options.ElementBudget:N0} list elements per graph)",
        _ => $"item budget ({options.ItemsPerGraphBudget:N0} candidates per graph)",
    };

    private static string BudgetOption(StopReason reason) => reason switch
    {
        StopReason.TimeBudget => "--time-budget-ms",
        StopReason.ElementBudget => "--max-elements",
        _ => "the pack's items_per_graph_budget",
    };

    internal static string Describe(DataNeeds needs) => needs.ToString().ToLowerInvariant().Replace(", ", " or ");
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

    private readonly Dictionary<StopReason, Occurrences> _stops = [];
    private Occurrences? _faultedGraphs;
    private Occurrences? _faultedCandidates;

    /// <summary>Graphs on which a budget stopped this generator, by budget.</summary>
    public IReadOnlyDictionary<StopReason, Occurrences> BudgetStopsByReason
    {
        get { lock (_stops) return new Dictionary<StopReason, Occurrences>(_stops); }
    }

    /// <summary>Graphs skipped because this generator threw on them (a pack fault), or null.</summary>
    public Occurrences? FaultedGraphs { get { lock (_stops) return _faultedGraphs; } }

    /// <summary>Candidates skipped because the generator's arithmetic failed on them, or null.</summary>
    public Occurrences? FaultedCandidates { get { lock (_stops) return _faultedCandidates; } }

    internal void AddBudgetStop(StopReason reason, string graph)
    {
        AddBudgetStop();
        lock (_stops) _stops[reason] = Occurrences.Add(_stops.GetValueOrDefault(reason), graph, 1, "");
    }

    internal void AddFaultedGraph(string graph, string reason)
    {
        lock (_stops) _faultedGraphs = Occurrences.Add(_faultedGraphs, graph, 1, reason);
    }

    internal void AddFaultedCandidates(string graph, int count, string reason)
    {
        lock (_stops) _faultedCandidates = Occurrences.Add(_faultedCandidates, graph, count, reason);
    }

    private long _drawBudgetSpent;

    /// <summary>
    /// Why a multi-image generator made fewer items than asked: its draw budget ran out (fewer than one draw in
    /// budget + 1 gave an item), or the data set had no more sets of images to draw.
    /// </summary>
    public string ShortfallReason => Interlocked.Read(ref _drawBudgetSpent) is > 0 and var budget
        ? $"under 1 in {(budget + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} draws of images gave an item, the draw budget"
        : "the data set cannot supply more draws of images that fit";

    internal void AddShortfall(long missing, long? drawBudgetSpent = null)
    {
        Interlocked.Add(ref _shortfall, missing);
        if (drawBudgetSpent is { } budget) Interlocked.Exchange(ref _drawBudgetSpent, budget);
    }
}

/// <summary>How often something happened, and where first: the smallest graph id (ordinal), so reports do not depend on thread timing.</summary>
public sealed record Occurrences(long Count, string First, string Reason)
{
    internal static Occurrences Add(Occurrences? seen, string graph, long count, string reason) =>
        seen is null ? new(count, graph, reason)
        : string.CompareOrdinal(graph, seen.First) < 0 ? new(seen.Count + count, graph, reason)
        : seen with { Count = seen.Count + count };
}
