using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The built-in depth and segmentation generators (which use <c>depthPoints</c>, <c>pointDepth</c>, <c>isCloser</c>,
/// <c>chance</c> and <c>segmentationPoints</c>): the reference interpreter and the Roslyn-compiled class produce the
/// same items, so both read the query stream in the same order.
/// </summary>
public sealed class DepthSegmentationInterpreterTests : IDisposable
{
    private static readonly GenerationOptions[] s_options =
    [
        new() { Seed = 7, McRatio = 0 },
        new() { Seed = 8, McRatio = 1 },
        new() { Seed = 9, Mode = GenerationMode.Description },
        new() { Seed = 10, McRatio = 0.5, AllTemplates = true, ItemsPerGraphBudget = 40 },
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("pvg-depthseg-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Interpreter_and_compiled_class_agree_on_the_depth_and_segmentation_generators()
    {
        var generators = Path.Combine(RepositoryPaths.Root, "generators");
        var files = new[] { "common.pvg", "phrases_depth.pvg" }.Select(f => Path.Combine(generators, f))
            .Concat(Directory.GetFiles(Path.Combine(generators, "depth"), "*.pvg").Order(StringComparer.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(generators, "segmentation"), "*.pvg").Order(StringComparer.Ordinal));
        var source = string.Join("\n", files.Select(File.ReadAllText));
        var compiled = InMemoryCompiler.CompilePvg(source, "depth-and-segmentation.pvg");
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(source, "depth-and-segmentation.pvg")]);
        Assert.Equal(8, bound.Pack.Generators.Length);
        var graph = TestScenes.Depths(_folder);
        var total = 0;
        foreach (var generator in bound.Pack.Generators)
        {
            var interpreted = new InterpretedGenerator(generator, bound.Pack);
            var native = compiled.Create(generator.Name);
            foreach (var options in s_options)
            {
                var expected = Run(native, graph, options);
                var actual = Run(interpreted, graph, options);
                Assert.Equal(expected.Select(GeneratedItemJson.Serialize), actual.Select(GeneratedItemJson.Serialize));
                total += expected.Count;
            }
        }
        Assert.True(total > 0);
    }

    private static List<GeneratedItem> Run(CompiledGenerator generator, SceneGraph graph, GenerationOptions options)
    {
        var collector = new ListItemCollector();
        generator.Run(new GeneratorContext(generator.Name, graph, options, collector, TestScenes.KitchenVocabulary()));
        return collector.Items;
    }
}
