using System.Globalization;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Synthetic;
using ProVision.Runtime.Writing;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// The single-image engine renders only the items it keeps (it selects among unrendered drafts and, for uniform
/// sampling, skips candidates that can no longer be kept before building them). Kept items must be byte for byte
/// the items a generator emits when every candidate is rendered on the spot and the same selection is applied, for
/// uniform and balanced sampling; and the multi-image engine must write the same bytes on any number
/// of threads. Run over the whole built-in pack on synthetic Visual-Genome-like graphs.
/// </summary>
public sealed class EngineRenderingTests
{
    private static readonly Lazy<List<SceneGraph>> s_graphs = new(() => SyntheticGraphs(12));

    private static List<SceneGraph> SyntheticGraphs(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"provision-engine-rendering-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var writer = new StreamWriter(file)) SyntheticGraphWriter.WriteCanonical(writer, count, objectsPerGraph: 12, relationsPerGraph: 9);
            return [.. SceneGraphInputs.Read([file], GraphLoadOptions.Default).Select(o => o.Graph ?? throw new InvalidOperationException(o.Error?.ToString()))];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<CompiledGenerator> Singles() => [.. BuiltinPack.Pack.Generators.Where(g => !g.IsMultiImage)];

    /// <summary>What the engine did before it deferred rendering: render every candidate, then select.</summary>
    private static List<string> RenderAllThenSelect(List<SceneGraph> graphs, GenerationOptions options, int perImage, TagCounts? balance)
    {
        var lines = new List<string>();
        foreach (var graph in graphs)
        {
            foreach (var generator in Singles())
            {
                if (generator.Needs.MissingFrom(graph) != DataNeeds.None) continue;
                var collector = new ListItemCollector();
                generator.RunOn(graph, options, collector, BuiltinPack.Pack.Vocabulary);
                var candidates = collector.Items;
                var chosen = SmallestSelectionValues(candidates, options.Seed, graph.ImageId, perImage, balance);
                foreach (var item in chosen is null ? candidates : chosen.Select(i => candidates[i]))
                {
                    lines.Add(GeneratedItemJson.Serialize(item));
                }
            }
        }
        return lines;
    }

    /// <summary>
    /// Sampling as docs/randomness.md states it: the k items whose selection values are smallest, each value drawn
    /// from the item's own emit key, i.e. (seed, generator, image id, the number that ends the item id); balanced, the
    /// exponential key -ln(1 - u) / weight of that value.
    /// </summary>
    private static int[]? SmallestSelectionValues(List<GeneratedItem> items, ulong seed, string imageId, int k, TagCounts? balance)
    {
        if (items.Count <= k) return null;
        double Value(GeneratedItem item)
        {
            var u = GeneratorContext.SelectionValue(
                new RandomKey(seed, item.Generator, imageId, long.Parse(item.Id[(item.Id.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture)).Derive("emit"));
            return balance is null ? u : -Math.Log(1 - u) / balance.Weight(item);
        }
        return [.. Enumerable.Range(0, items.Count).OrderBy(i => Value(items[i])).Take(k).Order()];
    }

    private static List<string> Engine(List<SceneGraph> graphs, GenerationOptions options, int perImage, int threads, bool balance)
    {
        var engine = new SingleImageEngine(Singles(), new EngineOptions { Generation = options, PerImage = perImage, Threads = threads, BatchSize = 5 },
            BuiltinPack.Pack.Vocabulary);
        var sink = new LineSink();
        engine.Run(graphs, sink, balance ? engine.CountTags(graphs) : null);
        return sink.Lines;
    }

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(3, 1.0, 2)]
    public void Kept_items_equal_candidates_rendered_on_the_spot(int perImage, double mcRatio, int threads)
    {
        var graphs = s_graphs.Value;
        var options = BuiltinPack.Options(seed: 11, mcRatio: mcRatio);

        var expected = RenderAllThenSelect(graphs, options, perImage, balance: null);
        var actual = Engine(graphs, options, perImage, threads, balance: false);

        Assert.True(expected.Count > graphs.Count * 10, $"only {expected.Count} items: the graphs should feed most generators");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Balanced_selection_counts_and_weighs_unrendered_candidates_like_rendered_ones()
    {
        var graphs = s_graphs.Value;
        var options = BuiltinPack.Options(seed: 5);
        var rendered = new TagCounts();
        foreach (var graph in graphs)
        {
            foreach (var generator in Singles().Where(g => g.Needs.MissingFrom(graph) == DataNeeds.None))
            {
                var collector = new ListItemCollector();
                generator.RunOn(graph, options, collector, BuiltinPack.Pack.Vocabulary);
                foreach (var item in collector.Items) rendered.Add(item);
            }
        }

        var engine = new SingleImageEngine(Singles(), new EngineOptions { Generation = options, PerImage = 2 }, BuiltinPack.Pack.Vocabulary);
        var counted = engine.CountTags(graphs);

        Assert.True(rendered.Distinct > 50);
        Assert.Equal(rendered.Distinct, counted.Distinct);
        Assert.Equal(RenderAllThenSelect(graphs, options, 2, rendered), Engine(graphs, options, 2, threads: 2, balance: true));
    }

    [Fact]
    public void Multi_image_items_are_the_same_bytes_for_any_thread_count()
    {
        var graphs = s_graphs.Value;
        var multis = BuiltinPack.Pack.Generators.Where(g => g.IsMultiImage).ToList();
        var dataSet = new DataSetIndex([.. graphs]);
        List<string> Run(int threads)
        {
            var sink = new LineSink();
            new MultiImageEngine(multis, BuiltinPack.Options(seed: 3), 6, vocabulary: BuiltinPack.Pack.Vocabulary, threads: threads).Run(dataSet, sink);
            return sink.Lines;
        }

        var one = Run(1);
        Assert.True(one.Count > multis.Count, $"only {one.Count} multi-image items");
        Assert.Equal(one, Run(3));
        Assert.Equal(one, Run(multis.Count + 2));
    }

    [Fact]
    public void A_multi_image_generator_that_makes_all_it_was_asked_reports_no_budget_stop()
    {
        var multis = BuiltinPack.Pack.Generators.Where(g => g.IsMultiImage).ToList();
        var report = new MultiImageEngine(multis, BuiltinPack.Options(seed: 3), 2, vocabulary: BuiltinPack.Pack.Vocabulary)
            .Run(new DataSetIndex([.. s_graphs.Value]), new LineSink());

        var complete = report.Generators.Where(g => g.Value.Items == 2 && g.Value.Shortfall == 0).Select(g => g.Key).ToList();
        Assert.NotEmpty(complete);
        Assert.All(complete, name => Assert.Empty(report.Generators[name].BudgetStopsByReason));
        Assert.Empty(report.BudgetLines(BuiltinPack.Options(seed: 3)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Items_reach_the_sink_in_generator_order_and_a_failing_sink_fails_the_run_not_the_generator(int threads)
    {
        var multis = BuiltinPack.Pack.Generators.Where(g => g.IsMultiImage).ToList();
        var dataSet = new DataSetIndex([.. s_graphs.Value]);
        var engine = new MultiImageEngine(multis, BuiltinPack.Options(seed: 3), 6, vocabulary: BuiltinPack.Pack.Vocabulary, threads: threads);
        var streamed = new LineSink();
        var report = engine.Run(dataSet, streamed);
        Assert.True(streamed.Lines.Count > 2, $"only {streamed.Lines.Count} multi-image items");
        Assert.Equal(streamed.Lines.Count, report.Items);

        // The third item's write fails (as a sink completed or failed earlier throws): the run ends with the sink's
        // own exception (not wrapped by the worker threads), which is not taken for a pack fault and passed over.
        var failing = new FailingSink(after: 2);
        var e = Assert.Throws<InvalidOperationException>(() => engine.Run(dataSet, failing));
        Assert.Equal("the sink failed", e.Message);
        Assert.Equal(streamed.Lines.Take(2), failing.Lines);
    }

    private sealed class FailingSink(int after) : IItemSink
    {
        public List<string> Lines { get; } = [];

        public void Write(GeneratedItem item)
        {
            if (Lines.Count == after) throw new InvalidOperationException("the sink failed");
            Lines.Add(GeneratedItemJson.Serialize(item));
        }

        public void Complete() { }
        public void Dispose() { }
    }

    private sealed class LineSink : IItemSink
    {
        public List<string> Lines { get; } = [];
        public void Write(GeneratedItem item) => Lines.Add(GeneratedItemJson.Serialize(item));
        public void Complete() { }
        public void Dispose() { }
    }
}
