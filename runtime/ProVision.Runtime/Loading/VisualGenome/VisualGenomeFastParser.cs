using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.VisualGenome;

/// <summary>
/// Reads one Visual Genome image entry with <see cref="Utf8JsonReader"/> straight into the model, without a
/// <see cref="JsonDocument"/> and without formatting a field path per object; labels, attributes and predicates come
/// from a <see cref="Utf8StringPool"/>.
/// </summary>
/// <remarks>
/// Only for entries that are plainly valid. Anything else (a wrong type, a missing or repeated field, a non-finite
/// number, an id that is not an integer within 2^53, a relation naming an unknown object, text that is not UTF-8)
/// returns null, and the caller parses the entry with the document parser of <see cref="VisualGenomeReader"/>, which
/// accepts the same entries into the same graph and reports every problem located. Not thread-safe: one per reader.
/// </remarks>
public sealed class VisualGenomeFastParser(IReadOnlyDictionary<string, (int Width, int Height)> imageSizes)
{
    private readonly Utf8StringPool _pool = new();
    private readonly Dictionary<long, int> _indexOfId = [];
    private readonly List<(long Subject, string Predicate, long Object)> _relations = [];
    private readonly List<string> _attributes = [];

    /// <summary>The graph of <paramref name="entry"/> (one item of the top-level list), or null when it needs the document parser.</summary>
    public SceneGraph? TryParse(ReadOnlySpan<byte> entry)
    {
        var reader = new Utf8JsonReader(entry, isFinalBlock: true, new JsonReaderState(JsonEntryStreamer.ReaderOptions));
        _indexOfId.Clear();
        _relations.Clear();
        try
        {
            var graph = ReadImage(ref reader);
            return graph is not null && !reader.Read() ? graph : null;
        }
        catch (JsonException) { return null; }
        catch (InvalidOperationException) { return null; } // text that is not UTF-8
    }

    private SceneGraph? ReadImage(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        string? imageId = null, id = null, url = null;
        int? width = null, height = null;
        ImmutableArray<SceneObject> objects = [];
        var seen = 0;
        while (FastJson.NextField(ref reader, s_imageFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) continue; // null reads as absent
            switch (field)
            {
                case 1 << 0: if ((imageId = IdText(ref reader)) is null) return null; break;
                case 1 << 1: if ((id = IdText(ref reader)) is null) return null; break;
                case 1 << 2: if (!FastJson.TryInt(ref reader, out var w)) return null; width = w; break;
                case 1 << 3: if (!FastJson.TryInt(ref reader, out var h)) return null; height = h; break;
                case 1 << 4: if (!FastJson.TryString(ref reader, out url)) return null; break;
                case 1 << 5: if (ReadObjects(ref reader) is not { } read) return null; objects = read; break;
                case 1 << 6: if (!ReadRelations(ref reader)) return null; break;
                default: reader.Skip(); break;
            }
        }
        if (!FastJson.AtEnd(ref reader) || (imageId ?? id) is not { } graphId) return null;
        // Both sizes from the image, or else both from image_data.json (what the document parser does).
        if (width is null || height is null)
        {
            if (!imageSizes.TryGetValue(graphId, out var size)) return null;
            (width, height) = size;
        }
        return ResolveRelations() is { } relations ? new SceneGraph(graphId, url, width.Value, height.Value, objects, relations) : null;
    }

    // VG's ids are numbers (kept as written) or strings.
    private static string? IdText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => null,
    };

    private ImmutableArray<SceneObject>? ReadObjects(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var objects = ImmutableArray.CreateBuilder<SceneObject>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadObject(ref reader) is not { } read || !_indexOfId.TryAdd(read.Id, objects.Count)) return null;
            objects.Add(read.Object);
        }
        return objects.ToImmutable();
    }

    private (long Id, SceneObject Object)? ReadObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        long? id = null;
        string? firstName = null, name = null;
        double? x = null, y = null, w = null, h = null;
        var hasAttributes = false;
        var seen = 0;
        _attributes.Clear();
        while (FastJson.NextField(ref reader, s_objectFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) continue;
            double number;
            switch (field)
            {
                case 1 << 0: if (!FastJson.TryId(ref reader, out var objectId)) return null; id = objectId; break;
                case 1 << 1: if ((firstName = FirstName(ref reader)) is null) return null; break;
                case 1 << 2: if (reader.TokenType != JsonTokenType.String) return null; name = _pool.Get(ref reader); break;
                case 1 << 3: if (!FastJson.TryNumber(ref reader, out number)) return null; x = number; break;
                case 1 << 4: if (!FastJson.TryNumber(ref reader, out number)) return null; y = number; break;
                case 1 << 5: if (!FastJson.TryNumber(ref reader, out number)) return null; w = number; break;
                case 1 << 6: if (!FastJson.TryNumber(ref reader, out number)) return null; h = number; break;
                case 1 << 7: if (!FastJson.ReadStrings(ref reader, _pool, _attributes)) return null; hasAttributes = true; break;
                default: reader.Skip(); break;
            }
        }
        var label = firstName ?? name;
        if (!FastJson.AtEnd(ref reader) || id is null || label is null || x is null || y is null || w is null || h is null) return null;
        var box = new Box(x.Value, y.Value, x.Value + w.Value, y.Value + h.Value);
        return (id.Value, new SceneObject(label.Trim(), box, null, hasAttributes ? AttributeNormalizer.Normalize(_attributes) : []));
    }

    // "names": the first is the label; the others are not read (nor checked) by the document parser either.
    private string? FirstName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.String) return null;
        var first = _pool.Get(ref reader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) reader.Skip();
        return first;
    }

    private bool ReadRelations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) return false;
            string? predicate = null;
            long? subjectId = null, objectId = null, nestedSubject = null, nestedObject = null;
            var seen = 0;
            while (FastJson.NextField(ref reader, s_relationFields, ref seen, out var field))
            {
                if (reader.TokenType == JsonTokenType.Null && field != 0) continue;
                long endpoint;
                switch (field)
                {
                    case 1 << 0: if (reader.TokenType != JsonTokenType.String) return false; predicate = _pool.Get(ref reader); break;
                    case 1 << 1: if (!FastJson.TryId(ref reader, out endpoint)) return false; subjectId = endpoint; break;
                    case 1 << 2: if (!FastJson.TryId(ref reader, out endpoint)) return false; objectId = endpoint; break;
                    case 1 << 3: if ((nestedSubject = NestedId(ref reader)) is null) return false; break;
                    case 1 << 4: if ((nestedObject = NestedId(ref reader)) is null) return false; break;
                    default: reader.Skip(); break;
                }
            }
            // The direct id wins over the nested object, as in the document parser.
            if (!FastJson.AtEnd(ref reader) || predicate is null || (subjectId ?? nestedSubject) is not { } subject || (objectId ?? nestedObject) is not { } obj) return false;
            _relations.Add((subject, predicate, obj));
        }
        return true;
    }

    // {"object_id": 5, ...}: VG repeats the object's name and box beside its id; only the id is read.
    private static long? NestedId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        long? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("object_id"u8);
            reader.Read();
            if (!isId) reader.Skip();
            else if (id is not null || !FastJson.TryId(ref reader, out var value)) return null;
            else id = value;
        }
        return id;
    }

    // Relations may come before the objects they name, so they are resolved once the image is read.
    private ImmutableArray<Relation>? ResolveRelations()
    {
        var relations = ImmutableArray.CreateBuilder<Relation>(_relations.Count);
        foreach (var (subjectId, rawPredicate, objectId) in _relations)
        {
            if (!_indexOfId.TryGetValue(subjectId, out var subject) || !_indexOfId.TryGetValue(objectId, out var obj)) return null;
            var predicate = RelationFilter.NormalizePredicate(rawPredicate.ToLowerInvariant());
            if (!RelationFilter.IsDropped(predicate)) relations.Add(new Relation(subject, predicate, obj));
        }
        return relations.DrainToImmutable();
    }

    // Field names, in bit order: field i is bit 1 << i.
    private static readonly byte[][] s_imageFields = FastJson.Names("image_id", "id", "width", "height", "url", "objects", "relationships");
    private static readonly byte[][] s_objectFields = FastJson.Names("object_id", "names", "name", "x", "y", "w", "h", "attributes");
    private static readonly byte[][] s_relationFields = FastJson.Names("predicate", "subject_id", "object_id", "subject", "object");
}
