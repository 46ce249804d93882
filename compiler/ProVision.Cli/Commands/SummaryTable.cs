using System.Globalization;
using ProVision.Runtime.Engine;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary>
/// The one table <c>generate</c> ends with: per generator, items made, items asked and why fewer
/// (<see cref="RunSummary"/>), instead of one line per case. Plain text when not on a terminal.
/// </summary>
internal static class SummaryTable
{
    public static void Write(CliConsole console, IReadOnlyList<GeneratorSummary> rows)
    {
        if (rows.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("generator").AddColumn(new TableColumn("made").RightAligned()).AddColumn(new TableColumn("asked").RightAligned()).AddColumn("why fewer");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Generator),
                N(row.Made),
                row.Asked is { } asked ? N(asked) : "all",
                Markup.Escape(row.WhyFewer.Count == 0 ? "" : string.Join("; ", row.WhyFewer)));
        }
        table.AddRow("[bold]total[/]", "[bold]" + N(rows.Sum(r => r.Made)) + "[/]", rows.All(r => r.Asked is not null) ? N(rows.Sum(r => r.Asked!.Value)) : "", "");
        console.Ansi.Write(table);
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
