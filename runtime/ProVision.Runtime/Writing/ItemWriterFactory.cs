using System.Collections.Immutable;

namespace ProVision.Runtime.Writing;

/// <summary>Creates an item writer from a format name, as given on the command line or in a config file.</summary>
public static class ItemWriterFactory
{
    /// <summary>Canonical JSON Lines (<see cref="JsonLinesItemWriter"/>).</summary>
    public const string JsonLines = "jsonl";

    /// <summary>LLaVA conversations as one JSON array (<see cref="LlavaItemWriter"/>).</summary>
    public const string Llava = "llava";

    /// <summary>LLaVA conversations, one per line (<see cref="LlavaItemWriter"/>).</summary>
    public const string LlavaJsonLines = "llava-jsonl";

    /// <summary>Parquet (<see cref="ParquetItemWriter"/>) with the default row-group size.</summary>
    public const string Parquet = "parquet";

    /// <summary>The valid format names, in the order they are listed to users.</summary>
    public static ImmutableArray<string> Formats { get; } = [JsonLines, Llava, LlavaJsonLines, Parquet];

    /// <summary>Opens a writer of <paramref name="format"/> for <paramref name="path"/>.</summary>
    /// <param name="format">One of <see cref="Formats"/>; matched exactly (names are lower case).</param>
    /// <param name="path">The final output path; it appears only when the writer completes.</param>
    /// <exception cref="ArgumentException">The format is unknown; the message lists the valid names.</exception>
    public static IItemSink Create(string format, string path)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Checked before any writer exists, so an unknown format never creates a temporary file.
        return format switch
        {
            JsonLines => new JsonLinesItemWriter(path),
            Llava => new LlavaItemWriter(path, LlavaLayout.JsonArray),
            LlavaJsonLines => new LlavaItemWriter(path, LlavaLayout.JsonLines),
            Parquet => new ParquetItemWriter(path),
            _ => throw new ArgumentException(
                $"Unknown output format '{format}'. Valid formats: {string.Join(", ", Formats)}.", nameof(format)),
        };
    }
}
