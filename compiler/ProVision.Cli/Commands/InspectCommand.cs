using System.CommandLine;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Statistics;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary><c>provision inspect</c>: what a data set holds and what is wrong with it.</summary>
public static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var top = new Option<int>("--top") { Description = "How many labels, attributes and predicates to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("inspect", "Report images, objects, vocabularies and data coverage of scene graphs, and every problem found (exit 2 if any).");
        inputs.AddTo(command);
        command.Add(top);
        command.SetAction(result => Run(console, inputs.GetInputs(result), inputs.GetLoadOptions(result), result.GetValue(top)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, GraphLoadOptions options, int top)
    {
        if (inputs.Count > 0 && inputs.All(ItemFileCounts.IsItemFile)) return ItemFileCounts.Write(console, inputs);
        var stats = new GraphStatistics();
        var report = new LoadReport();
        foreach (var outcome in SceneGraphInputs.Read(inputs, options))
        {
            if (outcome.Error is { } error) report.CountSkipped(error);
            else { stats.Add(outcome.Graph!); report.CountLoaded(); }
        }

        WriteSummary(console.Ansi, stats);
        WriteTop(console.Ansi, "labels", stats.Labels, top);
        WriteTop(console.Ansi, "attributes", stats.Attributes, top);
        WriteTop(console.Ansi, "predicates", stats.Predicates, top);

        if (report.Skipped == 0)
        {
            console.Out.WriteLine("problems: none");
            return ExitCodes.Ok;
        }
        console.Out.WriteLine($"problems: {report.Skipped}");
        foreach (var error in report.Examples) console.Out.WriteLine($"  {error}");
        if (report.Skipped > report.Examples.Count) console.Out.WriteLine($"  ... and {report.Skipped - report.Examples.Count} more");
        return ExitCodes.BadInput;
    }

    private static void WriteSummary(IAnsiConsole ansi, GraphStatistics s)
    {
        var table = new Table().AddColumn("data set").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("images", s.Images.ToString());
        table.AddRow("objects", s.Objects.ToString());
        table.AddRow("relations", s.Relations.ToString());
        table.AddRow("max objects per image", s.MaxObjects.ToString());
        table.AddRow("images with masks", s.WithMasks.ToString());
        table.AddRow("images with depth", s.WithDepth.ToString());
        table.AddRow("images with attributes", s.WithAttributes.ToString());
        table.AddRow("images with relations", s.WithRelations.ToString());
        table.AddRow("images with captions", s.WithCaption.ToString());
        ansi.Write(table);
    }

    private static void WriteTop(IAnsiConsole ansi, string title, IReadOnlyDictionary<string, long> counts, int k)
    {
        if (counts.Count == 0) return;
        var table = new Table().AddColumn($"top {title} ({counts.Count} distinct)").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (key, value) in GraphStatistics.Top(counts, k)) table.AddRow(Markup.Escape(key), value.ToString());
        ansi.Write(table);
    }
}
