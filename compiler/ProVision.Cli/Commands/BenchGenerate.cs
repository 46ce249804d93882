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
/// <c>provision bench generate</c>: images/s and items/s of the built-in pack, single-image (uniform and balanced
/// sampling) and multi-image, on one thread and on all cores, with allocation per image, GC count, GC pause share and
/// peak memory of each run. The graphs come from <c>--graphs-file</c> (any input format; real data or
/// <c>--real-like</c> graphs saved earlier) or are synthetic: Visual-Genome-like (20 objects, 15 relations, 2
/// attributes each) or, with <c>--real-like</c>, shaped like real GQA graphs (<see cref="RealLikeGraphWriter"/>).
/// Items are counted, not written, so the figures measure generation. <c>--by-generator</c> adds where the time went.
/// </summary>
public static class BenchGenerate
{
    public sealed record Settings(int Graphs, int MultiSamples, bool ByGenerator, IReadOnlyList<string> Generators, string? SaveGraphs = null,
        string? GraphsFile = null, bool RealLike = false);

    public static int Run(CliConsole console, Settings settings)
    {
        if (settings.MultiSamples < 0) { console.Error.WriteLine("error: --multi-samples must not be negative"); return ExitCodes.Usage; }
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
            string input;
            if (settings.GraphsFile is { } file)
            {
                input = file;
            }
            else
            {
                input = Path.Combine(folder.FullName, "graphs.jsonl");
                using (var writer = new StreamWriter(input))
                {
                    if (settings.RealLike) RealLikeGraphWriter.Write(writer, settings.Graphs);
                    else SyntheticGraphWriter.WriteCanonical(writer, settings.Graphs);
                }
                if (settings.SaveGraphs is { } save)
                {
                    // The same graphs for `provision generate`, to compare outputs of two builds or profile one generator.
                    File.Copy(input, save, overwrite: true);
                    console.Out.WriteLine($"wrote the synthetic graphs to {save}");
                }
            }
            var graphs = new List<SceneGraph>();
            foreach (var outcome in SceneGraphInputs.Read([input], GraphLoadOptions.Default))
            {
                if (outcome.Graph is { } graph) { graphs.Add(graph); continue; }
                console.Error.WriteLine($"error: {outcome.Error}");
                return ExitCodes.BadInput;
            }
            var job = pack.Job(chosen) with { Options = pack.Options with { Seed = 1 }, PerImage = 1, MultiSamples = settings.MultiSamples };
            var source = settings.GraphsFile ?? (settings.RealLike ? "real-like synthetic" : "synthetic");
            console.Out.WriteLine($"{graphs.Count:N0} graphs ({source}), {Environment.ProcessorCount} core(s), load average {LoadAverage()}");

            var singles = chosen.Where(g => !g.IsMultiImage).ToList();
            if (singles.Count > 0 && graphs.Count > 0) BenchSingle(console, settings, job with { Generators = singles }, graphs);
            var multis = chosen.Where(g => g.IsMultiImage).ToList();
            if (multis.Count > 0 && settings.MultiSamples > 0 && graphs.Count > 0) BenchMulti(console, settings, job with { Generators = multis }, graphs);
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void BenchSingle(CliConsole console, Settings settings, GenerationJob singles, List<SceneGraph> graphs)
    {
        foreach (var balanced in new[] { false, true })
        {
            foreach (var threads in ThreadCounts())
            {
                var job = singles with { Threads = threads, Balance = balanced };
                // Warm-up over the whole set: JIT up to tier 1 (tiered compilation promotes hot methods in the background,
                // which a short warm-up on a busy machine does not wait for), template expansion, thread-pool growth.
                job.RunSingleImage(graphs, new CountingSink());
                var sink = new CountingSink();
                EngineReport report;
                using (var run = BenchMeasurement.Start())
                {
                    // Balanced: both passes, as `generate --balance` runs them.
                    report = job.RunSingleImage(graphs, sink);
                    run.Stop();
                    var seconds = run.Seconds;
                    var candidates = report.Generators.Values.Sum(g => g.Candidates);
                    console.Out.WriteLine($"single-image{(balanced ? ", balanced" : "")}, {threads} thread(s): {graphs.Count:N0} images in {seconds:F2} s = " +
                        $"{graphs.Count / seconds:N0} images/s, {sink.Count / seconds:N0} kept items/s " +
                        $"({candidates / seconds:N0} candidate items/s, {job.Generators.Count} generators, 1 kept per generator per image); " +
                        $"CPU {run.CpuSecondsUsed:F2} s = {graphs.Count / run.CpuSecondsUsed:N0} images and {sink.Count / run.CpuSecondsUsed:N0} kept items per CPU-second; " +
                        run.Describe(graphs.Count, "image"));
                }
                if (settings.ByGenerator && threads == 1) PrintByGenerator(console, report, graphs.Count, perImage: true);
            }
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
            EngineReport report;
            using (var run = BenchMeasurement.Start())
            {
                report = (multis with { Threads = threads }).RunMultiImage(dataSet, sink);
                run.Stop();
                console.Out.WriteLine($"multi-image, {threads} thread(s): {sink.Count:N0} items from {multis.Generators.Count} generators in {run.Seconds:F2} s = " +
                    $"{sink.Count / run.Seconds:N0} items/s; CPU {run.CpuSecondsUsed:F2} s = {sink.Count / run.CpuSecondsUsed:N0} items per CPU-second; " +
                    run.Describe(sink.Count, "item"));
            }
            if (settings.ByGenerator && threads == 1) PrintByGenerator(console, report, graphs.Count, perImage: false);
        }
    }

    private static int[] ThreadCounts() => [.. new[] { 1, Environment.ProcessorCount }.Distinct()];

    private static void PrintByGenerator(CliConsole console, EngineReport report, int images, bool perImage)
    {
        // A multi-image generator's candidates are its draws (sets of images tried, those that gave no item included).
        console.Out.WriteLine($"  {"generator",-44} {"ms",9} {(perImage ? "candidates" : "draws"),11} {"kept",8} {(perImage ? "µs/image" : "µs/item"),9}");
        foreach (var (name, totals) in report.Generators.OrderByDescending(g => g.Value.Elapsed))
        {
            var ms = totals.Elapsed.TotalMilliseconds;
            var per = perImage ? ms * 1000 / images : ms * 1000 / Math.Max(1, totals.Items);
            console.Out.WriteLine($"  {name,-44} {ms,9:N1} {totals.Candidates,11:N0} {totals.Items,8:N0} {per,9:N1}");
        }
    }

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
