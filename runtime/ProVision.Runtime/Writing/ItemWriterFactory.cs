using System.Collections.Immutable;
using ProVision.Runtime.Writing.Chat;
using ProVision.Runtime.Writing.Images;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Writing;

/// <summary>Creates an item writer from a format name (or the output's extension), as given on the command line or in a config file.</summary>
public static class ItemWriterFactory
{
    /// <summary>Canonical JSON Lines (<see cref="JsonLinesItemWriter"/>).</summary>
    public const string JsonLines = "jsonl";

    /// <summary>LLaVA conversations as one JSON array (<see cref="LlavaItemWriter"/>).</summary>
    public const string Llava = "llava";

    /// <summary>LLaVA conversations, one per line (<see cref="LlavaItemWriter"/>).</summary>
    public const string LlavaJsonLines = "llava-jsonl";

    /// <summary>OpenAI/Hugging Face chat messages, one per line (<see cref="MessagesItemWriter"/>).</summary>
    public const string Messages = "messages";

    /// <summary>Parquet for Hugging Face <c>datasets</c> (<see cref="ParquetItemWriter"/>).</summary>
    public const string Parquet = "parquet";

    /// <summary>The valid format names, in the order they are listed to users.</summary>
    public static ImmutableArray<string> Formats { get; } = [JsonLines, Llava, LlavaJsonLines, Messages, Parquet];

    // The extensions that name a format, and the formats each one fits (the first is the one it implies).
    private static readonly (string Extension, string[] Formats)[] s_extensions =
    [
        (".jsonl", [JsonLines, LlavaJsonLines, Messages]),
        (".json", [Llava]),
        (".parquet", [Parquet]),
    ];

    /// <summary>
    /// The format to write <paramref name="path"/> in: <paramref name="format"/> when given, else the one its extension
    /// names (.jsonl: jsonl, .json: llava, .parquet: parquet), else jsonl. A shard's name keeps the extension.
    /// </summary>
    /// <exception cref="ArgumentException">The format is unknown, or the extension names another one (e.g. <c>--format jsonl</c> with <c>items.parquet</c>).</exception>
    public static string ResolveFormat(string? format, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (format is not null && !Formats.Contains(format))
            throw new ArgumentException($"unknown output format '{format}'; valid formats: {string.Join(", ", Formats)}", nameof(format));
        var extension = Path.GetExtension(path).ToLowerInvariant();
        string[]? fits = null;
        foreach (var (known, formats) in s_extensions)
        {
            if (known == extension) fits ??= formats; // a loop: LINQ over the tuples is jitted at every start
        }
        if (fits is null) return format ?? JsonLines;
        if (format is null) return fits[0];
        if (fits.Contains(format)) return format;
        var expected = s_extensions.First(e => e.Formats.Contains(format)).Extension;
        throw new ArgumentException($"--format {format} writes {expected} files, but --out {path} ends in {extension} (which means --format {fits[0]}); change one of them", nameof(format));
    }

    /// <summary>Opens a writer of <paramref name="format"/> for <paramref name="path"/>.</summary>
    /// <param name="format">One of <see cref="Formats"/>; matched exactly (names are lower case).</param>
    /// <param name="path">The final output path; it appears only when the writer completes.</param>
    /// <param name="options">Image paths, embedding and the Parquet conversation column; default: paths as the graphs give them.</param>
    /// <exception cref="ArgumentException">The format is unknown; the message lists the valid names.</exception>
    public static IItemSink Create(string format, string path, ItemWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new ItemWriterOptions();
        if (options.EmbedImages && format != Parquet)
            throw new ArgumentException($"--embed-images needs --format parquet (the {format} format holds image paths only)", nameof(options));
        // Checked before any writer exists, so an unknown format never creates a temporary file.
        IItemSink sink = format switch
        {
            JsonLines => new JsonLinesItemWriter(path),
            Llava => new LlavaItemWriter(path, LlavaLayout.JsonArray),
            LlavaJsonLines => new LlavaItemWriter(path, LlavaLayout.JsonLines),
            Messages => new MessagesItemWriter(path),
            Parquet => new ParquetItemWriter(path, new ParquetLayout(options.Chat, options.EmbedImages), options.ImageRoot ?? options.ImageBase),
            _ => throw new ArgumentException(
                $"Unknown output format '{format}'. Valid formats: {string.Join(", ", Formats)}.", nameof(format)),
        };
        return options.ImageRoot is { } root ? new RelativeImagePaths(sink, options.ImageBase, root) : sink;
    }
}
