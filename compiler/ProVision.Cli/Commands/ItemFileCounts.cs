using ProVision.Runtime.Items;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary><c>provision inspect</c> on item files (what generate wrote): items per generator, any item format.</summary>
internal static class ItemFileCounts
{
    /// <summary>True when <paramref name="path"/> is a file that reads as one of the item formats (a graph file does not).</summary>
    public static bool IsItemFile(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            ItemFiles.KindOf(path);
            return true;
        }
        catch (Exception e) when (e is ItemFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static int Write(CliConsole console, IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            IReadOnlyList<KeyValuePair<string, long>> counts;
            try
            {
                counts = ItemFiles.CountByGenerator(file);
            }
            catch (Exception e) when (e is ItemFormatException or InvalidDataException or IOException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            var table = new Table().AddColumn($"{Markup.Escape(Path.GetFileName(file))} ({ItemFiles.KindOf(file)})").AddColumn(new TableColumn("items").RightAligned());
            foreach (var (generator, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
                table.AddRow(Markup.Escape(generator), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("[bold]total[/]", "[bold]" + counts.Sum(c => c.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "[/]");
            console.Ansi.Write(table);
        }
        console.Out.WriteLine("problems: none");
        return ExitCodes.Ok;
    }
}
