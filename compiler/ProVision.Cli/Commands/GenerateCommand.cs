using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Sharding;
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
        command.SetAction(result => Run(console, inputs.GetInputs(result), inputs.GetLoadOptions(result), inputs.GetPolicy(result), o.Read(result)));
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
        if (!ShardOptions.TryResolve(console, settings.Shard, settings.ShardCount, out var shard)) return ExitCodes.Usage;
        var job = shard is { } s ? ShardJob.Begin(settings.Output, s, Identity(pack, settings, options, inputs, loadOptions, policy)) : null;
        if (job?.Finished is not null)
        {
            ShardOptions.WriteAlreadyDone(console, job);
            return ExitCodes.Ok;
        }
        var output = job?.OutputPath ?? settings.Output;
        // A shard reads only its own graphs (docs/scale-out.md); balancing and the multi-image index read all of them.
        var graphs = new GraphStream(inputs, loadOptions with { Shard = shard }, policy);
        var whole = shard is null ? graphs : new GraphStream(inputs, loadOptions, policy);
        var singles = selected.Where(g => !g.IsMultiImage).ToList();
        var multis = selected.Where(g => g.IsMultiImage).ToList();
        // Multi-image items follow the single-image ones; they go with the last shard so that the shards concatenate
        // to the unsharded output.
        var runMulti = multis.Count > 0 && settings.MultiSamples > 0 && shard is null or { IsLast: true };
        EngineReport report;
        using var sink = ItemWriterFactory.Create(settings.Format, output);
        try
        {
            var engine = new SingleImageEngine(singles, new EngineOptions { Generation = options, PerImage = settings.PerImage ?? pack.Manifest.Defaults.PerImage ?? 1, Threads = settings.Threads }, pack.Vocabulary);
            // Graphs stream from the inputs: balancing's tag counts cost one more pass, not a copy.
            var balance = settings.Balance ? engine.CountTags(whole) : null;
            // Only the multi-image index keeps graphs beyond the batch in flight.
            var everyGraph = runMulti ? ImmutableArray.CreateBuilder<SceneGraph>() : null;
            report = engine.Run(shard is null ? graphs.Within(new ShardRange(0, long.MaxValue), everyGraph) : graphs, sink, balance);
            if (shard is not null) everyGraph?.AddRange(whole);
            if (shard is null && graphs.Report.Loaded == 0) throw new DataErrorException(graphs.NoGraphs());
            if (runMulti)
            {
                var dataSet = new DataSetIndex(everyGraph!.ToImmutable());
                // --images-per-item was checked above; the pack's default applies where the generator takes it.
                var packDefault = pack.Manifest.Defaults.ImagesPerItem;
                new MultiImageEngine(multis, options, settings.MultiSamples, settings.ImagesPerItem, pack.Vocabulary, settings.Threads,
                    imagesPerItemOf: generator => settings.ImagesPerItem ?? (packDefault is { } n && generator.AcceptsImageCount(n) ? n : null))
                    .Run(dataSet, sink, report);
            }
        }
        catch (DataErrorException ex)
        {
            console.Error.WriteLine($"error: {ex.Error}");
            Summaries.WriteSkipped(console.Error, graphs.Report);
            console.Error.WriteLine($"nothing was written to {output}; fix the input, or pass --on-error skip to leave bad graphs out");
            return ExitCodes.BadInput;
        }
        sink.Complete();
        job?.Complete(report.Items, report.Graphs);
        Summaries.WriteSkipped(console.Error, graphs.Report);

        foreach (var line in report.MissingDataLines().Concat(report.ShortfallLines())) console.Error.WriteLine(line);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        console.Out.WriteLine($"wrote {report.Items} items from {report.Graphs} graphs and {selected.Count} generators to {output} in {seconds:F2} s ({report.Items / seconds:N0} items/s)");
        return ExitCodes.Ok;
    }

    private static ShardIdentity Identity(ProVision.Compiler.Packs.GeneratorPack pack, GenerateSettings settings, GenerationOptions options, IReadOnlyList<string> inputs, GraphLoadOptions load, ErrorPolicy policy) =>
        new("generate", settings.Format, pack.Name, pack.Version, ShardOptions.PackHash(pack), [.. settings.OutputFlags(options), .. ShardOptions.LoadFlags(load, policy)],
            options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), ShardOptions.GraphInputs(inputs));

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
