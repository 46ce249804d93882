using System.Text.Json;

namespace ProVision.Runtime.Loading;

/// <summary>The scene-graph formats the loaders understand.</summary>
public enum InputFormat
{
    /// <summary>Our JSON Lines form, one graph per line.</summary>
    Canonical,

    /// <summary>The reference engine's <c>image_id -> {data_path, annotation, source}</c> files, merged by image id.</summary>
    ProVision,

    /// <summary>Visual Genome <c>scene_graphs.json</c>.</summary>
    VisualGenome,

    /// <summary>Visual Genome <c>image_data.json</c> (image sizes for the scene graphs).</summary>
    VisualGenomeImageData,

    /// <summary>COCO instances.</summary>
    Coco,
}

/// <summary>Tells an input's format from its extension and its first bytes, without parsing it whole.</summary>
public static class InputFormatDetector
{
    private static readonly HashSet<string> s_cocoKeys = ["images", "annotations", "categories", "info", "licenses"];

    public static InputFormat Detect(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Canonical;

        var head = new byte[1 << 16];
        int length;
        using (var stream = File.OpenRead(path)) length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head.AsSpan(0, length).Trim(" \t\r\n"u8).IsEmpty)
            throw new DataErrorException(new DataError(path, null, null, "the file is empty") { Kind = "empty file" });
        var reader = new Utf8JsonReader(head.AsSpan(0, length), isFinalBlock: length < head.Length, default);
        try
        {
            if (!reader.Read())
                throw new DataErrorException(new DataError(path, null, null, length == 0 ? "the file is empty" : "no JSON value found") { Kind = "empty file" });
            if (reader.TokenType == JsonTokenType.StartArray) return DetectList(path);
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new DataErrorException(new DataError(path, null, null, "expected a JSON object or list at the top level") { Kind = "json" });
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName) return InputFormat.ProVision;
            // Compared as bytes: a key that is not UTF-8 is no COCO key (the reader then reports it, located).
            foreach (var key in s_cocoKeys)
                if (reader.ValueTextEquals(key)) return InputFormat.Coco;
            return InputFormat.ProVision;
        }
        catch (JsonException ex)
        {
            throw new DataErrorException(new DataError(path, null, null, $"malformed JSON ({Json.JsonErrorText.Describe(ex)})") { Kind = "json" });
        }
    }

    private static InputFormat DetectList(string path)
    {
        using var stream = File.OpenRead(path);
        var first = new Json.JsonEntryStreamer(stream, path).ReadNext();
        if (first is null) return InputFormat.VisualGenome;
        using (first)
            return VisualGenome.VisualGenomeImageSizes.LooksLikeImageData(first.Value) ? InputFormat.VisualGenomeImageData : InputFormat.VisualGenome;
    }
}
