using System.Diagnostics;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Synthetic;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench generate</c>: images/s and items/s of the built-in pack on synthetic Visual-Genome-like graphs
/// (20 objects, 15 relations, 2 attributes each; no masks or depth, so those generators skip), single-image and
/// multi-image, on one thread and on all cores, with the peak memory of each run. Items are counted, not written,
/// so the figures measure generation. <c>--by-generator</c> adds where the time went.
/// </summary>
public static class BenchGenerate
{
    public sealed record Settings(int Graphs, int MultiSamples, bool ByGenerator, IReadOnlyList<string> Generators, string? SaveGraphs = null);

    public static int Run(CliConsole console, Settings settings)
    {
        var loaded = PackResolver.Load(PackResolver.Builtin);
        if (loaded.Pack is null) { console.Error.WriteLine(loaded.FormatDiagnostics()); return ExitCodes.InternalError; }
        var pack = loaded.Pack;
        var chosen = pack.Generators.Where(g => settings.Generators.Count == 0 || settings.Generators.Contains(g.Name)).ToList();
        var unknown = settings.Generators.Where(name => pack.Generators.All(g => g.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            console.Error.WriteLine($"unknown generator(s): {string.Join(", ", unknown)}; `provision list` shows the names");
            return ExitCodes.Usage;
        }

        var folder = Directory.CreateTempSubdirectory("provision-bench-gen-");
        try
        {
            var input = Path.Combine(folder.FullName, "graphs.jsonl");
            using (var writer = new StreamWriter(input)) SyntheticGraphWriter.WriteCanonical(writer, settings.Graphs);
            if (settings.SaveGraphs is { } save)
            {
                // The same graphs for `provision generate`, to compare outputs of two builds or profile one generator.
                File.Copy(input, save, overwrite: true);
                console.Out.WriteLine($"wrote the synthetic graphs to {save}");
            }
            var graphs = SceneGraphInputs.Read([input], GraphLoadOptions.Default).Select(o => o.Graph!).ToList();
            var job = pack.Job(chosen) with { Options = pack.Options with { Seed = 1 }, PerImage = 1, MultiSamples = settings.MultiSamples };
            console.Out.WriteLine($"{graphs.Count:N0} synthetic graphs, {Environment.ProcessorCount} core(s), load average {LoadAverage()}");

            var singles = chosen.Where(g => !g.IsMultiImage).ToList();
            if (singles.Count > 0) BenchSingle(console, settings, job with { Generators = singles }, graphs);
            var multis = chosen.Where(g => g.IsMultiImage).ToList();
            if (multis.Count > 0) BenchMulti(console, settings, job with { Generators = multis }, graphs);
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void BenchSingle(CliConsole console, Settings settings, GenerationJob singles, List<SceneGraph> graphs)
    {
        foreach (var threads in ThreadCounts())
        {
            var job = singles with { Threads = threads };
            // Warm-up over the whole set: JIT up to tier 1 (tiered compilation promotes hot methods in the background,
            // which a short warm-up on a busy machine does not wait for), template expansion, thread-pool growth.
            job.RunSingleImage(graphs, new CountingSink());
            var sink = new CountingSink();
            GC.Collect();
            using var memory = new BenchCommand.MemorySampler();
            var cpu = CpuSeconds();
            var clock = Stopwatch.StartNew();
            var report = job.RunSingleImage(graphs, sink);
            clock.Stop();
            cpu = CpuSeconds() - cpu;
            memory.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var candidates = report.Generators.Values.Sum(g => g.Candidates);
            console.Out.WriteLine($"single-image, {threads} thread(s): {graphs.Count:N0} images in {seconds:F2} s = " +
                $"{graphs.Count / seconds:N0} images/s, {sink.Count / seconds:N0} kept items/s " +
                $"({candidates / seconds:N0} candidate items/s, {job.Generators.Count} generators, 1 kept per generator per image); " +
                $"CPU {cpu:F2} s = {graphs.Count / cpu:N0} images and {sink.Count / cpu:N0} kept items per CPU-second; {Memory(memory)}");
            if (settings.ByGenerator && threads == 1) PrintByGenerator(console, report, graphs.Count, perImage: true);
        }
    }

    private static void BenchMulti(CliConsole console, Settings settings, GenerationJob multis, List<SceneGraph> graphs)
    {
        var indexClock = Stopwatch.StartNew();
        var dataSet = new DataSetIndex([.. graphs]);
        console.Out.WriteLine($"multi-image index: {graphs.Count:N0} images in {indexClock.Elapsed.TotalMilliseconds:N0} ms");
        multis.RunMultiImage(dataSet, new CountingSink()); // warm-up, as above
        foreach (var threads in ThreadCounts())
        {
            var sink = new CountingSink();
            GC.Collect();
            using var memory = new BenchCommand.MemorySampler();
            var cpu = CpuSeconds();
            var clock = Stopwatch.StartNew();
            var report = (multis with { Threads = threads }).RunMultiImage(dataSet, sink);
            clock.Stop();
            cpu = CpuSeconds() - cpu;
            memory.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            console.Out.WriteLine($"multi-image, {threads} thread(s): {sink.Count:N0} items from {multis.Generators.Count} generators in {seconds:F2} s = " +
                $"{sink.Count / seconds:N0} items/s; CPU {cpu:F2} s = {sink.Count / cpu:N0} items per CPU-second; {Memory(memory)}");
            if (settings.ByGenerator && threads == 1) PrintByGenerator(console, report, graphs.Count, perImage: false);
        }
    }

    private static int[] ThreadCounts() => [.. new[] { 1, Environment.ProcessorCount }.Distinct()];

    private static void PrintByGenerator(CliConsole console, EngineReport report, int images, bool perImage)
    {
        console.Out.WriteLine($"  {"generator",-44} {"ms",9} {"candidates",11} {"kept",8} {(perImage ? "µs/image" : "µs/item"),9}");
        foreach (var (name, totals) in report.Generators.OrderByDescending(g => g.Value.Elapsed))
        {
            var ms = totals.Elapsed.TotalMilliseconds;
            var per = perImage ? ms * 1000 / images : ms * 1000 / Math.Max(1, totals.Items);
            console.Out.WriteLine($"  {name,-44} {ms,9:N1} {totals.Candidates,11:N0} {totals.Items,8:N0} {per,9:N1}");
        }
    }

    /// <summary>
    /// CPU time of the whole process (all threads): on a shared machine wall-clock rates fall with other load, while
    /// work per CPU-second does not, so both are printed. Includes the memory sampler's few wake-ups.
    /// </summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string Memory(BenchCommand.MemorySampler memory) =>
        $"peak managed heap {memory.PeakManagedBytes / (1 << 20):N0} MiB, peak working set {memory.PeakWorkingSetBytes / (1 << 20):N0} MiB";

    /// <summary>The 1-minute load average where the OS reports one, so figures from a busy machine say so.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private sealed class CountingSink : IItemSink
    {
        private long _count;
        public long Count => Interlocked.Read(ref _count);
        public void Write(GeneratedItem item) => Interlocked.Increment(ref _count);
        public void Complete() { }
        public void Dispose() { }
    }
}
