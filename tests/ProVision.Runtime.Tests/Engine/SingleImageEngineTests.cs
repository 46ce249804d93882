using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Generation;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Engine;

public sealed class SingleImageEngineTests
{
    private static readonly string[] s_labels = ["cup", "dog", "chair", "plate", "cat", "bottle"];

    /// <summary>Graphs with 1-4 objects of a few labels, so every graph yields a different number of candidates.</summary>
    private static List<SceneGraph> Graphs(int count) =>
        Enumerable.Range(0, count).Select(g => new SceneGraph($"img{g}", $"images/{g}.jpg", 100, 100,
            Enumerable.Range(0, 1 + g % 4).Select(i => new SceneObject(s_labels[(g + i * i) % s_labels.Length], new Box(i, i, i + 10, i + 10))).ToImmutableArray(),
            [])).ToList();

    private static string Run(IEnumerable<SceneGraph> graphs, EngineOptions options, out EngineReport report)
    {
        var sink = new StringSink();
        report = new SingleImageEngine([new HandWrittenExistsObjectGenerator()], options, TestGraphs.KitchenVocabulary()).Run(graphs, sink);
        return sink.Text;
    }

    [Fact]
    public void Output_is_identical_for_any_thread_count_and_batch_size()
    {
        var graphs = Graphs(200);
        var one = Run(graphs, new EngineOptions { Threads = 1, PerImage = null, Generation = GenerationOptions.Default with { Seed = 9 } }, out _);
        var many = Run(graphs, new EngineOptions { Threads = 4, BatchSize = 7, PerImage = null, Generation = GenerationOptions.Default with { Seed = 9 } }, out _);
        // Batches of one graph run on the calling thread whatever the thread count.
        var batchesOfOne = Run(graphs, new EngineOptions { Threads = 4, BatchSize = 1, PerImage = null, Generation = GenerationOptions.Default with { Seed = 9 } }, out _);

        Assert.NotEmpty(one);
        Assert.Equal(one, many);
        Assert.Equal(one, batchesOfOne);
    }

    [Fact]
    public void Shards_concatenate_to_the_unsharded_output()
    {
        var graphs = Graphs(101);
        var options = new EngineOptions { Threads = 2, PerImage = 1 };
        var whole = Run(graphs, options, out _);

        var parts = Enumerable.Range(1, 3).Select(i =>
        {
            var range = ShardRange.Of(graphs.Count, i, 3);
            return Run(graphs.Where((_, index) => range.Contains(index)), options, out _);
        });

        Assert.Equal(whole, string.Concat(parts));
    }

    [Fact]
    public void Per_image_keeps_at_most_k_items_per_generator_and_image_and_counts_candidates()
    {
        var graphs = Graphs(40);
        var all = Run(graphs, new EngineOptions { PerImage = null }, out var allReport);
        var one = Run(graphs, new EngineOptions { PerImage = 1 }, out var oneReport);

        var allItems = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => GeneratedItemJson.Parse(l, "all", 0)).ToList();
        var oneItems = one.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => GeneratedItemJson.Parse(l, "one", 0)).ToList();
        Assert.True(allItems.Count > oneItems.Count);
        Assert.All(oneItems.GroupBy(i => i.Images[0]), g => Assert.Single(g));
        Assert.Equal(allItems.Select(i => i.Images[0]).Distinct(), oneItems.Select(i => i.Images[0]));
        // Every kept item is one of the candidates, unchanged.
        Assert.All(oneItems, i => Assert.Contains(GeneratedItemJson.Serialize(i), allItems.Select(GeneratedItemJson.Serialize)));
        var totals = oneReport.Generators["ExistsObjectGenerator"];
        Assert.Equal(oneItems.Count, totals.Items);
        Assert.Equal(allReport.Generators["ExistsObjectGenerator"].Items, totals.Candidates);
    }

    [Fact]
    public void Generators_whose_data_is_missing_are_skipped_with_one_line()
    {
        var graphs = Graphs(5);
        var sink = new StringSink();
        var report = new SingleImageEngine([new NeedsDepth()], new EngineOptions()).Run(graphs, sink);

        Assert.Equal("", sink.Text);
        Assert.Equal(["NeedsDepth: skipped on 5 image(s) without depth"], report.MissingDataLines());
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SingleImageEngine([], new EngineOptions { Threads = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SingleImageEngine([], new EngineOptions { PerImage = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRange.Of(10, 4, 3));
        Assert.False(ShardRange.TryParse("0/3", out _, out _));
        Assert.True(ShardRange.TryParse("2/3", out var i, out var n) && (i, n) == (2, 3));
    }

    private sealed class NeedsDepth : CompiledGenerator
    {
        public override string Name => "NeedsDepth";
        public override GeneratorFamily Family => GeneratorFamily.Depth;
        public override DataNeeds Needs => DataNeeds.Labels | DataNeeds.Depth;
        public override ImmutableArray<ProVision.Runtime.Templates.AskTemplate> QuestionTemplates => [];
        public override void Run(GeneratorContext context) => throw new InvalidOperationException("must not run without depth");
    }

    /// <summary>Collects items as JSON Lines text, in the order written.</summary>
    private sealed class StringSink : IItemSink
    {
        private readonly System.Text.StringBuilder _text = new();
        public string Text => _text.ToString();
        public void Write(GeneratedItem item) => _text.Append(GeneratedItemJson.Serialize(item)).Append('\n');
        public void Complete() { }
        public void Dispose() { }
    }
}
