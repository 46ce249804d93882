using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Validation;

namespace ProVision.Runtime.Loading.Coco;

/// <summary>
/// Reads COCO instances files (<c>images</c>, <c>annotations</c>, <c>categories</c>): boxes <c>[x, y, w, h]</c>,
/// category names as labels, masks from polygons or RLE (compressed or not). COCO keys annotations by image
/// only through ids spread across one document, so the file is parsed whole; graphs are then produced one by one.
/// An image gets masks only when every one of its annotations has a segmentation.
/// </summary>
public sealed class CocoReader
{
    private readonly string _file;
    private readonly GraphLoadOptions _options;

    public CocoReader(string file, GraphLoadOptions options)
    {
        _file = file;
        _options = options;
    }

    public IEnumerable<LoadOutcome> Read()
    {
        var json = WithoutBom(File.ReadAllBytes(_file));
        // A plainly valid file straight into the model; any other through the document parser, which reports every problem.
        if (!_options.DocumentParserOnly && CocoFastReader.TryRead(json.Span) is { } model) return ReadModel(model);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return [LoadOutcome.Fail(new DataError(_file, null, null, $"malformed JSON ({JsonErrorText.Describe(ex)}) at line {ex.LineNumber + 1}") { Kind = "json" })];
        }
        return ReadDocument(document);
    }

    // A UTF-8 byte order mark is skipped, as JsonDocument.Parse(Stream) does.
    private static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;

    private IEnumerable<LoadOutcome> ReadModel(CocoModel model)
    {
        var ids = new ImageIdSet();
        for (var i = 0; i < model.Images.Count; i++)
        {
            yield return ids.RefuseRepeated(Validated(Graph(model, model.Images[i])), _file, i, static index => $"images[{index}].id");
        }
    }

    // What ReadImage builds from the same values.
    private SceneGraph Graph(CocoModel model, CocoImage image)
    {
        var annotations = model.ByImage.GetValueOrDefault(image.Id) ?? [];
        var objects = ImmutableArray.CreateBuilder<SceneObject>(annotations.Count);
        foreach (var a in annotations) objects.Add(new SceneObject(model.Categories[a.CategoryId], new Box(a.X, a.Y, a.X + a.W, a.Y + a.H), a.Score));
        RleMaskSet? masks = null;
        if (annotations.Count > 0 && annotations.All(a => a.Segmentation is not null))
        {
            masks = new RleMaskSet([.. annotations.Select(a => a.Segmentation as RleMask
                ?? RleCodec.FromPolygons((List<IReadOnlyList<double>>)a.Segmentation!, image.Height, image.Width))], _options.Cache);
        }
        return new SceneGraph(image.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), image.FileName, image.Width, image.Height,
            objects.MoveToImmutable(), ImmutableArray<Relation>.Empty, masks);
    }

    private LoadOutcome Validated(SceneGraph graph) =>
        SceneGraphValidator.Validate(graph, _file, _options, FieldNames.Canonical) is { } error ? LoadOutcome.Fail(error) : LoadOutcome.Ok(graph);

    private IEnumerable<LoadOutcome> ReadDocument(JsonDocument document)
    {
        using (document)
        {
            var r = new FieldReader(_file, null);
            Dictionary<long, string> categories;
            Dictionary<long, List<(JsonElement Annotation, int Index)>> byImage;
            JsonElement images;
            DataError? failure = null;
            try
            {
                var root = r.RequireObject(document.RootElement, "");
                images = r.RequireArray(r.Require(root, "images", ""), "images");
                categories = ReadCategories(r, root);
                byImage = GroupAnnotations(r, root);
            }
            catch (DataErrorException ex) { failure = ex.Error; images = default; categories = null!; byImage = null!; }
            if (failure is not null) { yield return LoadOutcome.Fail(failure); yield break; }

            var i = 0;
            var ids = new ImageIdSet();
            var listed = new HashSet<long>();
            foreach (var image in images.EnumerateArray())
            {
                var path = $"images[{i++}]";
                yield return ids.RefuseRepeated(ReadImage(r, image, path, categories, byImage, listed), _file, path + ".id");
            }
            foreach (var orphan in Orphans(byImage, listed)) yield return LoadOutcome.Fail(orphan);
        }
    }

    private static Dictionary<long, string> ReadCategories(FieldReader r, JsonElement root)
    {
        var result = new Dictionary<long, string>();
        var list = r.RequireArray(r.Require(root, "categories", ""), "categories");
        var i = 0;
        foreach (var c in list.EnumerateArray())
        {
            var p = $"categories[{i++}]";
            r.RequireObject(c, p);
            result[(long)r.Number(r.Require(c, "id", p), p + ".id")] = r.String(r.Require(c, "name", p), p + ".name");
        }
        return result;
    }

    private static Dictionary<long, List<(JsonElement, int)>> GroupAnnotations(FieldReader r, JsonElement root)
    {
        var result = new Dictionary<long, List<(JsonElement, int)>>();
        if (!FieldReader.TryGet(root, "annotations", out var list)) return result;
        r.RequireArray(list, "annotations");
        var i = 0;
        foreach (var a in list.EnumerateArray())
        {
            var p = $"annotations[{i}]";
            r.RequireObject(a, p);
            var imageId = (long)r.Number(r.Require(a, "image_id", p), p + ".image_id");
            if (!result.TryGetValue(imageId, out var group)) result[imageId] = group = [];
            group.Add((a, i++));
        }
        return result;
    }

    /// <summary>
    /// Annotations whose image is not under <c>images</c> (a wrong pairing of files, or a cut-down file): one error per
    /// missing image, so that they are counted and reported instead of vanishing.
    /// </summary>
    private IEnumerable<DataError> Orphans(Dictionary<long, List<(JsonElement Annotation, int Index)>> byImage, HashSet<long> listed) =>
        byImage.Where(group => !listed.Contains(group.Key))
            .OrderBy(group => group.Value[0].Index)
            .Select(group => new DataError(_file, group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"annotations[{group.Value[0].Index}].image_id",
                $"no image with this id is listed under images, so its {group.Value.Count} annotation(s) were left out") { Kind = "missing image" });

    private LoadOutcome ReadImage(FieldReader r, JsonElement image, string path, Dictionary<long, string> categories,
        Dictionary<long, List<(JsonElement Annotation, int Index)>> byImage, HashSet<long> listed)
    {
        try
        {
            r.RequireObject(image, path);
            var id = (long)r.Number(r.Require(image, "id", path), path + ".id");
            listed.Add(id);
            r = r.ForImage(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var width = r.Int(r.Require(image, "width", path), path + ".width");
            var height = r.Int(r.Require(image, "height", path), path + ".height");
            // Before any polygon is rasterised at this size.
            if (width < 0 || height < 0) throw r.Error(path + ".width", $"image size {width}x{height} is not positive", "image size");
            if (DataLimits.ImageSizeProblem(width, height) is { } tooLarge) throw r.Error(path + ".width", tooLarge, "image size");
            var fileName = FieldReader.TryGet(image, "file_name", out var f) ? r.String(f, path + ".file_name") : null;

            var objects = ImmutableArray.CreateBuilder<SceneObject>();
            var masks = ImmutableArray.CreateBuilder<RleMask>();
            var allMasked = true;
            foreach (var (a, index) in byImage.TryGetValue(id, out var group) ? group : [])
            {
                var p = $"annotations[{index}]";
                var categoryId = (long)r.Number(r.Require(a, "category_id", p), p + ".category_id");
                if (!categories.TryGetValue(categoryId, out var label))
                    throw r.Error(p + ".category_id", $"category {categoryId} is not listed under categories", "category");
                var bbox = r.RequireArray(r.Require(a, "bbox", p), p + ".bbox");
                if (bbox.GetArrayLength() != 4) throw r.Error(p + ".bbox", $"a COCO box needs 4 numbers [x, y, w, h], found {bbox.GetArrayLength()}", "box");
                var (x, y) = (r.Number(bbox[0], p + ".bbox[0]"), r.Number(bbox[1], p + ".bbox[1]"));
                var (w, h) = (r.Number(bbox[2], p + ".bbox[2]"), r.Number(bbox[3], p + ".bbox[3]"));
                double? score = FieldReader.TryGet(a, "score", out var s) ? r.Number(s, p + ".score") : null;
                objects.Add(new SceneObject(label, new Box(x, y, x + w, y + h), score));
                if (FieldReader.TryGet(a, "segmentation", out var seg)) masks.Add(ReadSegmentation(r, seg, p + ".segmentation", height, width));
                else allMasked = false;
            }
            return Validated(new SceneGraph(r.ImageId!, fileName, width, height, objects.ToImmutable(), ImmutableArray<Relation>.Empty,
                allMasked && masks.Count > 0 ? new RleMaskSet(masks.ToImmutable(), _options.Cache) : null));
        }
        catch (DataErrorException ex) { return LoadOutcome.Fail(ex.Error); }
    }

    private static RleMask ReadSegmentation(FieldReader r, JsonElement seg, string path, int height, int width)
    {
        if (seg.ValueKind == JsonValueKind.Object) return CanonicalGraphParser.ParseMask(r, seg, path);
        r.RequireArray(seg, path);
        var polygons = new List<IReadOnlyList<double>>();
        var i = 0;
        foreach (var polygon in seg.EnumerateArray())
        {
            var p = $"{path}[{i++}]";
            r.RequireArray(polygon, p);
            if (polygon.GetArrayLength() < 6 || polygon.GetArrayLength() % 2 != 0)
                throw r.Error(p, $"a polygon is [x1, y1, x2, y2, ...] with at least 3 points, found {polygon.GetArrayLength()} numbers", "mask");
            var points = new List<double>(polygon.GetArrayLength());
            var k = 0;
            foreach (var v in polygon.EnumerateArray()) points.Add(r.Number(v, $"{p}[{k++}]"));
            polygons.Add(points);
        }
        try { return RleCodec.FromPolygons(polygons, height, width); }
        catch (DataFormatException ex) { throw r.Error(path, ex.Message, "mask"); }
    }
}
