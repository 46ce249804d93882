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
        var selector = new ItemSelector(_options.PerImage, _options.Generation.Seed, balance);
        var batch = new List<SceneGraph>(_options.BatchSize);
        foreach (var graph in graphs)
        {
            batch.Add(graph);
            if (batch.Count == _options.BatchSize) Flush(batch, sink, report, selector);
        }
        Flush(batch, sink, report, selector);
        return report;
    }

    /// <summary>Pass 1 of balanced sampling: runs every generator over every graph and counts the candidates' tags.</summary>
    public TagCounts CountTags(IEnumerable<SceneGraph> graphs)
    {
        var counts = new TagCounts();
        var everything = new SingleImageEngine(_generators, _options with { PerImage = null }, _vocabulary);
        everything.Run(graphs, new CountingSink(counts));
        return counts;
    }

    private void Flush(List<SceneGraph> batch, IItemSink sink, EngineReport report, ItemSelector selector)
    {
        if (batch.Count == 0) return;
        var results = new List<GeneratedItem>[batch.Count];
        if (_options.Threads == 1)
        {
            for (var i = 0; i < batch.Count; i++) results[i] = RunGraph(batch[i], report, selector);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads },
                i => results[i] = RunGraph(batch[i], report, selector));
        }
        foreach (var items in results)
        {
            foreach (var item in items) sink.Write(item);
            report.Items += items.Count;
        }
        report.Graphs += batch.Count;
        batch.Clear();
    }

    private List<GeneratedItem> RunGraph(SceneGraph graph, EngineReport report, ItemSelector selector)
    {
        var kept = new List<GeneratedItem>();
        var collector = new ListItemCollector();
        foreach (var generator in _generators)
        {
            var totals = report.For(generator.Name);
            var missing = generator.Needs.MissingFrom(graph);
            if (missing != DataNeeds.None)
            {
                totals.AddMissing(missing);
                continue;
            }
            collector.Items.Clear();
            var context = generator.RunOn(graph, _options.Generation, collector, _vocabulary);
            if (context.StopReason != StopReason.None) totals.AddBudgetStop();
            var before = kept.Count;
            selector.Select(collector.Items, generator.Name, graph.ImageId, kept);
            totals.AddItems(kept.Count - before, collector.Items.Count);
        }
        return kept;
    }

    /// <summary>Feeds every item to pass-1 tag counting.</summary>
    private sealed class CountingSink(TagCounts counts) : IItemSink
    {
        public void Write(GeneratedItem item) => counts.Add(item);
        public void Complete() { }
        public void Dispose() { }
    }
}
