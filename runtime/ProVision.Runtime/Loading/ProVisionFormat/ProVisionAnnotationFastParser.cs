using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.ProVisionFormat;

/// <summary>
/// Reads one image's reference-format entries (one per file, merged in file order: a later file wins a key of
/// <c>annotation</c>, as in <see cref="MergedAnnotation"/>) with <see cref="Utf8JsonReader"/> straight into the model,
/// without a <see cref="JsonDocument"/> and without formatting a field path per element; labels, attributes and
/// predicates come from a <see cref="Utf8StringPool"/>.
/// </summary>
/// <remarks>
/// Only for entries that are plainly valid. Anything else (a wrong type, a repeated key, a non-finite or non-integral
/// number, lists of different lengths, a mask or depth file to resolve, text that is not UTF-8) returns null, and the
/// caller merges the entries into a <see cref="MergedAnnotation"/> for <see cref="ProVisionAnnotationParser"/>, which
/// accepts the same entries into the same graph and reports every problem located. Not thread-safe: one per reader.
/// </remarks>
public sealed class ProVisionAnnotationFastParser
{
    private readonly Utf8StringPool _pool = new();
    private readonly List<string> _strings = [];
    private Merged _merged;

    // The merged keys: a later file's value (null included, which reads as absent) replaces an earlier one's.
    private struct Merged
    {
        public int? Width, Height;
        public List<string>? Labels;
        public List<Box>? Boxes;
        public List<double>? Scores;
        public List<ImmutableArray<string>>? Attributes;
        public ImmutableArray<Relation>? Relations;
        public string? Caption, DataPath, Source;
    }

    /// <summary>The graph of <paramref name="entries"/> (the image's entries in file order), or null when they need the document parser.</summary>
    public SceneGraph? TryParse(string imageId, IEnumerable<JsonEntry> entries)
    {
        _merged = default;
        try
        {
            foreach (var entry in entries)
            {
                var reader = new Utf8JsonReader(entry.Bytes.Span, isFinalBlock: true, new JsonReaderState(JsonEntryStreamer.ReaderOptions));
                if (!ReadEntry(ref reader) || reader.Read()) return null;
            }
        }
        catch (JsonException) { return null; }
        catch (InvalidOperationException) { return null; } // text that is not UTF-8
        return Build(imageId);
    }

    // {"data_path", "annotation", "source"}: data_path and source from the first file that has them.
    private bool ReadEntry(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        string? text = null;
        while (FastJson.NextField(ref reader, s_entryFields, ref seen, out var field))
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (field)
            {
                case 1 << 0: if (!isNull && !FastJson.TryString(ref reader, out text)) return false; _merged.DataPath ??= text; break;
                case 1 << 1: if (!isNull && !FastJson.TryString(ref reader, out text)) return false; _merged.Source ??= text; break;
                case 1 << 2: if (isNull || !ReadAnnotation(ref reader)) return false; break;
                default: reader.Skip(); break;
            }
            text = null;
        }
        return FastJson.AtEnd(ref reader) && (seen & (1 << 2)) != 0;
    }

    private bool ReadAnnotation(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_annotationFields, ref seen, out var field, namesDecode: true))
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (field)
            {
                case 1 << 0: _merged.Width = isNull ? null : FastJson.TryInt(ref reader, out var w) ? w : null; if (!isNull && _merged.Width is null) return false; break;
                case 1 << 1: _merged.Height = isNull ? null : FastJson.TryInt(ref reader, out var h) ? h : null; if (!isNull && _merged.Height is null) return false; break;
                case 1 << 2: _merged.Labels = isNull ? null : ReadLabels(ref reader); if (!isNull && _merged.Labels is null) return false; break;
                case 1 << 3: _merged.Boxes = isNull ? null : ReadBoxes(ref reader); if (!isNull && _merged.Boxes is null) return false; break;
                case 1 << 4: _merged.Scores = isNull ? null : ReadScores(ref reader); if (!isNull && _merged.Scores is null) return false; break;
                case 1 << 5: _merged.Attributes = isNull ? null : ReadAttributes(ref reader); if (!isNull && _merged.Attributes is null) return false; break;
                case 1 << 6: _merged.Relations = isNull ? null : FastJson.ReadIndexRelations(ref reader, _pool); if (!isNull && _merged.Relations is null) return false; break;
                case 1 << 7: _merged.Caption = null; if (!isNull && !FastJson.TryString(ref reader, out _merged.Caption)) return false; break;
                case 1 << 8 or 1 << 9: if (!isNull) return false; break; // mask and depth files are resolved by the document parser
                default: reader.Skip(); break;
            }
        }
        return FastJson.AtEnd(ref reader);
    }

    private List<string>? ReadLabels(ref Utf8JsonReader reader)
    {
        var labels = new List<string>();
        return FastJson.ReadStrings(ref reader, _pool, labels) ? labels : null;
    }

    private static List<Box>? ReadBoxes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var boxes = new List<Box>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!FastJson.TryBox(ref reader, out var x1, out var y1, out var x2, out var y2)) return null;
            boxes.Add(new Box(x1, y1, x2, y2));
        }
        return boxes;
    }

    private static List<double>? ReadScores(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var scores = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!FastJson.TryNumber(ref reader, out var score)) return null;
            scores.Add(score);
        }
        return scores;
    }

    private List<ImmutableArray<string>>? ReadAttributes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var attributes = new List<ImmutableArray<string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _strings.Clear();
            if (!FastJson.ReadStrings(ref reader, _pool, _strings)) return null;
            attributes.Add(AttributeNormalizer.Normalize(_strings));
        }
        return attributes;
    }

    // The parallel lists' rules of ProVisionAnnotationParser.Parse: any mismatch is for it to report.
    private SceneGraph? Build(string imageId)
    {
        var m = _merged;
        if (m.Width is not { } width || m.Height is not { } height) return null;
        var count = m.Labels?.Count ?? m.Boxes?.Count ?? 0;
        if ((m.Labels is null) != (m.Boxes is null) && count > 0) return null;
        if ((m.Boxes?.Count ?? count) != count || (m.Scores?.Count ?? count) != count || (m.Attributes?.Count ?? count) != count) return null;
        var objects = ImmutableArray.CreateBuilder<SceneObject>(count);
        for (var i = 0; i < count; i++)
            objects.Add(new SceneObject(m.Labels![i], m.Boxes![i], m.Scores?[i], m.Attributes?[i] ?? []));
        return new SceneGraph(imageId, m.DataPath, width, height, objects.MoveToImmutable(), m.Relations ?? [], null, null, m.Caption, m.Source);
    }

    // Field names, in bit order: field i is bit 1 << i.
    private static readonly byte[][] s_entryFields = FastJson.Names("data_path", "source", "annotation");
    private static readonly byte[][] s_annotationFields = FastJson.Names(
        "width", "height", "labels", "bboxes", "det_scores", "attributes", "relations", "caption", "seg_mask_id", "depth_mask_id");
}
