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

        // A shard reads only its own graphs, unless balancing or the multi-image items (last shard) need them all.
        var multis = selected.Where(g => g.IsMultiImage).ToList();
        var runMultis = multis.Count > 0 && settings.MultiSamples > 0 && shard is null or { IsLast: true };
        var load = GraphStream.Load(inputs, loadOptions with { Shard = shard }, policy);
        var whole = shard is not null && (settings.Balance || runMultis) ? GraphStream.Load(inputs, loadOptions, policy) : load;
        if ((load.Error ?? whole.Error) is { } error)
        {
            console.Error.WriteLine($"error: {error}");
            console.Error.WriteLine($"nothing was written to {output}; fix the input, or pass --on-error skip to leave bad graphs out");
            return ExitCodes.BadInput;
        }
        Summaries.WriteSkipped(console.Error, load.Report);
        var graphs = load.Graphs;

        using var sink = ItemWriterFactory.Create(settings.Format, output);
        var singles = selected.Where(g => !g.IsMultiImage).ToList();
        var engine = new SingleImageEngine(singles, new EngineOptions { Generation = options, PerImage = settings.PerImage ?? pack.Manifest.Defaults.PerImage ?? 1, Threads = settings.Threads }, pack.Vocabulary);
        var balance = settings.Balance ? engine.CountTags(whole.Graphs) : null;
        var report = engine.Run(graphs, sink, balance);

        // Multi-image items follow the single-image ones; they go with the last shard so that the shards concatenate
        // to the unsharded output.
        if (runMultis)
        {
            var dataSet = new DataSetIndex(whole.Graphs);
            // --images-per-item was checked above; the pack's default applies where the generator takes it.
            var packDefault = pack.Manifest.Defaults.ImagesPerItem;
            new MultiImageEngine(multis, options, settings.MultiSamples, settings.ImagesPerItem, pack.Vocabulary, settings.Threads,
                imagesPerItemOf: generator => settings.ImagesPerItem ?? (packDefault is { } n && generator.AcceptsImageCount(n) ? n : null))
                .Run(dataSet, sink, report);
        }
        sink.Complete();
        job?.Complete(report.Items, report.Graphs);

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

/// <summary>Reads the graphs (all, or one shard's; masks and depth stay lazy). A shard may own none.</summary>
internal static class GraphStream
{
    public static (ImmutableArray<SceneGraph> Graphs, LoadReport Report, DataError? Error) Load(IReadOnlyList<string> inputs, GraphLoadOptions options, ErrorPolicy policy)
    {
        var report = new LoadReport();
        var graphs = ImmutableArray.CreateBuilder<SceneGraph>();
        foreach (var outcome in SceneGraphInputs.Read(inputs, options))
        {
            if (outcome.Error is { } error)
            {
                if (policy == ErrorPolicy.Stop) return ([], report, error);
                report.CountSkipped(error);
                continue;
            }
            graphs.Add(outcome.Graph!);
            report.CountLoaded();
        }
        if (graphs.Count == 0 && options.Shard is null) return ([], report, new DataError(string.Join(", ", inputs), null, null, "no valid scene graphs in the inputs") { Kind = "empty input" });
        return (graphs.ToImmutable(), report, null);
    }
}
