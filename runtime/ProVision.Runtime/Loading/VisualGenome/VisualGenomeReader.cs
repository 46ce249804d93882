using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Validation;

namespace ProVision.Runtime.Loading.VisualGenome;

/// <summary>
/// Reads Visual Genome <c>scene_graphs.json</c>: a list of images with <c>objects</c> (<c>object_id</c>,
/// <c>names</c>, <c>x</c>, <c>y</c>, <c>w</c>, <c>h</c>, <c>attributes</c>) and <c>relationships</c>
/// (<c>subject_id</c>, <c>predicate</c>, <c>object_id</c>). VG's scene graphs carry no image size; it comes
/// from the image's own <c>width</c>/<c>height</c> when present, else from an <c>image_data.json</c> given
/// as another input.
/// </summary>
public sealed class VisualGenomeReader
{
    private readonly string _file;
    private readonly GraphLoadOptions _options;
    private readonly IReadOnlyDictionary<string, (int Width, int Height)> _imageSizes;

    public VisualGenomeReader(string file, GraphLoadOptions options, IReadOnlyDictionary<string, (int Width, int Height)> imageSizes)
    {
        _file = file;
        _options = options;
        _imageSizes = imageSizes;
    }

    public IEnumerable<LoadOutcome> Read()
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var streamer = new JsonEntryStreamer(stream, _file);
        var fast = new VisualGenomeFastParser(_imageSizes);
        var ids = new ImageIdSet();
        while (true)
        {
            JsonEntrySpan? entry;
            DataError? failure = null;
            try { entry = streamer.ReadNextInPlace(); }
            catch (DataErrorException ex) { entry = null; failure = ex.Error; }
            if (failure is not null) { yield return LoadOutcome.Fail(failure); yield break; }
            if (entry is not { } read) yield break;
            // Read before the next entry is streamed: the bytes lie in the streamer's buffer.
            yield return ids.RefuseRepeated(ReadImage(read, fast), _file, read.Index, static index => $"[{index}].image_id");
        }
    }

    // The plain valid entry straight into the model; any other through the document parser, which reports every problem.
    private LoadOutcome ReadImage(JsonEntrySpan entry, VisualGenomeFastParser fast)
    {
        if (!_options.DocumentParserOnly && fast.TryParse(entry.Bytes.Span) is { } graph) return Validated(graph);
        using var document = JsonDocument.Parse(entry.Bytes, JsonEntryStreamer.DocumentOptions);
        return ReadImage(document.RootElement, entry.Index);
    }

    private LoadOutcome Validated(SceneGraph graph) =>
        SceneGraphValidator.Validate(graph, _file, _options, FieldNames.Canonical) is { } error ? LoadOutcome.Fail(error) : LoadOutcome.Ok(graph);

    private LoadOutcome ReadImage(JsonElement value, long index)
    {
        var r = new FieldReader(_file, null);
        string? imageId = null;
        try
        {
            var path = $"[{index}]";
            var image = r.RequireObject(value, path);
            imageId = ImageId(r, image, path);
            r = r.ForImage(imageId);
            var (width, height) = ImageSize(r, image);
            var idToIndex = new Dictionary<long, int>();
            var objects = ImmutableArray.CreateBuilder<SceneObject>();
            if (FieldReader.TryGet(image, "objects", out var list))
            {
                r.RequireArray(list, "objects");
                foreach (var o in list.EnumerateArray())
                {
                    var p = $"objects[{objects.Count}]";
                    r.RequireObject(o, p);
                    var id = (long)r.Number(r.Require(o, "object_id", p), p + ".object_id");
                    if (!idToIndex.TryAdd(id, objects.Count)) throw r.Error(p + ".object_id", $"object id {id} appears twice", "duplicate object");
                    objects.Add(ReadObject(r, o, p));
                }
            }
            return Validated(new SceneGraph(imageId, FieldReader.TryGet(image, "url", out var url) ? r.String(url, "url") : null,
                width, height, objects.ToImmutable(), ReadRelations(r, image, idToIndex)));
        }
        catch (DataErrorException ex) { return LoadOutcome.Fail(ex.Error); }
        catch (InvalidOperationException ex) when (FieldReader.IsNotUtf8(ex)) // a property name
        {
            return LoadOutcome.Fail(new DataError(_file, imageId, $"[{index}]", FieldReader.EncodingProblem(ex)) { Kind = "encoding" });
        }
    }

    public static string ImageId(FieldReader r, JsonElement image, string path)
    {
        var id = FieldReader.TryGet(image, "image_id", out var v) ? v : r.Require(image, "id", path);
        return id.ValueKind == JsonValueKind.Number ? id.GetRawText() : r.String(id, path + ".image_id");
    }

    private (int Width, int Height) ImageSize(FieldReader r, JsonElement image)
    {
        if (FieldReader.TryGet(image, "width", out var w) && FieldReader.TryGet(image, "height", out var h))
            return (r.Int(w, "width"), r.Int(h, "height"));
        if (_imageSizes.TryGetValue(r.ImageId!, out var size)) return size;
        throw r.Error("width", "the image size is missing; VG scene graphs carry none, so also pass VG's image_data.json as an input", "missing field");
    }

    private static SceneObject ReadObject(FieldReader r, JsonElement o, string p)
    {
        string label;
        if (FieldReader.TryGet(o, "names", out var names))
        {
            r.RequireArray(names, p + ".names");
            if (names.GetArrayLength() == 0) throw r.Error(p + ".names", "an object needs at least one name", "label");
            label = r.String(names[0], p + ".names[0]");
        }
        else label = r.String(r.Require(o, "name", p), p + ".name");
        var x = r.Number(r.Require(o, "x", p), p + ".x");
        var y = r.Number(r.Require(o, "y", p), p + ".y");
        var bw = r.Number(r.Require(o, "w", p), p + ".w");
        var bh = r.Number(r.Require(o, "h", p), p + ".h");
        var attributes = ImmutableArray<string>.Empty;
        if (FieldReader.TryGet(o, "attributes", out var list))
            attributes = AttributeNormalizer.Normalize(r.Strings(list, p + ".attributes"));
        return new SceneObject(label.Trim(), new Box(x, y, x + bw, y + bh), null, attributes);
    }

    private static ImmutableArray<Relation> ReadRelations(FieldReader r, JsonElement image, Dictionary<long, int> idToIndex)
    {
        if (!FieldReader.TryGet(image, "relationships", out var list)) return ImmutableArray<Relation>.Empty;
        r.RequireArray(list, "relationships");
        var result = ImmutableArray.CreateBuilder<Relation>();
        var i = 0;
        foreach (var rel in list.EnumerateArray())
        {
            var p = $"relationships[{i++}]";
            r.RequireObject(rel, p);
            var predicate = RelationFilter.NormalizePredicate(r.String(r.Require(rel, "predicate", p), p + ".predicate").ToLowerInvariant());
            var subject = EndpointIndex(r, rel, "subject", p, idToIndex);
            var obj = EndpointIndex(r, rel, "object", p, idToIndex);
            if (!RelationFilter.IsDropped(predicate)) result.Add(new Relation(subject, predicate, obj));
        }
        return result.ToImmutable();
    }

    // VG writes either "subject_id": 5 or "subject": {"object_id": 5, ...}.
    private static int EndpointIndex(FieldReader r, JsonElement rel, string role, string p, Dictionary<long, int> idToIndex)
    {
        long id;
        string field;
        if (FieldReader.TryGet(rel, role + "_id", out var direct)) { field = $"{p}.{role}_id"; id = (long)r.Number(direct, field); }
        else
        {
            var nested = r.RequireObject(r.Require(rel, role, p), $"{p}.{role}");
            field = $"{p}.{role}.object_id";
            id = (long)r.Number(r.Require(nested, "object_id", $"{p}.{role}"), field);
        }
        if (!idToIndex.TryGetValue(id, out var index))
            throw r.Error(field, $"object id {id.ToString(CultureInfo.InvariantCulture)} is not among this image's {idToIndex.Count} objects", "relation index");
        return index;
    }
}
