using ProVision.Pipeline.Reporting;
using ProVision.Runtime.Items;
using ProVision.Runtime.Statistics;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary>
/// The report's sample gallery: the first item of each generator drawn with its evidence by <c>provision show</c>'s
/// renderer (<see cref="ShowCommand"/>), into <c>gallery/</c>; an item that cannot be drawn (its image is missing)
/// gets its reason as caption instead.
/// </summary>
internal static class ReportGallery
{
    public static IReadOnlyList<GalleryEntry> Draw(ReportCommand.ReportRequest request, ItemStatistics stats)
    {
        var folder = Path.Combine(request.Output, "gallery");
        Directory.CreateDirectory(folder);
        var samples = stats.Generators.Where(g => g.Samples.Count > 0).Select(g => g.Samples[0]).ToList();
        // The samples go to a JSON Lines file of their own, so drawing them does not depend on the input's format.
        var itemsFile = Path.Combine(folder, "samples.jsonl");
        using (var writer = new JsonLinesItemWriter(itemsFile))
        {
            foreach (var item in samples) writer.Write(item);
            writer.Complete();
        }
        var entries = new List<GalleryEntry>();
        for (var k = 0; k < samples.Count; k++)
        {
            var item = samples[k];
            var png = $"sample-{k + 1:D3}.png";
            var errors = new StringWriter();
            var code = ShowCommand.Run(new CliConsole(new StringWriter(), errors), new ShowCommand.ShowRequest
            {
                Inputs = request.Graphs,
                LoadOptions = request.LoadOptions,
                ItemsPath = itemsFile,
                ItemId = item.Id,
                OutPath = Path.Combine(folder, png),
                ImagesDir = request.ImagesDir,
            });
            var caption = $"{Shorten(item.Prompt)} → {Shorten(item.Response)}";
            entries.Add(code == ExitCodes.Ok
                ? new GalleryEntry(item.Generator, item.Id, "gallery/" + png, caption)
                : new GalleryEntry(item.Generator, item.Id, null, $"{caption} (not drawn: {errors.ToString().Trim().Replace("error: ", "", StringComparison.Ordinal)})"));
        }
        return entries;
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
