using System.Diagnostics;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Synthetic;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench generate</c>: items/s and images/s of the built-in pack on synthetic Visual-Genome-like graphs
/// (20 objects, 15 relations, 2 attributes each; no masks or depth, so those generators skip), single-image on one
/// thread and on all cores, then multi-image. Items are counted, not written, so the figures measure generation.
/// </summary>
public static class BenchGenerate
{
    public static int Run(CliConsole console, int graphCount, int multiSamples)
    {
        var loaded = PackResolver.Load(PackResolver.Builtin);
        if (loaded.Pack is null) { console.Error.WriteLine(loaded.FormatDiagnostics()); return ExitCodes.InternalError; }
        var pack = loaded.Pack;

        var folder = Directory.CreateTempSubdirectory("provision-bench-gen-");
        try
        {
            var input = Path.Combine(folder.FullName, "graphs.jsonl");
            using (var writer = new StreamWriter(input)) SyntheticGraphWriter.WriteCanonical(writer, graphCount);
            var graphs = SceneGraphInputs.Read([input], GraphLoadOptions.Default).Select(o => o.Graph!).ToList();
            var singles = pack.Generators.Where(g => !g.IsMultiImage).ToList();
            var options = pack.Options with { Seed = 1 };

            foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
            {
                var engine = new SingleImageEngine(singles, new EngineOptions { Generation = options, PerImage = 1, Threads = threads }, pack.Vocabulary);
                engine.Run(graphs.Take(Math.Min(50, graphs.Count)), new CountingSink()); // warm-up: JIT and template expansion
                var sink = new CountingSink();
                var clock = Stopwatch.StartNew();
                var report = engine.Run(graphs, sink);
                clock.Stop();
                var candidates = report.Generators.Values.Sum(g => g.Candidates);
                console.Out.WriteLine($"single-image, {threads} thread(s): {graphs.Count:N0} images in {clock.Elapsed.TotalSeconds:F2} s = " +
                    $"{graphs.Count / clock.Elapsed.TotalSeconds:N0} images/s, {sink.Count / clock.Elapsed.TotalSeconds:N0} kept items/s " +
                    $"({candidates / clock.Elapsed.TotalSeconds:N0} candidate items/s, {singles.Count} generators, 1 kept per generator per image)");
            }

            var multis = pack.Generators.Where(g => g.IsMultiImage).ToList();
            var dataSet = new DataSetIndex([.. graphs]);
            var multiSink = new CountingSink();
            var multiClock = Stopwatch.StartNew();
            new MultiImageEngine(multis, options, multiSamples, vocabulary: pack.Vocabulary).Run(dataSet, multiSink);
            multiClock.Stop();
            console.Out.WriteLine($"multi-image, 1 thread: {multiSink.Count:N0} items from {multis.Count} generators in {multiClock.Elapsed.TotalSeconds:F2} s = {multiSink.Count / multiClock.Elapsed.TotalSeconds:N0} items/s");
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
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
