using System.Diagnostics;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Synthetic;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench memory</c>: the peak memory of <c>provision generate</c> over N real-like synthetic graphs (20 to
/// 35 objects, 30 relations, 2 attributes each) read from a canonical file, run in this process exactly as the command
/// runs. Single-image generation streams, so its peak should not grow with N; the multi-image index still holds every
/// graph. Prints the peak managed heap and working set (sampled every 20 ms) and the kernel's peak resident set.
/// </summary>
public static class BenchMemory
{
    public sealed record Settings(int Graphs, int MultiSamples, IReadOnlyList<string> Generators, int Threads, string? SaveGraphs = null);

    public static int Run(CliConsole console, Settings settings)
    {
        var folder = Directory.CreateTempSubdirectory("provision-bench-memory-");
        try
        {
            var input = Path.Combine(folder.FullName, "graphs.jsonl");
            using (var writer = new StreamWriter(input))
                SyntheticGraphWriter.WriteCanonical(writer, settings.Graphs, objectsPerGraph: 20, relationsPerGraph: 30, maxObjectsPerGraph: 35);
            // The same file for another build's `provision generate` under /usr/bin/time, to compare peaks.
            if (settings.SaveGraphs is { } save) File.Copy(input, save, overwrite: true);
            console.Out.WriteLine($"{settings.Graphs:N0} synthetic graphs ({new FileInfo(input).Length / (1 << 20):N0} MiB canonical), " +
                $"{(settings.Generators.Count == 0 ? "all built-in generators" : string.Join(", ", settings.Generators))}, " +
                $"--multi-samples {settings.MultiSamples}, {settings.Threads} thread(s), load average {LoadAverage()}");

            GC.Collect();
            var before = GC.GetTotalMemory(true);
            using var sampler = new BenchCommand.MemorySampler();
            var clock = Stopwatch.StartNew();
            var output = new StringWriter();
            var code = GenerateCommand.Run(new CliConsole(output, console.Error), [input], GraphLoadOptions.Default, ErrorPolicy.Stop, new GenerateSettings
            {
                Output = Path.Combine(folder.FullName, "items.jsonl"),
                Generators = settings.Generators,
                MultiSamples = settings.MultiSamples,
                Threads = settings.Threads,
            });
            clock.Stop();
            sampler.Stop();
            if (code != ExitCodes.Ok) return code;
            console.Out.Write(output.ToString());
            console.Out.WriteLine($"generate: {clock.Elapsed.TotalSeconds:F1} s; peak managed heap {sampler.PeakManagedBytes / (1 << 20):N0} MiB " +
                $"({before / (1 << 20):N0} MiB before), peak working set {sampler.PeakWorkingSetBytes / (1 << 20):N0} MiB, " +
                $"process peak resident set {PeakResidentMiB()}");
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>VmHWM from /proc (Linux): the kernel's own high-water mark, which no sampling interval can miss.</summary>
    private static string PeakResidentMiB()
    {
        const string key = "VmHWM:";
        if (!File.Exists("/proc/self/status")) return "n/a";
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line is not null && long.TryParse(line[key.Length..].Trim().Split(' ')[0], out var kib) ? $"{kib / 1024:N0} MiB" : "n/a";
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
