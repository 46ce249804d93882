using System.Diagnostics;
using System.Runtime.InteropServices;
using ProVision.Cli.Tests.Attacks;

namespace ProVision.Cli.Tests;

/// <summary>
/// What a shard stopped by SIGTERM (Slurm's scancel, Kubernetes' pod deletion) leaves, as docs/scale-out.md says: no
/// output under its name and no manifest, only its hidden temporary file; the re-run replaces that and finishes. The
/// signal is real: the process is frozen (SIGSTOP) as soon as it starts writing, so it is surely mid-run when SIGTERM
/// comes, however loaded the machine is.
/// </summary>
public sealed class ShardSignalTests : IDisposable
{
    private const int SigTerm = 15, SigCont = 18, SigStop = 19; // Linux (CI runs on Debian)

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private static void Signal(Process process, int signal) =>
        Assert.True(kill(process.Id, signal) == 0, $"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");

    [Fact]
    public void A_shard_stopped_by_sigterm_leaves_only_its_hidden_temporary_file_and_its_rerun_finishes()
    {
        var graphs = _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, 3000).Select(i =>
            $"{{'image_id': 'g{i}', 'width': 100, 'height': 100, 'objects': [{{'label': 'dog', 'box': [0, 0, 40, 40], 'attributes': ['brown']}}, " +
            $"{{'label': 'cup', 'box': [50, 50, 60, 60]}}, {{'label': 'cat', 'box': [{i % 40}, 60, 90, 90]}}], 'relations': [[0, 'next to', 1], [2, 'behind', 0]]}}")) + "\n");
        var folder = _dir.File("s");
        string[] args = ["generate", "--graphs", graphs, "--seed", "3", "--threads", "1", "--shard", "2/3", "--out", Path.Combine(folder, "items.jsonl")];
        var env = CliProcess.IsolatedEnvironment(_dir.Path);

        using (var process = CliProcess.Start(_dir.Path, args, env))
        {
            var temp = Path.Combine(folder, ".items-00002-of-00003.jsonl.tmp");
            var clock = Stopwatch.StartNew();
            while (!File.Exists(temp) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120)) Thread.Sleep(2);
            Assert.True(File.Exists(temp), "the shard never started writing its output");
            Signal(process, SigStop);
            Assert.False(File.Exists(Path.Combine(folder, "items-00002-of-00003.jsonl.manifest")), "the shard finished before it could be stopped: give it more graphs");
            Signal(process, SigTerm);
            Signal(process, SigCont);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "SIGTERM did not end the run");
            Assert.Equal(128 + SigTerm, process.ExitCode);
        }
        Assert.Equal([".items-00002-of-00003.jsonl.tmp"], Files(folder));

        var rerun = CliProcess.Run(_dir.Path, args, env, TimeSpan.FromSeconds(120));
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(["items-00002-of-00003.jsonl", "items-00002-of-00003.jsonl.manifest"], Files(folder));
    }

    private static string[] Files(string folder) => [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
