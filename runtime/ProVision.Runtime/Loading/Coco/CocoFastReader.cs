using System.Collections.Immutable;
using System.Text.Json;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading.Json;

namespace ProVision.Runtime.Loading.Coco;

/// <summary>
/// Reads a whole COCO instances file with <see cref="Utf8JsonReader"/> into a compact model (<see cref="CocoModel"/>)
/// without a <see cref="JsonDocument"/> and without formatting a field path per annotation.
/// </summary>
/// <remarks>
/// Only for files that are plainly valid throughout. Anything else (a wrong type, a missing or repeated field, a
/// non-finite number, an id that is not an integer within 2^53, an unknown category, annotations of an unlisted image,
/// an image size over the limits, a polygon or RLE the document parser refuses, text that is not UTF-8, malformed JSON)
/// returns null, and <see cref="CocoReader"/> reads the file with its document parser, which gives the same graphs for
/// the files read here and reports every problem located. COCO's annotations name images anywhere in the file, so the
/// decision is made for the whole file before its first graph.
/// </remarks>
internal static class CocoFastReader
{
    // JsonDocument's defaults for the document parser: no comments, no trailing commas.
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

    public static CocoModel? TryRead(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(s_options));
        try
        {
            var model = ReadRoot(ref reader);
            return model is not null && !reader.Read() && model.IsComplete() ? model : null;
        }
        catch (JsonException) { return null; }
        catch (InvalidOperationException) { return null; } // text that is not UTF-8
        catch (DataFormatException) { return null; } // an RLE the document parser refuses, with its location
    }

    private static CocoModel? ReadRoot(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        var model = new CocoModel();
        var seen = 0;
        while (FastJson.NextField(ref reader, s_rootFields, ref seen, out var field))
        {
            var isNull = reader.TokenType == JsonTokenType.Null;
            var ok = field switch
            {
                1 << 0 => !isNull && ReadList(ref reader, model, ReadImage),
                1 << 1 => isNull || ReadList(ref reader, model, ReadAnnotation),
                1 << 2 => !isNull && ReadList(ref reader, model, ReadCategory),
                _ => Skip(ref reader),
            };
            if (!ok) return null;
        }
        // "images" and "categories" are required.
        return FastJson.AtEnd(ref reader) && (seen & 0b101) == 0b101 ? model : null;
    }

    private delegate bool ItemReader(ref Utf8JsonReader reader, CocoModel model);

    private static bool ReadList(ref Utf8JsonReader reader, CocoModel model, ItemReader read)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || !read(ref reader, model)) return false;
        }
        return true;
    }

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private static bool ReadImage(ref Utf8JsonReader reader, CocoModel model)
    {
        long? id = null;
        int? width = null, height = null;
        string? fileName = null;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_imageFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) continue;
            switch (field)
            {
                case 1 << 0: if (!FastJson.TryId(ref reader, out var value)) return false; id = value; break;
                case 1 << 1: if (!FastJson.TryInt(ref reader, out var w)) return false; width = w; break;
                case 1 << 2: if (!FastJson.TryInt(ref reader, out var h)) return false; height = h; break;
                case 1 << 3: if (!FastJson.TryString(ref reader, out fileName)) return false; break;
                default: reader.Skip(); break;
            }
        }
        // A negative or too large size is for the document parser to report (before any polygon is rasterised).
        if (!FastJson.AtEnd(ref reader) || id is null || width is not >= 0 || height is not >= 0 || DataLimits.ImageSizeProblem(width.Value, height.Value) is not null) return false;
        model.Images.Add(new CocoImage(id.Value, width.Value, height.Value, fileName));
        return true;
    }

    private static bool ReadCategory(ref Utf8JsonReader reader, CocoModel model)
    {
        long? id = null;
        string? name = null;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_categoryFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) continue;
            switch (field)
            {
                case 1 << 0: if (!FastJson.TryId(ref reader, out var value)) return false; id = value; break;
                case 1 << 1: if (!FastJson.TryString(ref reader, out name)) return false; break;
                default: reader.Skip(); break;
            }
        }
        if (!FastJson.AtEnd(ref reader) || id is null || name is null) return false;
        model.Categories[id.Value] = name; // a later category with the same id wins, as in the document parser
        return true;
    }

    private static bool ReadAnnotation(ref Utf8JsonReader reader, CocoModel model)
    {
        long? imageId = null, categoryId = null;
        double x = 0, y = 0, w = 0, h = 0;
        double? score = null;
        object? segmentation = null;
        var hasBox = false;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_annotationFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) continue; // null reads as absent
            switch (field)
            {
                case 1 << 0: if (!FastJson.TryId(ref reader, out var image)) return false; imageId = image; break;
                case 1 << 1: if (!FastJson.TryId(ref reader, out var category)) return false; categoryId = category; break;
                case 1 << 2: if (!(hasBox = FastJson.TryBox(ref reader, out x, out y, out w, out h))) return false; break;
                case 1 << 3: if (!FastJson.TryNumber(ref reader, out var s)) return false; score = s; break;
                case 1 << 4: if ((segmentation = ReadSegmentation(ref reader)) is null) return false; break;
                default: reader.Skip(); break;
            }
        }
        if (!FastJson.AtEnd(ref reader) || imageId is null || categoryId is null || !hasBox) return false;
        if (!model.ByImage.TryGetValue(imageId.Value, out var group)) model.ByImage[imageId.Value] = group = [];
        group.Add(new CocoAnnotation(categoryId.Value, x, y, w, h, score, segmentation));
        return true;
    }

    // An RLE object (decoded and checked here, as the document parser does) or polygons (rasterised when the graph is
    // built, at its image's size); null for anything the document parser refuses.
    private static object? ReadSegmentation(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return ReadRle(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var polygons = new List<IReadOnlyList<double>>();
        var points = new List<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) return null;
            points.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (!FastJson.TryNumber(ref reader, out var v)) return null;
                points.Add(v);
            }
            if (points.Count < 6 || points.Count % 2 != 0) return null;
            polygons.Add(points.ToArray());
        }
        return polygons;
    }

    private static RleMask? ReadRle(ref Utf8JsonReader reader)
    {
        int? height = null, width = null;
        ImmutableArray<int>? counts = null;
        var seen = 0;
        while (FastJson.NextField(ref reader, s_rleFields, ref seen, out var field))
        {
            if (reader.TokenType == JsonTokenType.Null && field != 0) return null;
            switch (field)
            {
                case 1 << 0:
                    if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !FastJson.TryInt(ref reader, out var h)) return null;
                    if (!reader.Read() || !FastJson.TryInt(ref reader, out var w) || !reader.Read() || reader.TokenType != JsonTokenType.EndArray) return null;
                    (height, width) = (h, w);
                    break;
                case 1 << 1: if ((counts = ReadCounts(ref reader)) is null) return null; break;
                default: reader.Skip(); break;
            }
        }
        return FastJson.AtEnd(ref reader) && height is { } rleHeight && width is { } rleWidth && counts is { } runs ? new RleMask(rleHeight, rleWidth, runs) : null;
    }

    private static ImmutableArray<int>? ReadCounts(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return RleCodec.FromCompressedString(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var runs = ImmutableArray.CreateBuilder<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!FastJson.TryInt(ref reader, out var run)) return null;
            runs.Add(run);
        }
        return runs.ToImmutable();
    }

    // Field names, in bit order: field i is bit 1 << i.
    private static readonly byte[][] s_rootFields = FastJson.Names("images", "annotations", "categories");
    private static readonly byte[][] s_imageFields = FastJson.Names("id", "width", "height", "file_name");
    private static readonly byte[][] s_categoryFields = FastJson.Names("id", "name");
    private static readonly byte[][] s_annotationFields = FastJson.Names("image_id", "category_id", "bbox", "score", "segmentation");
    private static readonly byte[][] s_rleFields = FastJson.Names("size", "counts");
}

/// <summary>A COCO file read by <see cref="CocoFastReader"/>: images in file order, categories, annotations by image in file order.</summary>
internal sealed class CocoModel
{
    public List<CocoImage> Images { get; } = [];
    public Dictionary<long, string> Categories { get; } = [];
    public Dictionary<long, List<CocoAnnotation>> ByImage { get; } = [];

    /// <summary>Every annotation's image is listed and its category known: otherwise the document parser reports them.</summary>
    public bool IsComplete()
    {
        var listed = Images.Select(i => i.Id).ToHashSet();
        return ByImage.All(group => listed.Contains(group.Key) && group.Value.All(a => Categories.ContainsKey(a.CategoryId)));
    }
}

internal readonly record struct CocoImage(long Id, int Width, int Height, string? FileName);

/// <summary>One annotation: its box <c>[x, y, w, h]</c>, and its segmentation as an <see cref="RleMask"/>, polygons (<c>List&lt;IReadOnlyList&lt;double&gt;&gt;</c>), or null for none.</summary>
internal sealed record CocoAnnotation(long CategoryId, double X, double Y, double W, double H, double? Score, object? Segmentation);
