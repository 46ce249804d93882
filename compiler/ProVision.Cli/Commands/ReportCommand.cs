using System.CommandLine;
using System.Diagnostics;
using ProVision.Pipeline.Reporting;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Statistics;

namespace ProVision.Cli.Commands;

/// <summary><c>provision report</c>: a static HTML page with PNG charts of what item files hold (docs/report.md).</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var items = new Argument<string[]>("items") { Description = "Item files written by generate (JSON Lines or Parquet).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write index.html and its charts to.", Required = true };
        var inputs = new InputOptions();
        var pack = new Option<string>("--pack") { Description = "The pack the items came from (families, phrasing counts).", DefaultValueFactory = _ => PackResolver.Builtin };
        var imagesDir = new Option<string?>("--images-dir") { Description = "Folder that image paths resolve against for the gallery (default: the first graph input's folder)." };
        var command = new Command("report", "Write a static HTML report with PNG charts of item files: counts, answer balance, option positions, lengths, phrasings, vocabulary, samples.")
        {
            items, output, pack, imagesDir,
        };
        // --graphs (optional here): the scene graphs the items came from, for the vocabulary comparison and the gallery.
        var graphs = new Option<string[]>("--graphs") { Description = "The scene graphs the items came from (vocabulary named vs present, and the sample gallery).", AllowMultipleArgumentsPerToken = true };
        command.Add(graphs);
        foreach (var option in new Option[] { inputs.DepthDir, inputs.MaskDir }) command.Add(option);
        command.SetAction(result => Run(console, new ReportRequest
        {
            Items = result.GetRequiredValue(items),
            Output = result.GetRequiredValue(output),
            Graphs = result.GetValue(graphs) ?? [],
            LoadOptions = inputs.GetLoadOptions(result),
            Pack = result.GetValue(pack)!,
            ImagesDir = result.GetValue(imagesDir),
        }));
        return command;
    }

    /// <summary>What <see cref="Run"/> needs.</summary>
    public sealed record ReportRequest
    {
        public required IReadOnlyList<string> Items { get; init; }
        public required string Output { get; init; }
        public IReadOnlyList<string> Graphs { get; init; } = [];
        public GraphLoadOptions LoadOptions { get; init; } = GraphLoadOptions.Default;
        public string Pack { get; init; } = PackResolver.Builtin;
        public string? ImagesDir { get; init; }
    }

    public static int Run(CliConsole console, ReportRequest request)
    {
        var clock = Stopwatch.StartNew();
        var stats = new ItemStatistics();
        try
        {
            foreach (var file in request.Items)
            {
                if (!File.Exists(file)) return Fail(console, $"{file}: file not found");
                foreach (var item in ItemFiles.ReadItems(file)) stats.Add(item);
            }
        }
        catch (Exception e) when (e is ItemFormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return Fail(console, e.Message);
        }

        var facts = new ReportFacts { Inputs = request.Items, Items = stats, Generators = PackInfo(console, request.Pack) };
        if (request.Graphs.Count > 0)
        {
            var graphStats = new GraphStatistics();
            foreach (var outcome in SceneGraphInputs.Read(request.Graphs, request.LoadOptions))
            {
                if (outcome.Graph is { } graph) graphStats.Add(graph);
            }
            facts = facts with { Graphs = graphStats, Gallery = ReportGallery.Draw(request, stats) };
        }
        else
        {
            facts = facts with { GalleryNote = "Pass --graphs (and --images-dir where the images are) to draw samples with their evidence." };
        }

        string page;
        try
        {
            page = ItemReport.Write(request.Output, facts);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, $"{request.Output}: {e.Message}");
        }
        var drawn = facts.Gallery.Count(g => g.Png is not null);
        console.Out.WriteLine($"wrote {page} ({stats.Items:N0} items, {stats.Generators.Count()} generators, {drawn} samples drawn) in {clock.Elapsed.TotalSeconds:F2} s");
        return ExitCodes.Ok;
    }

    // Families and phrasing counts from the pack; a pack that does not load leaves them unknown (a note, not a failure).
    private static Dictionary<string, GeneratorInfo> PackInfo(CliConsole console, string pack)
    {
        var loaded = PackResolver.Load(pack);
        if (loaded.Pack is null || loaded.HasErrors)
        {
            console.Error.WriteLine($"warning: the pack '{pack}' did not load; families and phrasing coverage are left out");
            return [];
        }
        return loaded.Pack.AllGenerators.ToDictionary(g => g.Name, g => new GeneratorInfo(g.Family.ToName(), g.Templates.Questions.Length), StringComparer.Ordinal);
    }

    private static int Fail(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.BadInput;
    }
}
