using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Support;

/// <summary>
/// The realistic test corpus committed in tests/Corpus/realistic (VG/GQA-like scene graphs with depth and masks;
/// its README lists the properties it has). Found by walking up from the test binaries to the checkout.
/// </summary>
public static class RealisticCorpus
{
    public static string Folder { get; } = Find();

    public static string Graphs => System.IO.Path.Combine(Folder, "graphs.jsonl");

    public static List<SceneGraph> Load() => Loads.Graphs(Graphs);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Corpus", "realistic");
            if (File.Exists(System.IO.Path.Combine(candidate, "graphs.jsonl"))) return candidate;
        }
        throw new DirectoryNotFoundException("tests/Corpus/realistic/graphs.jsonl not found above " + AppContext.BaseDirectory);
    }
}
