using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.Canonical;

/// <summary>Parses one canonical graph object (one JSONL line) into a <see cref="SceneGraph"/>.</summary>
public static class CanonicalGraphParser
{
    public static SceneGraph Parse(JsonElement root, string location, string folder, GraphLoadOptions options, out string? imageId)
    {
        var r = new FieldReader(location, null);
        r.RequireObject(root, "");
        imageId = r.String(r.Require(root, "image_id", ""), "image_id");
        r = r.ForImage(imageId);

        var width = r.Int(r.Require(root, "width", ""), "width");
        var height = r.Int(r.Require(root, "height", ""), "height");
        var image = FieldReader.TryGet(root, "image", out var imageValue) ? r.String(imageValue, "image") : null;

        var objects = ImmutableArray.CreateBuilder<SceneObject>();
        var masks = ImmutableArray.CreateBuilder<RleMask>();
        var withMask = 0;
        if (FieldReader.TryGet(root, "objects", out var objectList))
        {
            r.RequireArray(objectList, "objects");
            var i = 0;
            foreach (var item in objectList.EnumerateArray())
            {
                var path = $"objects[{i}]";
                objects.Add(ParseObject(r, item, path));
                if (FieldReader.TryGet(item, "mask", out var mask)) { masks.Add(ParseMask(r, mask, path + ".mask")); withMask++; }
                else if (withMask > 0) throw r.Error(path + ".mask", "missing while earlier objects have masks; give every object a mask or none", "mask");
                i++;
            }
            if (withMask > 0 && withMask != i) throw r.Error("objects[0].mask", $"only {withMask} of {i} objects have masks; give every object a mask or none", "mask");
        }

        return new SceneGraph(
            imageId, image, width, height, objects.ToImmutable(), ParseRelations(r, root),
            withMask > 0 ? new RleMaskSet(masks.ToImmutable(), options.Cache) : null,
            ParseDepth(r, root, folder, options),
            FieldReader.TryGet(root, "caption", out var caption) ? r.String(caption, "caption") : null,
            FieldReader.TryGet(root, "source", out var source) ? r.String(source, "source") : null);
    }

    private static SceneObject ParseObject(FieldReader r, JsonElement item, string path)
    {
        r.RequireObject(item, path);
        var label = r.String(r.Require(item, "label", path), path + ".label");
        var boxValue = r.RequireArray(r.Require(item, "box", path), path + ".box");
        if (boxValue.GetArrayLength() != 4) throw r.Error(path + ".box", $"a box needs 4 numbers [x1, y1, x2, y2], found {boxValue.GetArrayLength()}", "box");
        var box = new Box(r.Number(boxValue[0], path + ".box[0]"), r.Number(boxValue[1], path + ".box[1]"),
                          r.Number(boxValue[2], path + ".box[2]"), r.Number(boxValue[3], path + ".box[3]"));
        double? score = FieldReader.TryGet(item, "score", out var s) ? r.Number(s, path + ".score") : null;
        var attributes = ImmutableArray<string>.Empty;
        if (FieldReader.TryGet(item, "attributes", out var list))
            attributes = AttributeNormalizer.Normalize(r.Strings(list, path + ".attributes"));
        return new SceneObject(label, box, score, attributes);
    }

    /// <summary>COCO RLE: <c>{"size": [h, w], "counts": "compressed" | [ints]}</c>.</summary>
    public static RleMask ParseMask(FieldReader r, JsonElement mask, string path)
    {
        r.RequireObject(mask, path);
        var size = r.RequireArray(r.Require(mask, "size", path), path + ".size");
        if (size.GetArrayLength() != 2) throw r.Error(path + ".size", "size is [height, width]", "mask");
        var h = r.Int(size[0], path + ".size[0]");
        var w = r.Int(size[1], path + ".size[1]");
        var counts = r.Require(mask, "counts", path);
        try
        {
            if (counts.ValueKind == JsonValueKind.String) return new RleMask(h, w, RleCodec.FromCompressedString(r.String(counts, path + ".counts")));
            r.RequireArray(counts, path + ".counts");
            var runs = ImmutableArray.CreateBuilder<int>(counts.GetArrayLength());
            var i = 0;
            foreach (var c in counts.EnumerateArray()) runs.Add(r.Int(c, $"{path}.counts[{i++}]"));
            return new RleMask(h, w, runs.MoveToImmutable());
        }
        catch (Formats.DataFormatException ex)
        {
            throw r.Error(path + ".counts", ex.Message, "mask");
        }
    }

    private static ImmutableArray<Relation> ParseRelations(FieldReader r, JsonElement root)
    {
        if (!FieldReader.TryGet(root, "relations", out var list)) return ImmutableArray<Relation>.Empty;
        r.RequireArray(list, "relations");
        var result = ImmutableArray.CreateBuilder<Relation>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"relations[{i++}]";
            r.RequireArray(item, path);
            if (item.GetArrayLength() != 3) throw r.Error(path, $"a relation is [subject_index, predicate, object_index], found {item.GetArrayLength()} elements", "relation");
            var predicate = RelationFilter.NormalizePredicate(r.String(item[1], path + "[1]"));
            var relation = new Relation(r.Int(item[0], path + "[0]"), predicate, r.Int(item[2], path + "[2]"));
            if (!RelationFilter.IsDropped(predicate)) result.Add(relation);
        }
        return result.ToImmutable();
    }

    private static DepthSource? ParseDepth(FieldReader r, JsonElement root, string folder, GraphLoadOptions options)
    {
        if (!FieldReader.TryGet(root, "depth", out var depth)) return null;
        r.RequireObject(depth, "depth");
        var file = r.String(r.Require(depth, "path", "depth"), "depth.path");
        var convention = options.DefaultDepthConvention;
        if (FieldReader.TryGet(depth, "convention", out var c))
        {
            var name = r.String(c, "depth.convention");
            if (!DepthConventions.TryParse(name, out convention))
                throw r.Error("depth.convention", $"unknown convention '{name}'; use '{DepthConventions.LargerIsCloserName}' or '{DepthConventions.LargerIsFartherName}'", "depth");
        }
        DepthRange? range = null;
        if (FieldReader.TryGet(depth, "range", out var rv))
        {
            r.RequireArray(rv, "depth.range");
            if (rv.GetArrayLength() != 2) throw r.Error("depth.range", "range is [min, max]", "depth");
            range = new DepthRange(r.Number(rv[0], "depth.range[0]"), r.Number(rv[1], "depth.range[1]"));
            if (range.Value.Max <= range.Value.Min) throw r.Error("depth.range", "max must be larger than min", "depth");
        }
        var found = ReferencedFileResolver.ResolveDepth(file, options.DepthDirectory ?? folder, options);
        var path = found.Path ?? throw r.Error("depth.path", found.Problem!, found.Kind);
        return new DepthSource(path, convention, range, options.Cache);
    }
}
