using System.CommandLine;
using System.Diagnostics;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Synthetic;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench</c>: throughput measurements on synthetic data, printed as rates (not asserted anywhere;
/// timing belongs in benchmarks, not tests).
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Command("bench", "Measure throughput: of convert on synthetic graphs, of the annotation pipeline per stage.");
        var graphs = new Option<int>("--graphs") { Description = "How many synthetic graphs to stream.", DefaultValueFactory = _ => 100_000 };
        var format = new Option<string>("--format") { Description = "Input format to convert from: canonical (JSONL) or provision (reference annotation JSON).", DefaultValueFactory = _ => "canonical" };
        format.AcceptOnlyFromAmong("canonical", "provision");
        var convert = new Command("convert", "Stream synthetic graphs through `provision convert` and report graphs/s and peak memory.") { graphs, format };
        convert.SetAction(result => RunConvert(console, result.GetValue(graphs), result.GetValue(format)!));
        var count = new Option<int>("--generators") { Description = "How many generators the pack has (the built-in ones, repeated).", DefaultValueFactory = _ => 40 };
        var compile = new Command("compile", "Cold compile and warm (cached) load time of a pack of N generators.") { count };
        compile.SetAction(result => BenchCompile.Run(console, result.GetValue(count)));
        var benchGraphs = new Option<int>("--graphs") { Description = "How many synthetic graphs.", DefaultValueFactory = _ => 2000 };
        var samples = new Option<int>("--multi-samples") { Description = "Items per multi-image generator (0: no multi-image run).", DefaultValueFactory = _ => 200 };
        var byGenerator = new Option<bool>("--by-generator") { Description = "Also print time, candidates and kept items per generator." };
        var only = new Option<string?>("--generators") { Description = "Comma-separated generator names to measure (default: all built-in ones)." };
        var saveGraphs = new Option<string?>("--save-graphs") { Description = "Also write the synthetic graphs (canonical JSONL) to this file, for `provision generate`." };
        var graphsFile = new Option<string?>("--graphs-file") { Description = "Measure on these scene graphs (any input format) instead of synthetic ones." };
        var realLike = new Option<bool>("--real-like") { Description = "Synthetic graphs shaped like real GQA ones (20-35 objects, repeated labels, left/right relations)." };
        var generate = new Command("generate", "Images/s and items/s of the built-in pack on synthetic or given graphs, single- and multi-image, one thread and all cores.") { benchGraphs, samples, byGenerator, only, saveGraphs, graphsFile, realLike };
        generate.SetAction(result => BenchGenerate.Run(console, new BenchGenerate.Settings(
            result.GetValue(benchGraphs), result.GetValue(samples), result.GetValue(byGenerator),
            (result.GetValue(only) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            result.GetValue(saveGraphs), result.GetValue(graphsFile), result.GetValue(realLike))));
        var memoryGraphs = new Option<int>("--graphs") { Description = "How many real-like synthetic graphs (20 to 35 objects).", DefaultValueFactory = _ => 100_000 };
        var memorySamples = new Option<int>("--multi-samples") { Description = "Items per multi-image generator (0: single-image only).", DefaultValueFactory = _ => 0 };
        var memoryGenerators = new Option<string?>("--generators") { Description = "Comma-separated generator names (default: all built-in ones)." };
        var memoryThreads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var memorySave = new Option<string?>("--save-graphs") { Description = "Also write the synthetic graphs (canonical JSONL) to this file." };
        var memory = new Command("memory", "Peak memory (managed heap, working set) of `provision generate` over N real-like graphs read from a file.")
            { memoryGraphs, memorySamples, memoryGenerators, memoryThreads, memorySave };
        memory.SetAction(result => BenchMemory.Run(console, new BenchMemory.Settings(
            result.GetValue(memoryGraphs), result.GetValue(memorySamples),
            (result.GetValue(memoryGenerators) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            result.GetValue(memoryThreads), result.GetValue(memorySave))));
        bench.Add(generate);
        bench.Add(memory);
        bench.Add(compile);
        bench.Add(BenchStartup.Create(console));
        bench.Add(BenchLoad.Create(console));
        bench.Add(convert);
        bench.Add(BenchAnnotate.Create(console));
        bench.Add(BenchDetectors.Create(console));
        return bench;
    }

    public static int RunConvert(CliConsole console, int count, string format)
    {
        var folder = Directory.CreateTempSubdirectory("provision-bench-");
        try
        {
            var input = Path.Combine(folder.FullName, format == "canonical" ? "graphs.jsonl" : "annotations.json");
            var generate = Stopwatch.StartNew();
            using (var writer = new StreamWriter(input))
            {
                if (format == "canonical") SyntheticGraphWriter.WriteCanonical(writer, count);
                else SyntheticGraphWriter.WriteReferenceFormat(writer, count);
            }
            console.Out.WriteLine($"generated {count:N0} synthetic graphs ({new FileInfo(input).Length / (1 << 20):N0} MiB, {format}) in {generate.Elapsed.TotalSeconds:F1} s");

            GC.Collect();
            using var sampler = new MemorySampler();
            var timer = Stopwatch.StartNew();
            var silent = new CliConsole(TextWriter.Null, console.Error);
            var code = ConvertCommand.Run(silent, [input], Path.Combine(folder.FullName, "out.jsonl"), GraphLoadOptions.Default, ErrorPolicy.Stop);
            timer.Stop();
            sampler.Stop();
            if (code != ExitCodes.Ok) return code;

            console.Out.WriteLine($"convert: {count:N0} graphs in {timer.Elapsed.TotalSeconds:F2} s = {count / timer.Elapsed.TotalSeconds:N0} graphs/s (one thread)");
            console.Out.WriteLine($"peak managed heap {sampler.PeakManagedBytes / (1 << 20):N0} MiB, peak working set {sampler.PeakWorkingSetBytes / (1 << 20):N0} MiB");
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Samples memory every 20 ms on a background thread, so the peak is seen without slowing the work.</summary>
    internal sealed class MemorySampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public MemorySampler()
        {
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    PeakManagedBytes = Math.Max(PeakManagedBytes, GC.GetTotalMemory(false));
                    PeakWorkingSetBytes = Math.Max(PeakWorkingSetBytes, Environment.WorkingSet);
                    Thread.Sleep(20);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long PeakManagedBytes { get; private set; }
        public long PeakWorkingSetBytes { get; private set; }

        public void Stop()
        {
            _stop = true;
            _thread.Join();
        }

        public void Dispose() => Stop();
    }
}
