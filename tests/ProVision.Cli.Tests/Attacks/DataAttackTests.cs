using System.Diagnostics;
using System.Text;

namespace ProVision.Cli.Tests.Attacks;

/// <summary>
/// The data attacks of issue 11 that cannot be committed as a folder of tests/Attacks: a FIFO, a symbolic link to a
/// folder (the corpus runner copies files, not folders' links), and a 100 MB label. Each builds its case in a temporary
/// folder and runs the CLI as its own process under a heap limit, held to the same rules as the corpus: a located
/// error or a counted skip, never exit 3, a stack trace or a hang.
/// </summary>
public sealed class DataAttackTests : IDisposable
{
    private const string Dog = "{\"label\": \"dog\", \"box\": [10, 10, 50, 50]}";
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private ProcessOutcome Generate(string graphs, int memoryMb = 512, params string[] extra)
    {
        var outcome = CliProcess.Run(_dir.Path, ["generate", "--graphs", graphs, "--generators", "ExistsObjectGenerator", "--multi-samples", "0", "--out", "out.jsonl", .. extra],
            CliProcess.IsolatedEnvironment(_dir.Path), TimeSpan.FromSeconds(180), memoryMb); // a hang bound (a FIFO would block forever), generous for a loaded machine
        Assert.False(outcome.TimedOut, outcome.ToString());
        Assert.NotEqual(3, outcome.ExitCode);
        Assert.DoesNotContain(outcome.All.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
        return outcome;
    }

    private static string Graph(string id, string depth) =>
        $"{{\"image_id\": \"{id}\", \"width\": 320, \"height\": 240, \"objects\": [{Dog}], \"depth\": {{\"path\": \"{depth}\"}}}}\n";

    [Fact]
    public void A_fifo_as_depth_map_is_refused_without_opening_it()
    {
        using (var mkfifo = Process.Start("mkfifo", _dir.File("depth.npy"))) mkfifo.WaitForExit();
        File.WriteAllText(_dir.File("graphs.jsonl"), Graph("pipe", "depth.npy"));

        var outcome = Generate("graphs.jsonl");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("image pipe: depth.path:", outcome.Err);
        Assert.Contains("is empty or not a regular file (a FIFO, socket or device)", outcome.Err);
    }

    [Fact]
    public void A_folder_that_is_a_symbolic_link_out_of_the_data_folder_is_refused()
    {
        Directory.CreateSymbolicLink(_dir.File("maps"), "/etc");
        File.WriteAllText(_dir.File("graphs.jsonl"), Graph("linked", "maps/passwd"));

        var outcome = Generate("graphs.jsonl");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("image linked: depth.path:", outcome.Err);
        Assert.Contains("is a symbolic link to a file outside", outcome.Err);
        Assert.DoesNotContain("root:", outcome.All);
    }

    [Fact]
    public void A_100_MB_label_is_refused_in_bounded_memory_and_the_other_graphs_go_on_under_skip()
    {
        using (var file = new StreamWriter(_dir.File("graphs.jsonl"), false, new UTF8Encoding(false)))
        {
            file.Write("{\"image_id\": \"good\", \"width\": 320, \"height\": 240, \"objects\": [" + Dog + "]}\n");
            file.Write("{\"image_id\": \"big\", \"width\": 320, \"height\": 240, \"objects\": [{\"box\": [1, 1, 5, 5], \"label\": \"");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 100; i++) file.Write(chunk);
            file.Write("\"}]}\n");
        }

        // 256 MB of heap: a reader that held the line, or decoded it to a string, would need more than that.
        var outcome = Generate("graphs.jsonl", memoryMb: 256, "--on-error", "skip");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("wrote 1 items from 1 graphs", outcome.Out);
        Assert.Contains("skipped 1 graph(s): 1 entry size", outcome.Err);
        Assert.Contains("graphs.jsonl:2: the line is longer than the limit of 64 MiB for one graph", outcome.Err);
    }

    [Fact]
    public void A_100_MB_label_in_a_visual_genome_file_is_a_located_error_in_bounded_memory()
    {
        using (var file = new StreamWriter(_dir.File("scene_graphs.json"), false, new UTF8Encoding(false)))
        {
            file.Write("[{\"image_id\": 1, \"width\": 100, \"height\": 100, \"relationships\": [], \"objects\": [{\"object_id\": 1, \"x\": 1, \"y\": 1, \"w\": 5, \"h\": 5, \"names\": [\"");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 100; i++) file.Write(chunk);
            file.Write("\"]}]}]");
        }

        var outcome = Generate("scene_graphs.json", memoryMb: 256);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("scene_graphs.json: one entry is larger than 64 MiB; split the file", outcome.Err);
    }
}
