using System.CommandLine;
using System.Diagnostics;
using ProVision.Compiler.Compilation;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Loading;
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
        command.SetAction(result => Run(console, inputs.GetInputs(result), inputs.GetLoadOptions(result), inputs.GetPolicy(result),
            o.Read(result) with { StopOnPackFault = inputs.StopOnPackFault(result) }));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, GraphLoadOptions loadOptions, ErrorPolicy policy, GenerateSettings settings)
    {
        var clock = Stopwatch.StartNew();
        StartupTrace.Mark("cli");
        if (!OutputChoices.TryResolve(console, inputs, ref settings)) return ExitCodes.Usage;
        var loaded = PackResolver.Load(settings.Pack);
        StartupTrace.Mark("pack ready");
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

        if (!ShardOptions.TryResolve(console, settings.Shard, settings.ShardCount, out var shard)) return ExitCodes.Usage;
        var packJob = pack.Job(selected);
        var job = packJob with
        {
            Options = settings.Apply(packJob.Options),
            PerImage = settings.PerImage ?? packJob.PerImage,
            Balance = settings.Balance,
            MultiSamples = settings.MultiSamples,
            ImagesPerItem = settings.ImagesPerItem,
            Threads = settings.Threads,
            StopOnPackFault = settings.StopOnPackFault,
            Shard = shard is { } spec ? (spec.Index, spec.Count) : null,
            Progress = new RunProgress(),
        };
        if (job.ImagesPerItemProblems() is { Count: > 0 } problems)
        {
            foreach (var line in problems) console.Error.WriteLine($"error: --images-per-item {settings.ImagesPerItem}: {line}");
            console.Error.WriteLine("leave those generators out with --generators, or choose another --images-per-item");
            return ExitCodes.Usage;
        }

        var shardJob = shard is { } s ? ShardJob.Begin(settings.Output, s, Identity(pack, settings, job.Options, inputs, loadOptions, policy)) : null;
        if (shardJob?.Finished is not null)
        {
            ShardOptions.WriteAlreadyDone(console, shardJob);
            return ExitCodes.Ok;
        }
        var output = shardJob?.OutputPath ?? settings.Output;

        // A shard reads only its own graphs (docs/scale-out.md); balancing and the multi-image index read all of them.
        var graphs = new GraphStream(inputs, loadOptions with { Shard = shard }, policy);
        EngineReport report;
        using var sink = ItemWriterFactory.Create(settings.Format!, output, settings.Writer);
        try
        {
            report = GenerateProgress.Show(console, settings, job.Progress, shard is null ? GenerateProgress.CountGraphs(inputs) : null,
                () => shard is null ? job.Run(graphs, sink) : job.RunOwnShare(graphs, new GraphStream(inputs, loadOptions, policy), sink));
            if (shard is null && graphs.Report.Loaded == 0) throw new DataErrorException(graphs.NoGraphs());
        }
        catch (DataErrorException ex)
        {
            console.Error.WriteLine($"error: {ex.Error}");
            Summaries.WriteSkipped(console.Error, graphs.Report);
            console.Error.WriteLine($"nothing was written to {output}; fix the input, or pass --on-error skip to leave bad graphs out");
            return ExitCodes.BadInput;
        }
        catch (ItemWriteException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine($"nothing was written to {output}");
            return ExitCodes.BadInput;
        }
        sink.Complete();
        StartupTrace.Mark("graphs done");
        shardJob?.Complete(report.Items, report.Graphs);
        if (settings.Card && shardJob is null) CardWriting.AfterGenerate(console, settings, output, pack, selected, report, job.Options);
        StartupTrace.Mark("card");
        Summaries.WriteSkipped(console.Error, graphs.Report);

        SummaryTable.Write(console, RunSummary.Rows(job, report));
        StartupTrace.Mark("summary");
        foreach (var line in report.BudgetLines(job.Options).Concat(report.FaultLines())) console.Error.WriteLine(line);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        console.Out.WriteLine($"wrote {report.Items} items from {report.Graphs} graphs and {selected.Count} generators to {output} in {seconds:F2} s ({report.Items / seconds:N0} items/s)");
        StartupTrace.Mark("last line");
        StartupTrace.Report(console.Error);
        return ExitCodes.Ok;
    }

    private static ShardIdentity Identity(ProVision.Compiler.Packs.GeneratorPack pack, GenerateSettings settings, GenerationOptions options, IReadOnlyList<string> inputs, GraphLoadOptions load, ErrorPolicy policy) =>
        new("generate", settings.Format!, pack.Name, pack.Version, pack.ContentHash, [.. settings.OutputFlags(options), .. ShardOptions.LoadFlags(load, policy)],
            options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), ShardOptions.GraphInputs(inputs));
}
