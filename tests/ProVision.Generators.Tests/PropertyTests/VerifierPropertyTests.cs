using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;
using Xunit.Abstractions;

namespace ProVision.Generators.Tests.PropertyTests;

/// <summary>
/// Property: every item every built-in generator makes on a random graph (or data set) verifies with the independent
/// verifier. Fixed seeds, so the test is deterministic; the shapes add the edge cases (ties, one label, empty masks,
/// flat depth, identical images). Each generator must make items somewhere, so the property is not vacuous.
/// </summary>
public sealed class VerifierPropertyTests(ITestOutputHelper output)
{
    private const int SingleGraphs = 200;
    private const int MultiDataSets = 60;

    private static readonly VerifierOptions s_options = new() { DatasetPredicates = RandomScenes.Predicates };

    [Fact]
    public void Every_single_image_item_on_random_graphs_verifies()
    {
        var generators = BuiltinPack.Pack.Generators.Where(g => !g.IsMultiImage).ToList();
        var counts = generators.ToDictionary(g => g.Name, _ => 0);
        var shapes = Enum.GetValues<SceneShape>();
        for (var seed = 0; seed < SingleGraphs; seed++)
        {
            var graph = RandomScenes.Graph(seed, $"g{seed}", shapes[seed % shapes.Length]);
            var options = BuiltinPack.Pack.Options with
            {
                Seed = (ulong)seed,
                McRatio = seed % 3 * 0.5,
                Mode = seed % 4 == 3 ? GenerationMode.Description : GenerationMode.Qa,
            };
            var items = Run(new SingleImageEngine(generators, new EngineOptions { Generation = options, PerImage = null }, BuiltinPack.Pack.Vocabulary), graph);
            foreach (var item in items) counts[item.Generator]++;
            BuiltinPack.AssertVerified(items, [graph], s_options);
        }
        output.WriteLine(string.Join("\n", counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.All(counts, c => Assert.True(c.Value > 0, $"{c.Key} made no item on {SingleGraphs} random graphs"));
    }

    [Fact]
    public void Every_multi_image_item_on_random_data_sets_verifies()
    {
        var generators = BuiltinPack.Pack.Generators.Where(g => g.IsMultiImage).ToList();
        var counts = generators.ToDictionary(g => g.Name, _ => 0);
        for (var seed = 0; seed < MultiDataSets; seed++)
        {
            var graphs = DataSet(seed);
            var options = BuiltinPack.Pack.Options with { Seed = (ulong)seed, McRatio = seed % 3 * 0.5 };
            var sink = new ListSink();
            new MultiImageEngine(generators, options, 5, null, BuiltinPack.Pack.Vocabulary).Run(new DataSetIndex([.. graphs]), sink);
            foreach (var item in sink.Items)
            {
                counts[item.Generator]++;
                Assert.Equal(2, item.Images.Length);
                Assert.Equal(item.Images.Length, item.Images.Distinct().Count());
            }
            BuiltinPack.AssertVerified(sink.Items, graphs, s_options);
        }
        output.WriteLine(string.Join("\n", counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.All(counts, c => Assert.True(c.Value > 0, $"{c.Key} made no item on {MultiDataSets} random data sets"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Multi_image_items_of_n_images_verify_and_repeat_for_the_same_seed(int images)
    {
        var generators = BuiltinPack.Pack.Generators.Where(g => g.IsMultiImage).ToList();
        Assert.All(generators, g => Assert.True(g.AcceptsImageCount(images), $"{g.Name} does not take {images} images per item"));
        var counts = generators.ToDictionary(g => g.Name, _ => 0);
        var options = s_options with { ImagesPerItem = images };
        for (var seed = 0; seed < MultiDataSets / 2; seed++)
        {
            var graphs = DataSet(seed, minimum: images + 1);
            var run = BuiltinPack.Pack.Options with { Seed = (ulong)seed, McRatio = seed % 3 * 0.5 };
            var sink = new ListSink();
            new MultiImageEngine(generators, run, 5, images, BuiltinPack.Pack.Vocabulary).Run(new DataSetIndex([.. graphs]), sink);
            foreach (var item in sink.Items)
            {
                counts[item.Generator]++;
                Assert.Equal(images, item.Images.Length);
                Assert.Equal(images, item.Images.Distinct().Count());
            }
            BuiltinPack.AssertVerified(sink.Items, graphs, options);

            var again = new ListSink();
            new MultiImageEngine(generators, run, 5, images, BuiltinPack.Pack.Vocabulary).Run(new DataSetIndex([.. graphs]), again);
            Assert.Equal(sink.Items.Select(GeneratedItemJson.Serialize), again.Items.Select(GeneratedItemJson.Serialize));
        }
        output.WriteLine(string.Join("\n", counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.All(counts, c => Assert.True(c.Value > 0, $"{c.Key} made no item of {images} images on {MultiDataSets / 2} random data sets"));
    }

    /// <summary>
    /// <paramref name="minimum"/> (default 2) to 6 random graphs from a small label pool (so images share labels), in four
    /// kinds by seed: one graph's content repeated under other image ids (identical images); one scene layout with other
    /// attributes and predicates per image, or one person, dog and car related by random predicates (what the compare
    /// and relation generators ask about); unrelated random graphs;
    /// graphs where image i holds i + 1 dogs among random objects (pairwise different counts, for most/least).
    /// </summary>
    internal static List<SceneGraph> DataSet(int seed, int minimum = 2)
    {
        var random = new Random(10_000 + seed);
        var shapes = Enum.GetValues<SceneShape>();
        var graphs = new List<SceneGraph>();
        var size = random.Next(minimum, Math.Max(minimum, 6) + 1);
        for (var i = 0; i < size; i++)
        {
            graphs.Add((seed % 4) switch
            {
                0 => RandomScenes.Graph(20_000 + seed, $"d{seed}i{i}", SceneShape.Mixed),
                1 when seed % 8 == 1 => RandomScenes.Graph(20_000 + seed, $"d{seed}i{i}", SceneShape.Mixed, variantSeed: random.Next()),
                1 => RandomScenes.Related(random.Next(), $"d{seed}i{i}"),
                2 => RandomScenes.Graph(random.Next(), $"d{seed}i{i}", shapes[random.Next(shapes.Length)]),
                _ => RandomScenes.WithCount(random.Next(), $"d{seed}i{i}", "dog", i + 1),
            });
        }
        return graphs;
    }

    private static List<GeneratedItem> Run(SingleImageEngine engine, SceneGraph graph)
    {
        var sink = new ListSink();
        engine.Run([graph], sink);
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
