using System.Collections.Immutable;
using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;
using ProVision.Generators.Tests.Verification;
using ProVision.Generators.Tests.Verification.Reading;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// The built-in pack (<c>generators/pack.yaml</c>) compiled once per test run, and helpers to run one of its
/// generators on hand-made graphs and to check every item with the independent <see cref="ItemVerifier"/>.
/// </summary>
public static class BuiltinPack
{
    private static readonly Lazy<GeneratorPack> s_pack = new(Load);
    private static readonly Lazy<NounForms> s_nouns = new(() => NounForms.WithVocabularyFile(Path.Combine(RepositoryRoot(), "generators", "vocabulary.json")));

    public static GeneratorPack Pack => s_pack.Value;

    /// <summary>The noun data of the pack's vocabulary file, for the verifier's reading checks.</summary>
    public static NounForms Nouns => s_nouns.Value;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "generators");

    public static CompiledGenerator Generator(string name) =>
        Pack.Find(name) ?? throw new Xunit.Sdk.XunitException($"the built-in pack has no generator '{name}'");

    /// <summary>Every item a single-image generator makes on <paramref name="graph"/> (no per-image sampling).</summary>
    public static List<GeneratedItem> Run(string generator, SceneGraph graph, GenerationOptions? options = null)
    {
        var collector = new ListItemCollector();
        Generator(generator).RunOn(graph, options ?? Options(), collector, Pack.Vocabulary);
        return collector.Items;
    }

    /// <summary>Every item a multi-image generator makes over the data set <paramref name="graphs"/>.</summary>
    public static List<GeneratedItem> RunMulti(string generator, IReadOnlyList<SceneGraph> graphs, GenerationOptions? options = null)
    {
        var collector = new ListItemCollector();
        Generator(generator).RunOn(new DataSetIndex([.. graphs]), options ?? Options(), collector, Pack.Vocabulary);
        return collector.Items;
    }

    /// <summary>The pack's defaults with a fixed seed; <paramref name="mcRatio"/> 0 gives open-ended items.</summary>
    public static GenerationOptions Options(ulong seed = 7, double mcRatio = 0.5) => Pack.Options with { Seed = seed, McRatio = mcRatio };

    /// <summary>
    /// Runs <paramref name="generator"/> over <paramref name="graphs"/> with seeds 0..19, open-ended and all
    /// multiple-choice; each run must make items, pass <paramref name="check"/> (given the items and the mc ratio)
    /// and verify.
    /// </summary>
    public static void AssertVerifiedOverSeeds(string generator, IReadOnlyList<SceneGraph> graphs, Action<List<GeneratedItem>, double>? check = null)
    {
        for (var seed = 0UL; seed < 20; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                var items = graphs.SelectMany(g => Run(generator, g, Options(seed, mc))).ToList();
                Assert.NotEmpty(items);
                check?.Invoke(items, mc);
                AssertVerified(items, graphs);
            }
        }
    }

    /// <summary>Fails with every verifier message when any item does not re-derive from its graph(s).</summary>
    public static void AssertVerified(IEnumerable<GeneratedItem> items, IReadOnlyList<SceneGraph> graphs, VerifierOptions? options = null)
    {
        var verifierOptions = (options ?? new VerifierOptions()) with { Nouns = Nouns };
        var byPath = graphs.ToDictionary(g => g.ImagePath ?? g.ImageId, StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var item in items)
        {
            var itemGraphs = item.Images.Select(path => byPath.TryGetValue(path, out var g) ? g
                : graphs.FirstOrDefault(x => x.ImageId == path) ?? throw new Xunit.Sdk.XunitException($"no graph for image '{path}' of {item.Id}")).ToList();
            var result = ItemVerifier.Verify(item, itemGraphs, Pack.Vocabulary, verifierOptions);
            if (!result.Passed) failures.Add($"{item.Id}: {item.Prompt} -> {item.Response}\n  {result.Message}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static GeneratorPack Load()
    {
        var result = PvgCompiler.LoadPack(Path.Combine(Folder, "pack.yaml"));
        if (result.HasErrors) throw new Xunit.Sdk.XunitException("the built-in pack does not compile:\n" + result.FormatDiagnostics());
        return result.Pack!;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (ProVision.Dsl.sln) above " + AppContext.BaseDirectory);
    }
}
