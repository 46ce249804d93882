using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary>
/// Settles how <c>generate</c> writes before anything runs: the format (given, or from the extension of --out; a clash
/// is an error), the folder relative image paths start from (the first input's), and the checks on --image-root and
/// --embed-images. Errors are printed; false means exit 1.
/// </summary>
internal static class OutputChoices
{
    public static bool TryResolve(CliConsole console, IReadOnlyList<string> inputs, ref GenerateSettings settings)
    {
        string format;
        try
        {
            format = ItemWriterFactory.ResolveFormat(settings.Format, settings.Output);
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine($"error: {e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal)}");
            return false;
        }
        if (settings.Writer.EmbedImages && format != ItemWriterFactory.Parquet)
        {
            console.Error.WriteLine($"error: --embed-images needs Parquet output (--format parquet or --out *.parquet); {format} holds image paths only");
            return false;
        }
        if (settings.Writer.ImageRoot is { } root && !Directory.Exists(root))
        {
            console.Error.WriteLine($"error: --image-root {root}: folder not found");
            return false;
        }
        var first = inputs.Count > 0 ? Path.GetFullPath(inputs[0]) : Environment.CurrentDirectory;
        var imageBase = Directory.Exists(first) ? first : Path.GetDirectoryName(first) ?? Environment.CurrentDirectory;
        settings = settings with { Format = format, Writer = settings.Writer with { ImageBase = imageBase } };
        return true;
    }
}
