using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.Canonical;

/// <summary>
/// Reads one canonical graph line with <see cref="Utf8JsonReader"/> straight into the model, without a
/// <see cref="JsonDocument"/> and without formatting a field path per element; labels, attributes and predicates come
/// from a <see cref="Utf8StringPool"/>.
/// </summary>
/// <remarks>
/// Only for lines that are plainly valid. Anything else (a wrong type, a missing or repeated field, a non-finite or
/// non-integral number, text that is not UTF-8, a mask or depth map, malformed JSON) returns null, and the caller
/// parses the line with <see cref="CanonicalGraphParser"/>, which accepts the same lines into the same graph and
/// reports every problem with its located message: one parser decides what is an error and says where.
/// </remarks>
public static class CanonicalGraphFastParser
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

    /// <summary>The graph of <paramref name="line"/>, or null when the line needs the full parser (see remarks).</summary>
    public static SceneGraph? TryParse(ReadOnlySpan<byte> line, Utf8StringPool pool)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(s_options));
        try
        {
            var graph = ReadGraph(ref reader, pool);
            // Anything after the root but white space is malformed: the full parser says so.
            return graph is not null && !reader.Read() ? graph : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // text that is not UTF-8
        }
    }

    private static SceneGraph? ReadGraph(ref Utf8JsonReader reader, Utf8StringPool pool)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        string? imageId = null, image = null, caption = null, source = null;
        int? width = null, height = null;
        ImmutableArray<SceneObject>? objects = null;
        ImmutableArray<Relation>? relations = null;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_graphFields, ref seen, out var field))
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (field)
            {
                case 1 << 0: if (!FastJson.TryString(ref reader, out imageId)) return null; break;
                case 1 << 1: if (!FastJson.TryInt(ref reader, out var w)) return null; width = w; break;
                case 1 << 2: if (!FastJson.TryInt(ref reader, out var h)) return null; height = h; break;
                case 1 << 3: if (!isNull && !FastJson.TryString(ref reader, out image)) return null; break;
                case 1 << 4: if (!isNull && !FastJson.TryString(ref reader, out caption)) return null; break;
                case 1 << 5: if (!isNull && !FastJson.TryString(ref reader, out source)) return null; break;
                case 1 << 6: if (!isNull && (objects = ReadObjects(ref reader, pool)) is null) return null; break;
                case 1 << 7: if (!isNull && (relations = FastJson.ReadIndexRelations(ref reader, pool)) is null) return null; break;
                case 1 << 8: if (!isNull) return null; break; // depth is resolved against files: the full parser
                default: reader.Skip(); break;
            }
        }
        if (!FastJson.AtEnd(ref reader) || imageId is null || width is not { } graphWidth || height is not { } graphHeight) return null;
        return new SceneGraph(imageId, image, graphWidth, graphHeight, objects ?? [], relations ?? [], null, null, caption, source);
    }

    private static ImmutableArray<SceneObject>? ReadObjects(ref Utf8JsonReader reader, Utf8StringPool pool)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var objects = ImmutableArray.CreateBuilder<SceneObject>();
        var attributes = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) return null;
            string? label = null;
            Box? box = null;
            double? score = null;
            var hasAttributes = false;
            var seen = 0;
            attributes.Clear();
            while (FastJson.NextField(ref reader, s_objectFields, ref seen, out var field))
            {
                var isNull = reader.TokenType == JsonTokenType.Null;
                switch (field)
                {
                    case LabelField: if (isNull || reader.TokenType != JsonTokenType.String) return null; label = pool.Get(ref reader); break;
                    case BoxField: if ((box = ReadBox(ref reader)) is null) return null; break;
                    case ScoreField: if (!isNull) { if (!FastJson.TryNumber(ref reader, out var s)) return null; score = s; } break;
                    case AttributesField: if (!isNull && !FastJson.ReadStrings(ref reader, pool, attributes)) return null; hasAttributes = !isNull; break;
                    case MaskField: if (!isNull) return null; break; // masks: the full parser
                    default: reader.Skip(); break;
                }
            }
            if (!FastJson.AtEnd(ref reader) || label is null || box is not { } objectBox) return null;
            objects.Add(new SceneObject(label, objectBox, score, hasAttributes ? AttributeNormalizer.Normalize(attributes) : ImmutableArray<string>.Empty));
        }
        return objects.ToImmutable();
    }

    private static Box? ReadBox(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        Span<double> values = stackalloc double[4];
        var n = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (n == 4 || !FastJson.TryNumber(ref reader, out values[n])) return null;
            n++;
        }
        return n == 4 ? new Box(values[0], values[1], values[2], values[3]) : null;
    }

    private const int LabelField = 1, BoxField = 2, ScoreField = 4, AttributesField = 8, MaskField = 16;

    // Field names, in bit order: field i is bit 1 << i.
    private static readonly byte[][] s_graphFields = FastJson.Names("image_id", "width", "height", "image", "caption", "source", "objects", "relations", "depth");
    private static readonly byte[][] s_objectFields = FastJson.Names("label", "box", "score", "attributes", "mask");
}
