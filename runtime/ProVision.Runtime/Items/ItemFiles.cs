using System.Text.Json;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Items;

/// <summary>What kind of item file a path holds (as <c>generate</c> writes them; docs/formats.md, "Outputs").</summary>
public enum ItemFileKind
{
    /// <summary>Canonical JSON Lines: every field of the item.</summary>
    JsonLines,

    /// <summary>LLaVA conversations, one JSON array.</summary>
    LlavaArray,

    /// <summary>LLaVA conversations, one per line.</summary>
    LlavaLines,

    /// <summary>Chat messages, one per line.</summary>
    Messages,

    /// <summary>Parquet: every field of the item, typed.</summary>
    Parquet,
}

/// <summary>
/// Reads item files back for <c>report</c>, <c>inspect</c> and the dataset card of <c>merge</c>: the kind of a file,
/// its items (the formats that keep every field: JSON Lines and Parquet), and its item counts per generator (every
/// format: an id is <c>draw/generator/n</c>).
/// </summary>
public static class ItemFiles
{
    /// <summary>The kind of <paramref name="path"/>: Parquet by its magic bytes, else by its first record's shape.</summary>
    /// <exception cref="ItemFormatException">The file is none of the item formats.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ItemFileKind KindOf(string path)
    {
        using var stream = File.OpenRead(path);
        var magic = new byte[4];
        if (stream.Read(magic) == 4 && magic.AsSpan().SequenceEqual("PAR1"u8)) return ItemFileKind.Parquet;
        stream.Position = 0;
        using var reader = new StreamReader(stream);
        var first = ReadBoundedLine(reader, path, 1);
        while (first is not null && first.Trim().Length == 0) first = ReadBoundedLine(reader, path, 1);
        if (first is null) return ItemFileKind.JsonLines; // an empty file: no items of any format
        if (first.Trim() == "[" || first.Trim() == "[]") return ItemFileKind.LlavaArray;
        try
        {
            using var document = JsonDocument.Parse(first);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("generator", out _)) return ItemFileKind.JsonLines;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("conversations", out _)) return ItemFileKind.LlavaLines;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("messages", out _)) return ItemFileKind.Messages;
        }
        catch (JsonException)
        {
        }
        throw new ItemFormatException(path, 1, "(record)", "not an item file written by `provision generate` (JSON Lines, LLaVA, chat messages or Parquet)");
    }

    /// <summary>The items of a JSON Lines or Parquet file, in order, streamed.</summary>
    /// <exception cref="ItemFormatException">The file is of another kind (those do not keep every field), or a record is bad.</exception>
    /// <exception cref="InvalidDataException">A Parquet file is not an item file.</exception>
    public static IEnumerable<GeneratedItem> ReadItems(string path)
    {
        var kind = KindOf(path);
        return kind switch
        {
            ItemFileKind.Parquet => ParquetItemReader.ReadItems(path),
            ItemFileKind.JsonLines => ReadJsonLines(path),
            _ => throw new ItemFormatException(path, 1, "(record)",
                $"a {Describe(kind)} file keeps only ids, images and the conversation; give the JSON Lines (--format jsonl) or Parquet output"),
        };
    }

    /// <summary>Items per generator, in first-seen order, from the ids of any item file.</summary>
    /// <exception cref="ItemFormatException">The file is not an item file, or an id does not read as draw/generator/n.</exception>
    public static IReadOnlyList<KeyValuePair<string, long>> CountByGenerator(string path)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (id, line) in Ids(path))
        {
            var parts = id.Split('/');
            if (parts.Length < 3 || parts[^2].Length == 0) throw new ItemFormatException(path, line, "id", $"'{id}' does not read as <draw>/<generator>/<n>");
            if (!counts.TryGetValue(parts[^2], out var n)) order.Add(parts[^2]);
            counts[parts[^2]] = n + 1;
        }
        return [.. order.Select(g => KeyValuePair.Create(g, counts[g]))];
    }

    private static string Describe(ItemFileKind kind) => kind switch
    {
        ItemFileKind.LlavaArray => "LLaVA JSON",
        ItemFileKind.LlavaLines => "LLaVA JSON Lines",
        ItemFileKind.Messages => "chat messages",
        _ => kind.ToString(),
    };

    private static IEnumerable<(string Id, long Line)> Ids(string path)
    {
        var kind = KindOf(path);
        if (kind == ItemFileKind.Parquet)
        {
            long row = 0;
            foreach (var item in ParquetItemReader.ReadItems(path)) yield return (item.Id, ++row);
            yield break;
        }
        foreach (var (text, line) in Lines(path))
        {
            var record = kind == ItemFileKind.LlavaArray ? text.Trim().TrimEnd(',') : text;
            if (kind == ItemFileKind.LlavaArray && record is "[" or "]" or "[]") continue;
            string? id = null;
            try
            {
                using var document = JsonDocument.Parse(record);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String)
                    id = value.GetString();
            }
            catch (JsonException e)
            {
                throw new ItemFormatException(path, line, "(record)", $"not valid JSON: {e.Message}", e);
            }
            yield return (id ?? throw new ItemFormatException(path, line, "id", "missing or not a string"), line);
        }
    }

    private static IEnumerable<GeneratedItem> ReadJsonLines(string path)
    {
        foreach (var (text, line) in Lines(path)) yield return GeneratedItemJson.Parse(text, path, line);
    }

    /// <summary>The non-blank lines with their numbers; a line longer than <see cref="MaxLineChars"/> is an error, not a memory blow-up.</summary>
    private static IEnumerable<(string Text, long Line)> Lines(string path)
    {
        using var reader = new StreamReader(path);
        long number = 0;
        while (ReadBoundedLine(reader, path, ++number) is { } line)
        {
            if (line.Trim().Length > 0) yield return (line, number);
        }
    }

    /// <summary>Longest record line read (16 Mi characters): far above any item, far below the memory of a machine.</summary>
    public const int MaxLineChars = 16 << 20;

    private static string? ReadBoundedLine(StreamReader reader, string path, long number)
    {
        var builder = new System.Text.StringBuilder();
        int c;
        var any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (builder.Length >= MaxLineChars) throw new ItemFormatException(path, number, "(record)", $"line longer than {MaxLineChars:N0} characters");
            builder.Append((char)c);
        }
        if (!any) return null;
        if (builder.Length > 0 && builder[^1] == '\r') builder.Length--;
        return builder.ToString();
    }
}
