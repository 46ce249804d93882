using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.ProVisionFormat;

/// <summary>
/// Turns one merged reference-format entry into a <see cref="SceneGraph"/>. Parallel lists
/// (labels, bboxes, det_scores, attributes) must have equal lengths; masks and depth are resolved
/// to files but not decoded.
/// </summary>
public static class ProVisionAnnotationParser
{
    private const string Prefix = "annotation.";

    public static SceneGraph Parse(MergedAnnotation entry, string folder, GraphLoadOptions options)
    {
        var width = RequireInt(entry, "width");
        var height = RequireInt(entry, "height");
        var labels = ReadList(entry, "labels", (r, e, p) => r.String(e, p));
        var boxes = ReadList(entry, "bboxes", ReadBox);
        var scores = ReadList(entry, "det_scores", (r, e, p) => r.Number(e, p));
        var attributes = ReadList(entry, "attributes", ReadAttributes);

        var count = labels?.Count ?? boxes?.Count ?? 0;
        CheckParallel(entry, "labels", labels?.Count, "bboxes", boxes?.Count);
        CheckParallel(entry, "labels", count, "det_scores", scores?.Count);
        CheckParallel(entry, "labels", count, "attributes", attributes?.Count);
        if (count > 0 && labels is null) throw FieldError(entry, "labels", $"missing, but bboxes has {count} entries");
        if (count > 0 && boxes is null) throw FieldError(entry, "bboxes", $"missing, but labels has {count} entries");

        var objects = ImmutableArray.CreateBuilder<SceneObject>(count);
        for (var i = 0; i < count; i++)
            objects.Add(new SceneObject(labels![i], boxes![i], scores?[i], attributes?[i] ?? ImmutableArray<string>.Empty));

        return new SceneGraph(
            entry.ImageId,
            entry.DataPath,
            width,
            height,
            objects.MoveToImmutable(),
            ReadRelations(entry),
            ResolveMasks(entry, folder, options, count),
            ResolveDepth(entry, folder, options),
            entry.TryGet("caption", out var caption, out var captionFile) ? new FieldReader(captionFile, entry.ImageId).String(caption, Prefix + "caption") : null,
            entry.Source);
    }

    private static int RequireInt(MergedAnnotation entry, string key)
    {
        if (!entry.TryGet(key, out var value, out var file)) throw FieldError(entry, key, "required field is missing", "missing field");
        return new FieldReader(file, entry.ImageId).Int(value, Prefix + key);
    }

    private static List<T>? ReadList<T>(MergedAnnotation entry, string key, Func<FieldReader, JsonElement, string, T> read)
    {
        if (!entry.TryGet(key, out var value, out var file)) return null;
        var reader = new FieldReader(file, entry.ImageId);
        reader.RequireArray(value, Prefix + key);
        var list = new List<T>(value.GetArrayLength());
        var i = 0;
        foreach (var item in value.EnumerateArray()) list.Add(read(reader, item, $"{Prefix}{key}[{i++}]"));
        return list;
    }

    private static Box ReadBox(FieldReader reader, JsonElement element, string path)
    {
        reader.RequireArray(element, path);
        if (element.GetArrayLength() != 4) throw reader.Error(path, $"a box needs 4 numbers [x1, y1, x2, y2], found {element.GetArrayLength()}", "box");
        return new Box(reader.Number(element[0], path + "[0]"), reader.Number(element[1], path + "[1]"),
                       reader.Number(element[2], path + "[2]"), reader.Number(element[3], path + "[3]"));
    }

    private static ImmutableArray<string> ReadAttributes(FieldReader reader, JsonElement element, string path) =>
        AttributeNormalizer.Normalize(reader.Strings(element, path));

    private static ImmutableArray<Relation> ReadRelations(MergedAnnotation entry)
    {
        if (!entry.TryGet("relations", out var value, out var file)) return ImmutableArray<Relation>.Empty;
        var reader = new FieldReader(file, entry.ImageId);
        reader.RequireArray(value, Prefix + "relations");
        var result = ImmutableArray.CreateBuilder<Relation>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{Prefix}relations[{i++}]";
            reader.RequireArray(item, path);
            if (item.GetArrayLength() != 3) throw reader.Error(path, $"a relation is [subject_index, predicate, object_index], found {item.GetArrayLength()} elements", "relation");
            var predicate = RelationFilter.NormalizePredicate(reader.String(item[1], path + "[1]"));
            var relation = new Relation(reader.Int(item[0], path + "[0]"), predicate, reader.Int(item[2], path + "[2]"));
            if (!RelationFilter.IsDropped(predicate)) result.Add(relation);
        }
        return result.ToImmutable();
    }

    private static MaskSet? ResolveMasks(MergedAnnotation entry, string folder, GraphLoadOptions options, int count)
    {
        if (!entry.TryGet("seg_mask_id", out var value, out var file)) return null;
        var id = new FieldReader(file, entry.ImageId).String(value, Prefix + "seg_mask_id");
        var found = ReferencedFileResolver.ResolveMask(id, options.MaskDirectory ?? folder, options);
        var path = found.Path ?? throw new FieldReader(file, entry.ImageId).Error(Prefix + "seg_mask_id", found.Problem!, found.Kind);
        return new FileMaskSet(path, count, options.Cache);
    }

    private static DepthSource? ResolveDepth(MergedAnnotation entry, string folder, GraphLoadOptions options)
    {
        if (!entry.TryGet("depth_mask_id", out var value, out var file)) return null;
        var id = new FieldReader(file, entry.ImageId).String(value, Prefix + "depth_mask_id");
        var found = ReferencedFileResolver.ResolveDepth(id, options.DepthDirectory ?? folder, options);
        var path = found.Path ?? throw new FieldReader(file, entry.ImageId).Error(Prefix + "depth_mask_id", found.Problem!, found.Kind);
        // The format declares neither convention nor range: the convention comes from the options (the
        // reference data is disparity, larger = closer) and the range from the array's dtype.
        return new DepthSource(path, options.DefaultDepthConvention, null, options.Cache);
    }

    private static void CheckParallel(MergedAnnotation entry, string a, int? countA, string b, int? countB)
    {
        if (countA is null || countB is null || countA == countB) return;
        throw FieldError(entry, b, $"has {countB} entries but {a} has {countA}; these lists run in parallel, one entry per object", "list length");
    }

    private static DataErrorException FieldError(MergedAnnotation entry, string key, string message, string kind = "invalid data")
    {
        entry.TryGet(key, out _, out var file);
        return new FieldReader(file, entry.ImageId).Error(Prefix + key, message, kind);
    }
}
