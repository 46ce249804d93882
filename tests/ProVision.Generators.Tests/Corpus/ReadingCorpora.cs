using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Corpus;

/// <summary>
/// The data sets every built-in item must read right on: the realistic corpus (tests/Corpus/realistic, VG/GQA
/// statistics), the baseball fixtures (../shared/fixtures/baseball) and examples/basic.
/// </summary>
internal static class ReadingCorpora
{
    public static string Root { get; } = Path.GetDirectoryName(BuiltinPack.Folder)!;

    public static List<SceneGraph> Realistic() => Load(Path.Combine(Root, "tests", "Corpus", "realistic", "graphs.jsonl"), null, null);

    public static List<SceneGraph> Basic()
    {
        var folder = Path.Combine(Root, "examples", "basic");
        return Load(Path.Combine(folder, "annotations.json"), Path.Combine(folder, "depth"), Path.Combine(folder, "masks"));
    }

    /// <summary>The baseball graphs, or null when the shared fixtures are absent.</summary>
    public static List<SceneGraph>? Baseball() => SharedFixtures.Baseball is { } folder
        ? Load(Path.Combine(folder, "baseball_joint.json"), Path.Combine(folder, "depth_masks"), Path.Combine(folder, "seg_masks"))
        : null;

    private static List<SceneGraph> Load(string input, string? depth, string? masks)
    {
        var options = new GraphLoadOptions { DepthDirectory = depth, MaskDirectory = masks, Cache = new ResourceCache(64 << 20) };
        var graphs = new List<SceneGraph>();
        foreach (var outcome in SceneGraphInputs.Read([input], options))
        {
            if (outcome.Error is { } error) throw new Xunit.Sdk.XunitException($"{input} does not load: {error}");
            graphs.Add(outcome.Graph!);
        }
        return graphs;
    }
}
