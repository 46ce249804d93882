using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// Every built-in generator, on the pack's own snapshot fixtures: the reference interpreter and the Roslyn-compiled
/// class produce the same items byte for byte. With the corpus (InterpreterTests) this runs every standard-library
/// function and member through both back ends (StdlibParityTests checks that nothing is left out).
/// </summary>
public sealed class BuiltinPackInterpreterTests
{
    private static readonly GenerationOptions[] s_options =
    [
        new() { Seed = 42, McRatio = 0.5 },
        new() { Seed = 8, McRatio = 1, NumberMode = NumberMode.Word, AllTemplates = true, ItemsPerGraphBudget = 40 },
        new() { Seed = 9, Mode = GenerationMode.Description },
    ];

    /// <summary>The built-in pack's sources as one compilation unit, in path order.</summary>
    public static string Source()
    {
        var root = Path.Combine(RepositoryPaths.Root, "generators");
        var files = Directory.GetFiles(root, "*.pvg", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return string.Join("\n", files.Select(File.ReadAllText));
    }

    /// <summary>
    /// The built-in pack compiled once for every test that reads it (a Roslyn compile of the whole pack takes seconds);
    /// <see cref="CompiledPack.Create"/> gives each caller its own generator instances.
    /// </summary>
    internal static CompiledPack Compiled() => s_compiled.Value;

    private static readonly Lazy<CompiledPack> s_compiled = new(() => InMemoryCompiler.CompilePvg(Source(), "builtin.pvg"));

    /// <summary>The built-in pack's vocabulary and its snapshot fixtures (kitchen, street).</summary>
    public static (Vocabulary Vocabulary, List<SceneGraph> Graphs) Fixtures()
    {
        var root = Path.Combine(RepositoryPaths.Root, "generators");
        var vocabulary = VocabularyReader.Load(Path.Combine(root, "vocabulary.json"));
        var graphs = SceneGraphInputs.Read([Path.Combine(root, "fixtures", "kitchen.json"), Path.Combine(root, "fixtures", "street.json")], GraphLoadOptions.Default)
            .Select(outcome => outcome.Graph!).ToList();
        return (vocabulary, graphs);
    }

    [Fact]
    public void Interpreter_and_compiled_class_agree_on_every_builtin_generator()
    {
        var source = Source();
        var compiled = Compiled();
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(source, "builtin.pvg")]);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var (vocabulary, graphs) = Fixtures();
        var dataSet = new DataSetIndex([.. graphs]);
        var silent = new List<string>();
        foreach (var generator in bound.Pack.Generators)
        {
            var interpreted = new InterpretedGenerator(generator, bound.Pack);
            var native = compiled.Create(generator.Name);
            var items = 0;
            foreach (var options in s_options)
            {
                if (generator.IsMultiImage)
                {
                    items += AssertSame(Run(native, c => native.RunOn(dataSet, options, c, vocabulary)), Run(interpreted, c => interpreted.RunOn(dataSet, options, c, vocabulary)));
                    continue;
                }
                foreach (var graph in graphs.Where(g => native.Needs.MissingFrom(g) == DataNeeds.None))
                {
                    items += AssertSame(
                        Run(native, c => native.Run(new GeneratorContext(native.Name, graph, options, c, vocabulary) { DataSet = dataSet })),
                        Run(interpreted, c => interpreted.Run(new GeneratorContext(interpreted.Name, graph, options, c, vocabulary) { DataSet = dataSet })));
                }
            }
            if (items == 0)
            {
                silent.Add(generator.Name);
            }
        }
        Assert.True(silent.Count == 0, "no items to compare from " + string.Join(", ", silent));
    }

    private static List<GeneratedItem> Run(CompiledGenerator generator, Action<ListItemCollector> run)
    {
        var collector = new ListItemCollector();
        run(collector);
        return collector.Items;
    }

    private static int AssertSame(List<GeneratedItem> expected, List<GeneratedItem> actual)
    {
        Assert.Equal(expected.Select(GeneratedItemJson.Serialize), actual.Select(GeneratedItemJson.Serialize));
        return expected.Count;
    }
}
