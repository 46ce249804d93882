using ProVision.Cli.Commands;
using ProVision.Runtime.Engine;

namespace ProVision.Cli.Tests;

/// <summary>
/// Off a terminal the end-of-run table is written without Spectre.Console (<see cref="SummaryTable.Plain"/>): the same
/// text Spectre writes for the console <see cref="CliConsole"/> makes there, or, for a table Spectre would wrap or
/// whose cells it would read as markup, Spectre itself.
/// </summary>
public sealed class SummaryTableTests
{
    private static GeneratorSummary Row(string name, long made, long? asked, params string[] whyFewer) => new(name, made, asked, whyFewer);

    public static TheoryData<string, GeneratorSummary[]> Tables => new()
    {
        { "one-graph run", [
            Row("ExistsObjectGenerator", 1, 1),
            Row("CloserObjectGenerator", 0, 1, "no depth or masks on 1 image(s)"),
            Row("HasNotAttributedObjectMultiGenerator", 0, 100, "the data set cannot supply more draws of images that fit"),
            Row("SceneGraphCaptionGenerator", 0, 0, "descriptions only: run with --mode description")] },
        { "every item kept", [Row("ExistsObjectGenerator", 12_345, null), Row("CloserObjectGenerator", 0, null, "no depth on 3 image(s)")] },
        { "two reasons", [Row("MostObjectGenerator", 1_234_567, 2_000_000, "no labels on 5 image(s)", "stopped by the item budget on 2 graph(s)")] },
        { "long names", [Row("G", 0, 1), Row(new string('x', 60), 5, 5)] },
        // Columns 9 ("generator"), 4, 5 and the reason wide, plus 13 of borders and padding: 120 with a reason of 89.
        { "exactly the width", [Row("G", 1, 1, new string('w', 89))] },
        { "one column wider than that", [Row("G", 1, 1, new string('w', 90))] },
        { "wrapped words", [Row("G", 1, 1, string.Join(" ", Enumerable.Repeat("word", 40)))] },
        { "markup", [Row("G[bold]", 1, 1, "[red]x[/]")] },
        { "emoji code", [Row("G", 1, 1, "a :bug: b")] },
        { "spaces", [Row("G", 1, 1, " leading", "double  space")] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_plain_table_is_what_spectre_writes_off_a_terminal(string name, GeneratorSummary[] rows)
    {
        var plain = SummaryTable.Plain(rows, CliConsole.PlainWidth);

        if (plain is not null) Assert.Equal(SpectreText(rows), plain);
        // The run's own tables take the plain path; tables Spectre would change do not.
        var plainExpected = name is not ("one column wider than that" or "wrapped words" or "markup" or "emoji code" or "spaces");
        Assert.Equal(plainExpected, plain is not null);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Writing_off_a_terminal_writes_what_spectre_writes(string name, GeneratorSummary[] rows)
    {
        _ = name;
        using var stdout = new StringWriter();
        var console = new CliConsole(stdout, TextWriter.Null);

        SummaryTable.Write(console, rows);

        Assert.Equal(SpectreText(rows), stdout.ToString());
    }

    private static string SpectreText(IReadOnlyList<GeneratorSummary> rows)
    {
        using var stdout = new StringWriter();
        new CliConsole(stdout, TextWriter.Null).Ansi.Write(SummaryTable.Spectre(rows));
        return stdout.ToString();
    }
}
