using System.Globalization;
using System.Text;
using ProVision.Runtime.Engine;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary>
/// The one table <c>generate</c> ends with: per generator, items made, items asked and why fewer
/// (<see cref="RunSummary"/>), instead of one line per case. Plain text when not on a terminal.
/// </summary>
internal static class SummaryTable
{
    private static readonly string[] s_headers = ["generator", "made", "asked", "why fewer"];
    private static readonly bool[] s_rightAligned = [false, true, true, false];

    public static void Write(CliConsole console, IReadOnlyList<GeneratorSummary> rows)
    {
        if (rows.Count == 0) return;
        // Off a terminal, the text Spectre.Console would write, without loading and setting it up: that took about a
        // fifth of a one-graph run's CPU (docs/performance.md#session-10-start-up-a-user-does-not-notice).
        if (!console.IsTerminal && console.WritesUnicode && Plain(rows, CliConsole.PlainWidth) is { } text)
        {
            console.Out.Write(text);
            return;
        }
        console.Ansi.Write(Spectre(rows));
    }

    /// <summary>The table as Spectre.Console lays it out.</summary>
    internal static Table Spectre(IReadOnlyList<GeneratorSummary> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        for (var c = 0; c < s_headers.Length; c++)
        {
            var column = new TableColumn(s_headers[c]);
            table.AddColumn(s_rightAligned[c] ? column.RightAligned() : column);
        }
        var cells = Cells(rows);
        for (var r = 0; r < cells.Count; r++)
        {
            // The total row's generator and made columns in bold.
            var bold = r == cells.Count - 1 ? 2 : 0;
            table.AddRow([.. cells[r].Select((cell, c) => c < bold ? $"[bold]{Markup.Escape(cell)}[/]" : Markup.Escape(cell))]);
        }
        return table;
    }

    /// <summary>
    /// The table as <see cref="Spectre"/> writes it to a console without colours (<see cref="CliConsole"/> off a
    /// terminal) <paramref name="width"/> columns wide, for tables it writes unchanged: every cell plain ASCII text that
    /// markup and emoji codes leave alone, and no wider than the console, so no column is wrapped. Null otherwise.
    /// </summary>
    internal static string? Plain(IReadOnlyList<GeneratorSummary> rows, int width)
    {
        var cells = Cells(rows);
        var widths = s_headers.Select(h => h.Length).ToArray();
        foreach (var row in cells)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (!IsPlain(row[c])) return null;
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        // Simple border: an edge column each side, a separator column between cells and one space of padding each side of a cell.
        var lineWidth = widths.Sum() + 3 * widths.Length + 1;
        if (lineWidth > width) return null;
        var text = new StringBuilder();
        text.Append(' ', lineWidth).AppendLine();
        AppendRow(text, s_headers, widths);
        text.Append('─', lineWidth).AppendLine();
        foreach (var row in cells) AppendRow(text, row, widths);
        text.Append(' ', lineWidth).AppendLine();
        return text.ToString();
    }

    // The left edge, each cell between its padding (a separator column before all but the first), the right edge.
    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append(' ');
        for (var c = 0; c < cells.Length; c++)
        {
            var fill = widths[c] - cells[c].Length;
            text.Append(c == 0 ? " " : "  ");
            if (s_rightAligned[c]) text.Append(' ', fill).Append(cells[c]);
            else text.Append(cells[c]).Append(' ', fill);
            text.Append(' ');
        }
        text.Append(' ').AppendLine();
    }

    // Text Spectre.Console's markup writes as it is: printable ASCII without brackets (markup), two colons (an emoji
    // code like :bug:), or spaces it could collapse or trim.
    private static bool IsPlain(string cell)
    {
        var colons = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var ch = cell[i];
            if (ch is < ' ' or > '~' or '[' or ']' || ch == ':' && ++colons > 1 || ch == ' ' && (i == 0 || i == cell.Length - 1 || cell[i - 1] == ' ')) return false;
        }
        return true;
    }

    // The rows' cells, then the total row's.
    private static List<string[]> Cells(IReadOnlyList<GeneratorSummary> rows)
    {
        var cells = new List<string[]>(rows.Count + 1);
        long made = 0, asked = 0;
        var allAsked = true;
        foreach (var row in rows)
        {
            cells.Add([row.Generator, N(row.Made), row.Asked is { } a ? N(a) : "all", row.WhyFewer.Count == 0 ? "" : string.Join("; ", row.WhyFewer)]);
            made += row.Made;
            if (row.Asked is { } n) asked += n;
            else allAsked = false;
        }
        cells.Add(["total", N(made), allAsked ? N(asked) : "", ""]);
        return cells;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
