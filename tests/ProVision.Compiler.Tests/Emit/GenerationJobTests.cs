using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The generation job every host runs (generate, bench, snapshot, embedding): shards concatenate to the unsharded
/// output byte for byte, multi-image items come only with the last shard, and the pack's images-per-item default
/// applies only where a generator takes it.
/// </summary>
public sealed class GenerationJobTests
{
    private static readonly Lazy<(IReadOnlyList<CompiledGenerator> Generators, List<SceneGraph> Graphs, Vocabulary Vocabulary)> s_builtin = new(() =>
    {
        var root = Path.Combine(RepositoryPaths.Root, "generators");
        var compiled = BuiltinPackInterpreterTests.Compiled();
        var graphs = SceneGraphInputs.Read([Path.Combine(root, "fixtures", "kitchen.json"), Path.Combine(root, "fixtures", "street.json")], GraphLoadOptions.Default)
            .Select(o => o.Graph!).ToList();
        return ([.. compiled.Result.Generators.Select(g => compiled.Create(g.Name))], graphs, VocabularyReader.Load(Path.Combine(root, "vocabulary.json")));
    });

    private static GenerationJob Job(int? perImage = 1) => new()
    {
        Generators = s_builtin.Value.Generators,
        Vocabulary = s_builtin.Value.Vocabulary,
        Options = GenerationOptions.Default with { Seed = 42 },
        PerImage = perImage,
        MultiSamples = 5,
        DefaultImagesPerItem = 2,
    };

    [Fact]
    public void Shards_concatenated_equal_the_unsharded_run_and_only_the_last_shard_has_multi_image_items()
    {
        var graphs = s_builtin.Value.Graphs
            .Concat(s_builtin.Value.Graphs.Select(g => new SceneGraph(g.ImageId + "-copy", g.ImagePath, g.Width, g.Height, g.Objects, g.Relations, g.Masks, g.Depth, g.Caption, g.Source)))
            .ToList();
        var whole = Run(Job(), graphs);
        var shards = Enumerable.Range(1, 3).Select(i => Run(Job() with { Shard = (i, 3), Threads = 2 }, graphs)).ToList();

        Assert.Equal(whole.Select(GeneratedItemJson.Serialize), shards.SelectMany(s => s).Select(GeneratedItemJson.Serialize));
        Assert.Contains(whole, item => item.IsMultiImage);
        Assert.DoesNotContain(shards[0].Concat(shards[1]), item => item.IsMultiImage);
        Assert.Contains(shards[0], item => !item.IsMultiImage);
        Assert.False((Job() with { Shard = (1, 3) }).RunsMultiImage);
        Assert.True((Job() with { Shard = (3, 3) }).RunsMultiImage);
    }

    [Fact]
    public void An_images_per_item_no_generator_takes_is_reported_per_range()
    {
        var problems = (Job() with { ImagesPerItem = 40 }).ImagesPerItemProblems();

        Assert.NotEmpty(problems);
        Assert.All(problems, line => Assert.Contains("images per item: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain((Job() with { ImagesPerItem = 2 }).ImagesPerItemProblems(), p => p.Contains("2 to 16", StringComparison.Ordinal));
    }

    private static List<GeneratedItem> Run(GenerationJob job, List<SceneGraph> graphs)
    {
        var sink = new ListSink();
        job.Run(graphs, sink);
        return sink.Items;
    }

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];
        public void Write(GeneratedItem item) => Items.Add(item);
        public void Complete() { }
        public void Dispose() { }
    }
}
