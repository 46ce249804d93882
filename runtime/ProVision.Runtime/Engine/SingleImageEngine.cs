using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Runs single-image generators over a stream of graphs and writes the items in input order. Graphs are
/// processed in batches on worker threads; every random choice is keyed by (seed, generator, image id, item),
/// and results are written in graph order, generator order, item order, so the bytes do not depend on the
/// number of threads, on scheduling, or on how the input was split into shards.
/// </summary>
public sealed class SingleImageEngine
{
    private readonly IReadOnlyList<CompiledGenerator> _generators;
    private readonly EngineOptions _options;
    private readonly Vocabulary? _vocabulary;

    public SingleImageEngine(IReadOnlyList<CompiledGenerator> generators, EngineOptions options, Vocabulary? vocabulary = null)
    {
        options.Validate();
        if (generators.Any(g => g.IsMultiImage)) throw new ArgumentException("multi-image generators run in the multi-image engine", nameof(generators));
        _generators = generators;
        _options = options;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// Generates items for <paramref name="graphs"/> into <paramref name="sink"/>. With <paramref name="balance"/>
    /// (pass 1 of balanced sampling, from <see cref="CountTags"/> over the WHOLE data set, also when this run is one
    /// shard) the kept items are drawn with weights favouring rare tags; otherwise uniformly.
    /// </summary>
    public EngineReport Run(IEnumerable<SceneGraph> graphs, IItemSink sink, TagCounts? balance = null)
    {
        var report = new EngineReport();
        var selector = new ItemSelector(_options.PerImage, balance);
        var batch = new List<SceneGraph>(_options.BatchSize);
        foreach (var graph in graphs)
        {
            batch.Add(graph);
            if (batch.Count == _options.BatchSize) Flush(batch, sink, report, selector);
        }
        Flush(batch, sink, report, selector);
        return report;
    }

    /// <summary>
    /// Pass 1 of balanced sampling: runs every generator that has tags over every graph and counts the candidates'
    /// tags. The candidates are neither rendered nor copied: their tags are counted from the live draft as it is
    /// emitted (the emitted code builds only what the tags need, <see cref="GeneratorContext.CountingTags"/>), into
    /// one count table per thread, merged at the end. A generator without tags is not run: its items weigh 1.
    /// </summary>
    public TagCounts CountTags(IEnumerable<SceneGraph> graphs)
    {
        using var perThread = new ThreadLocal<TagCounts>(() => new TagCounts(), trackAllValues: true);
        var report = new EngineReport();
        var batch = new List<SceneGraph>(_options.BatchSize);
        void Count() => ForEachGraph(batch, graph => RunGraph(graph, report, selector: null, perThread.Value));
        foreach (var graph in graphs)
        {
            batch.Add(graph);
            if (batch.Count == _options.BatchSize)
            {
                Count();
                batch.Clear();
            }
        }
        Count();
        var counts = new TagCounts();
        foreach (var part in perThread.Values) counts.MergeFrom(part);
        return counts;
    }

    private void Flush(List<SceneGraph> batch, IItemSink sink, EngineReport report, ItemSelector selector)
    {
        if (batch.Count == 0) return;
        var results = ForEachGraph(batch, graph => RunGraph(graph, report, selector, tagCounts: null));
        foreach (var items in results)
        {
            foreach (var item in items) sink.Write(item);
            report.Items += items.Count;
        }
        report.Graphs += batch.Count;
        batch.Clear();
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the batch on the configured threads; the results in batch order. A batch of
    /// one graph runs on the calling thread, as with one thread: starting the pool's workers and the parallel loop for
    /// one graph (a one-graph run) costs more CPU than it can save.
    /// </summary>
    private List<GeneratedItem>[] ForEachGraph(List<SceneGraph> batch, Func<SceneGraph, List<GeneratedItem>> work)
    {
        var results = new List<GeneratedItem>[batch.Count];
        if (_options.Threads == 1 || batch.Count == 1)
        {
            for (var i = 0; i < batch.Count; i++) results[i] = work(batch[i]);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, i => results[i] = work(batch[i]));
        }
        return results;
    }

    /// <summary>
    /// Runs every generator over one graph. Candidates are collected unrendered; with a selector the kept ones are
    /// rendered and returned, with <paramref name="tagCounts"/> (pass 1, this thread's table) every candidate's tags
    /// are counted instead.
    /// </summary>
    private List<GeneratedItem> RunGraph(SceneGraph graph, EngineReport report, ItemSelector? selector, TagCounts? tagCounts)
    {
        var kept = new List<GeneratedItem>();
        var candidates = t_candidates ??= new DeferredItemList();
        foreach (var generator in _generators)
        {
            var totals = report.For(generator.Name);
            var missing = generator.Needs.MissingFrom(graph);
            if (missing != DataNeeds.None)
            {
                totals.AddMissing(missing);
                continue;
            }
            if (!generator.HasPhrasings(_options.Generation.Mode)) continue; // it would emit nothing: skip its query
            if (tagCounts is not null && !generator.HasTags) continue; // pass 1: its items all weigh 1, nothing to count
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            candidates.KeepSmallest = selector?.KeepSmallest;
            candidates.Weights = selector?.Balance;
            if (RunGuarded(generator, graph, tagCounts ?? (IItemCollector)candidates, totals) is not { } context)
            {
                candidates.Clear(); // what it emitted before it failed goes with the graph
                continue;
            }
            var before = kept.Count;
            if (tagCounts is null)
            {
                var held = t_held ??= [];
                held.Clear();
                for (var i = 0; i < candidates.Count; i++) held.Add(candidates[i]);
                held.Sort(static (a, b) => a.Number.CompareTo(b.Number)); // kept items stay in emit order
                foreach (var item in held) kept.Add(item.Render());
            }
            // Candidates: every attempt at an emit block, built or skipped (a run keeping all builds each one).
            totals.AddItems(kept.Count - before, context.DraftCount);
            totals.AddElapsed(System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }
        candidates.KeepSmallest = null;
        candidates.Weights = null;
        return kept;
    }

    /// <summary>
    /// Runs one generator on one graph. A budget stop and the candidates its arithmetic skipped are counted; an
    /// exception out of the pack's code (a pack fault) skips the graph for this generator, counted with its reason,
    /// or ends the run with <see cref="PackFaultException"/> under <see cref="EngineOptions.StopOnPackFault"/>.
    /// </summary>
    private GeneratorContext? RunGuarded(CompiledGenerator generator, SceneGraph graph, IItemCollector collector, GeneratorTotals totals)
    {
        GeneratorContext context;
        try
        {
            context = generator.RunOn(graph, _options.Generation, collector, _vocabulary);
        }
        catch (Exception e) when (PackFaults.IsPackFault(e))
        {
            var reason = PackFaults.Describe(e);
            if (_options.StopOnPackFault) throw new PackFaultException($"generator {generator.Name} failed on graph {graph.ImageId}: {reason}", e);
            totals.AddFaultedGraph(graph.ImageId, reason);
            return null;
        }
        PackFaults.Count(context, graph.ImageId, totals);
        return context;
    }

    /// <summary>This thread's candidate list: its deferred items (and their drafts' storage) are reused from graph to graph.</summary>
    [ThreadStatic]
    private static DeferredItemList? t_candidates;

    [ThreadStatic]
    private static List<DeferredItem>? t_held;
}
