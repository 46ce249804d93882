using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Generators.Tests.ReferenceAgreement;

/// <summary>
/// What <c>provision generate --graphs baseball_joint.json --depth-dir depth_masks --mask-dir seg_masks</c> does with
/// the built-in pack, run once per test run: the plain run (one item per generator per image, 1 multi-image sample),
/// and the "all candidates" runs the comparison with the reference needs (every single-image item, open-ended; the
/// multi-image generators over many seeds, since each draw keeps one random candidate and the two images give one draw;
/// the caption in description mode). Null when ../shared/fixtures/baseball is absent.
/// </summary>
internal sealed class BaseballRun
{
    /// <summary>Seeds of the multi-image union: enough that every candidate of the one image pair shows up.</summary>
    public const int MultiSeeds = 96;

    private static readonly Lazy<BaseballRun?> s_run = new(Create);

    private BaseballRun(string folder, List<SceneGraph> graphs)
    {
        Folder = folder;
        Graphs = graphs;
        var all = BuiltinPack.Pack.Generators;
        Singles = [.. all.Where(g => !g.IsMultiImage)];
        Multis = [.. all.Where(g => g.IsMultiImage)];

        Plain = Run(BuiltinPack.Pack.Options with { Seed = 42 }, perImage: 1, multiSamples: 1);
        AllSingle = Run(BuiltinPack.Pack.Options with { Seed = 42, McRatio = 0 }, perImage: null, multiSamples: 0);
        Captions = Run(BuiltinPack.Pack.Options with { Seed = 42, Mode = GenerationMode.Description }, perImage: null, multiSamples: 0)
            .Where(i => i.Generator == "SceneGraphCaptionGenerator").ToList();
        var dataSet = new DataSetIndex([.. graphs]);
        AllMulti = [];
        for (var seed = 0UL; seed < MultiSeeds; seed++)
        {
            var sink = new ListSink();
            new MultiImageEngine(Multis, BuiltinPack.Pack.Options with { Seed = seed, McRatio = 0 }, 1, null, BuiltinPack.Pack.Vocabulary).Run(dataSet, sink);
            AllMulti.AddRange(sink.Items);
        }
    }

    /// <summary>
    /// The run. Tests reach it only when <see cref="BaseballFactAttribute"/> did not skip them, so a missing
    /// folder here means CI=true without the data: the test fails, saying so.
    /// </summary>
    public static BaseballRun Required => s_run.Value
        ?? throw new Xunit.Sdk.XunitException("../shared/fixtures/baseball is absent (the shared fixtures live beside the checkout; CI must have them)");

    public string Folder { get; }

    public List<SceneGraph> Graphs { get; }

    public List<CompiledGenerator> Singles { get; }

    public List<CompiledGenerator> Multis { get; }

    /// <summary>The plain run: pack defaults, seed 42, one item per generator per image, one multi-image sample each.</summary>
    public List<GeneratedItem> Plain { get; }

    /// <summary>Every single-image item (no per-image sampling), open-ended.</summary>
    public List<GeneratedItem> AllSingle { get; }

    /// <summary>The multi-image items of <see cref="MultiSeeds"/> runs (seeds 0..MultiSeeds-1), open-ended.</summary>
    public List<GeneratedItem> AllMulti { get; }

    /// <summary>The caption generator's items in description mode.</summary>
    public List<GeneratedItem> Captions { get; }

    /// <summary>The graph an item's image path names.</summary>
    public SceneGraph GraphOf(string imagePath) =>
        Graphs.Single(g => g.ImagePath == imagePath || g.ImageId == imagePath);

    /// <summary>The image id ("baseball_1") of an item's image path.</summary>
    public string ImageIdOf(string imagePath) => GraphOf(imagePath).ImageId;

    private List<GeneratedItem> Run(GenerationOptions options, int? perImage, int multiSamples)
    {
        var sink = new ListSink();
        var engine = new SingleImageEngine(Singles, new EngineOptions { Generation = options, PerImage = perImage }, BuiltinPack.Pack.Vocabulary);
        var report = engine.Run(Graphs, sink);
        if (multiSamples > 0)
        {
            new MultiImageEngine(Multis, options, multiSamples, null, BuiltinPack.Pack.Vocabulary).Run(new DataSetIndex([.. Graphs]), sink, report);
        }
        return sink.Items;
    }

    private static BaseballRun? Create()
    {
        if (SharedFixtures.Baseball is not { } folder) return null;
        var options = new GraphLoadOptions
        {
            DepthDirectory = Path.Combine(folder, "depth_masks"),
            MaskDirectory = Path.Combine(folder, "seg_masks"),
            Cache = new ResourceCache(64 << 20),
        };
        var graphs = new List<SceneGraph>();
        foreach (var outcome in SceneGraphInputs.Read([Path.Combine(folder, "baseball_joint.json")], options))
        {
            if (outcome.Error is { } error) throw new Xunit.Sdk.XunitException($"the baseball fixture does not load: {error}");
            graphs.Add(outcome.Graph!);
        }
        return new BaseballRun(folder, graphs);
    }

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];

        public void Write(GeneratedItem item) => Items.Add(item);

        public void Complete() { }

        public void Dispose() { }
    }
}
