using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary><c>provision generate</c>: the main job. Scene graphs in, items out, with a pack's generators.</summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var o = new GenerateOptions();
        var command = new Command("generate", "Run a pack's generators over scene graphs and write the items (JSONL, LLaVA or Parquet).");
        inputs.AddTo(command, argumentName: "--graphs");
        o.AddTo(command);
        command.SetAction(result => Run(console, inputs.GetInputs(result), inputs.GetLoadOptions(result), inputs.GetPolicy(result),
            o.Read(result) with { StopOnPackFault = inputs.StopOnPackFault(result) }));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, GraphLoadOptions loadOptions, ErrorPolicy policy, GenerateSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var loaded = PackResolver.Load(settings.Pack);
        if (loaded.Pack is null || loaded.HasErrors)
        {
            console.Error.WriteLine(loaded.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        var pack = loaded.Pack;
        if (!GeneratorSelection.TrySelect(pack, settings.Generators, out var selected, out var problem))
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }

        if (settings.ImagesPerItem is { } imagesPerItem && ImagesPerItemProblems(selected, imagesPerItem) is { Count: > 0 } problems)
        {
            foreach (var line in problems) console.Error.WriteLine($"error: --images-per-item {imagesPerItem}: {line}");
            console.Error.WriteLine("leave those generators out with --generators, or choose another --images-per-item");
            return ExitCodes.Usage;
        }

        var options = settings.Apply(pack.Options);
        var graphs = new GraphStream(inputs, loadOptions, policy);
        var singles = selected.Where(g => !g.IsMultiImage).ToList();
        var multis = selected.Where(g => g.IsMultiImage).ToList();
        // Multi-image items follow the single-image ones; they go with the last shard so that the shards concatenate
        // to the unsharded output.
        var runMulti = multis.Count > 0 && settings.MultiSamples > 0 && (settings.Shard is null || settings.Shard.Value.Index == settings.Shard.Value.Count);
        EngineReport report;
        using var sink = ItemWriterFactory.Create(settings.Format, settings.Output);
        try
        {
            var engine = new SingleImageEngine(singles, new EngineOptions { Generation = options, PerImage = settings.PerImage ?? pack.Manifest.Defaults.PerImage ?? 1, Threads = settings.Threads, StopOnPackFault = settings.StopOnPackFault }, pack.Vocabulary);
            // Graphs stream from the inputs: a shard's range and balancing's tag counts each cost one more pass, not a copy.
            long? total = settings.Shard is null ? null : graphs.CountValid();
            var range = settings.Shard is var (index, count) ? ShardRange.Of(total!.Value, index, count) : new ShardRange(0, long.MaxValue);
            var balance = settings.Balance ? engine.CountTags(graphs) : null;
            // Only the multi-image index keeps graphs beyond the batch in flight.
            var everyGraph = runMulti ? ImmutableArray.CreateBuilder<SceneGraph>() : null;
            report = engine.Run(graphs.Within(range, everyGraph), sink, balance);
            if ((total ?? graphs.Report.Loaded) == 0) throw new DataErrorException(graphs.NoGraphs());
            if (runMulti)
            {
                var dataSet = new DataSetIndex(everyGraph!.ToImmutable());
                // --images-per-item was checked above; the pack's default applies where the generator takes it.
                var packDefault = pack.Manifest.Defaults.ImagesPerItem;
                new MultiImageEngine(multis, options, settings.MultiSamples, settings.ImagesPerItem, pack.Vocabulary, settings.Threads,
                    imagesPerItemOf: generator => settings.ImagesPerItem ?? (packDefault is { } n && generator.AcceptsImageCount(n) ? n : null),
                    stopOnPackFault: settings.StopOnPackFault)
                    .Run(dataSet, sink, report);
            }
        }
        catch (DataErrorException ex)
        {
            console.Error.WriteLine($"error: {ex.Error}");
            Summaries.WriteSkipped(console.Error, graphs.Report);
            console.Error.WriteLine($"nothing was written to {settings.Output}; fix the input, or pass --on-error skip to leave bad graphs out");
            return ExitCodes.BadInput;
        }
        sink.Complete();
        Summaries.WriteSkipped(console.Error, graphs.Report);

        foreach (var line in report.MissingDataLines().Concat(report.ShortfallLines()).Concat(report.BudgetLines(options)).Concat(report.FaultLines())) console.Error.WriteLine(line);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        console.Out.WriteLine($"wrote {report.Items} items from {report.Graphs} graphs and {selected.Count} generators to {settings.Output} in {seconds:F2} s ({report.Items / seconds:N0} items/s)");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The selected multi-image generators that cannot make items of <paramref name="images"/> images, one line per
    /// range they take ("... take 2 to 16 images per item: A, B"), so that a whole pack gives one line, not one each.
    /// </summary>
    private static List<string> ImagesPerItemProblems(IEnumerable<CompiledGenerator> selected, int images) =>
        [.. selected.Where(g => g.IsMultiImage && !g.AcceptsImageCount(images))
            .GroupBy(g => (g.MinImageCount, g.MaxImageCount))
            .Select(range => (range.Key.MinImageCount == range.Key.MaxImageCount
                    ? $"{(range.Count() == 1 ? "this generator compares" : "these generators compare")} exactly {range.Key.MinImageCount} images per item"
                    : $"{(range.Count() == 1 ? "this generator takes" : "these generators take")} {range.Key.MinImageCount} to {range.Key.MaxImageCount} images per item")
                + ": " + string.Join(", ", range.Select(g => g.Name)))];
}
