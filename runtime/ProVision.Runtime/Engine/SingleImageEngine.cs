using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;
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
    /// <summary>The item index whose random stream picks which items to keep (never a real item's index).</summary>
    public const long SelectionStream = -2;

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

    public EngineReport Run(IEnumerable<SceneGraph> graphs, IItemSink sink)
    {
        var report = new EngineReport();
        var batch = new List<SceneGraph>(_options.BatchSize);
        foreach (var graph in graphs)
        {
            batch.Add(graph);
            if (batch.Count == _options.BatchSize) Flush(batch, sink, report);
        }
        Flush(batch, sink, report);
        return report;
    }

    private void Flush(List<SceneGraph> batch, IItemSink sink, EngineReport report)
    {
        if (batch.Count == 0) return;
        var results = new List<GeneratedItem>[batch.Count];
        if (_options.Threads == 1)
        {
            for (var i = 0; i < batch.Count; i++) results[i] = RunGraph(batch[i], report);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, i => results[i] = RunGraph(batch[i], report));
        }
        foreach (var items in results)
        {
            foreach (var item in items) sink.Write(item);
            report.Items += items.Count;
        }
        report.Graphs += batch.Count;
        batch.Clear();
    }

    private List<GeneratedItem> RunGraph(SceneGraph graph, EngineReport report)
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
            if (context.StopReason is not (StopReason.None)) totals.AddBudgetStop();
            var before = kept.Count;
            Select(collector.Items, new RandomKey(_options.Generation.Seed, generator.Name, graph.ImageId, SelectionStream), kept);
            totals.AddItems(kept.Count - before, collector.Items.Count);
        }
        return kept;
    }

    /// <summary>Keeps <see cref="EngineOptions.PerImage"/> of the candidates, chosen uniformly, in their original order.</summary>
    private void Select(List<GeneratedItem> candidates, RandomKey key, List<GeneratedItem> kept)
    {
        var k = _options.PerImage;
        if (k is null || candidates.Count <= k)
        {
            kept.AddRange(candidates);
            return;
        }
        Span<int> chosen = k.Value <= 256 ? stackalloc int[k.Value] : new int[k.Value];
        key.CreateRandom().SampleWithoutReplacement(candidates.Count, k.Value, chosen);
        chosen.Sort();
        foreach (var index in chosen) kept.Add(candidates[index]);
    }
}
