using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The reference interpreter over the bound tree and the Roslyn-compiled class produce the same items, for every
/// corpus case that emits, on several graphs and option sets (Fluid's GeneratedTemplate_MatchesRuntime, Regex's
/// AvailableEngines).
/// </summary>
public sealed class InterpreterTests : IDisposable
{
    private static readonly GenerationOptions[] s_options =
    [
        new() { Seed = 7, McRatio = 0, NumberMode = NumberMode.Word },
        new() { Seed = 8, McRatio = 1, NumberMode = NumberMode.Random },
        new() { Seed = 9, Mode = GenerationMode.Description },
        new() { Seed = 10, McRatio = 0.5, AllTemplates = true, ItemsPerGraphBudget = 40 },
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("pvg-interp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> EmittingCases => EmittedGeneratorTests.EmittingCases;

    [Theory]
    [MemberData(nameof(EmittingCases))]
    public void Interpreter_and_compiled_class_produce_the_same_items(string name)
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var bound = Binder.Bind([tree]);
        var total = 0;
        foreach (var generator in bound.Pack.Generators)
        {
            var interpreted = new InterpretedGenerator(generator, bound.Pack);
            var native = compiled.Create(generator.Name);
            Assert.Equal(native.Templates.Questions.Select(q => q.Question.Text), interpreted.Templates.Questions.Select(q => q.Question.Text));
            Assert.Equal(native.Needs, interpreted.Needs);
            foreach (var options in s_options)
            {
                if (generator.IsMultiImage)
                {
                    var dataSet = new DataSetIndex(TestScenes.AlbumSharingARelation());
                    total += AssertSame(Run(native, options, dataSet), Run(interpreted, options, dataSet));
                    continue;
                }
                // Like a host, skip graphs that lack the data the generator needs.
                foreach (var graph in Graphs().Where(g => native.Needs.MissingFrom(g) == DataNeeds.None))
                {
                    var dataSet = new DataSetIndex([TestScenes.Room(), TestScenes.Yard(), graph]);
                    total += AssertSame(Run(native, graph, options, dataSet), Run(interpreted, graph, options, dataSet));
                }
            }
        }
        Assert.True(total > 0 || name.StartsWith("2", StringComparison.Ordinal) || name.StartsWith("0", StringComparison.Ordinal), "the scenarios produced no item to compare");
    }

    /// <summary>
    /// Keeping k per image, both skip the same candidates at the admit point, and the kept items are the k items of
    /// the keep-all run with the smallest selection values (docs/randomness.md), byte for byte.
    /// </summary>
    [Theory]
    [MemberData(nameof(EmittingCases))]
    public void Keeping_k_both_skip_alike_and_keep_the_k_smallest_selection_values_of_all_items(string name)
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var bound = Binder.Bind([tree]);
        var compared = 0;
        foreach (var generator in bound.Pack.Generators.Where(g => !g.IsMultiImage))
        {
            var interpreted = new InterpretedGenerator(generator, bound.Pack);
            var native = compiled.Create(generator.Name);
            foreach (var options in s_options.Where(o => !o.AllTemplates))
            {
                foreach (var graph in Graphs().Where(g => native.Needs.MissingFrom(g) == DataNeeds.None))
                {
                    var dataSet = new DataSetIndex([TestScenes.Room(), TestScenes.Yard(), graph]);
                    var all = Run(native, graph, options, dataSet);
                    foreach (var k in new[] { 1, 2 })
                    {
                        var expected = all.OrderBy(i => SelectionValue(i, options.Seed, graph.ImageId)).Take(k).OrderBy(Number).ToList();
                        compared += AssertSame(expected, Keep(native, graph, options, dataSet, k));
                        AssertSame(expected, Keep(interpreted, graph, options, dataSet, k));
                    }
                }
            }
        }
        Assert.True(compared > 0 || name.StartsWith("2", StringComparison.Ordinal) || name.StartsWith("0", StringComparison.Ordinal) || bound.Pack.Generators.All(g => g.IsMultiImage),
            "the scenarios kept no item to compare");
    }

    private static long Number(GeneratedItem item) => long.Parse(item.Id[(item.Id.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static double SelectionValue(GeneratedItem item, ulong seed, string imageId) =>
        GeneratorContext.SelectionValue(new Runtime.Randomness.RandomKey(seed, item.Generator, imageId, Number(item)).Derive("emit"));

    private static List<GeneratedItem> Keep(CompiledGenerator generator, SceneGraph graph, GenerationOptions options, DataSetIndex dataSet, int k)
    {
        var collector = new KeepSmallestCollector(k);
        generator.Run(new GeneratorContext(generator.Name, graph, options, collector, TestScenes.KitchenVocabulary()) { DataSet = dataSet });
        return [.. collector.Kept.OrderBy(i => i.Number).Select(i => i.Render())];
    }

    /// <summary>A plain bottom-k collector (the engine's own list recycles storage; this one is written for clarity).</summary>
    private sealed class KeepSmallestCollector(int k) : IDeferredItemCollector
    {
        public List<DeferredItem> Kept { get; } = [];

        public double SelectionThreshold => Kept.Count < k ? double.PositiveInfinity : Kept.Max(i => i.SelectionValue);

        public DeferredItem Rent() => new();

        public void Add(DeferredItem item)
        {
            Kept.Add(item);
            if (Kept.Count > k) Kept.Remove(Kept.MaxBy(i => (i.SelectionValue, i.Number))!);
        }

        void IItemCollector.Add(GeneratedItem item) => throw new InvalidOperationException("Deferred items only.");
    }

    private IEnumerable<SceneGraph> Graphs() =>
        [TestScenes.Kitchen(), TestScenes.Street(), TestScenes.Room(), TestScenes.Depths(_folder)];

    private static int AssertSame(List<GeneratedItem> expected, List<GeneratedItem> actual)
    {
        Assert.Equal(expected.Select(GeneratedItemJson.Serialize), actual.Select(GeneratedItemJson.Serialize));
        Assert.Equal(expected.Select(i => i.ImageTokenFirst), actual.Select(i => i.ImageTokenFirst));
        return expected.Count;
    }

    private static List<GeneratedItem> Run(CompiledGenerator generator, SceneGraph graph, GenerationOptions options, DataSetIndex dataSet)
    {
        var collector = new ListItemCollector();
        generator.Run(new GeneratorContext(generator.Name, graph, options, collector, TestScenes.KitchenVocabulary()) { DataSet = dataSet });
        return collector.Items;
    }

    private static List<GeneratedItem> Run(CompiledGenerator generator, GenerationOptions options, DataSetIndex dataSet)
    {
        var collector = new ListItemCollector();
        generator.RunOn(dataSet, options, collector, TestScenes.KitchenVocabulary());
        return collector.Items;
    }
}
