using System.Collections.Immutable;
using System.Text.Json;

namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// Parses and validates an <c>.rle.json</c> document. Every failure names the file and the JSON
/// field path (e.g. <c>masks[2].segmentation.counts</c>) so a bad file among millions can be found
/// and fixed without a debugger.
/// </summary>
internal static class RleMaskFileReader
{
    public static ImmutableArray<RleMask> Read(byte[] utf8Json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(
                $"{path}: not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message} Re-write the file.", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, "(root)", $"expected a JSON object but found {root.ValueKind}");
            }

            var height = RequireInt(root, "height", "height", path);
            var width = RequireInt(root, "width", "width", path);
            var masks = Require(root, "masks", "masks", path, JsonValueKind.Array);
            var result = new RleMask?[masks.GetArrayLength()];
            var i = 0;
            foreach (var element in masks.EnumerateArray())
            {
                var field = $"masks[{i++}]";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw Error(path, field, $"expected an object but found {element.ValueKind}");
                }

                var index = RequireInt(element, "index", $"{field}.index", path);
                if (index >= result.Length || result[index] is not null)
                {
                    throw Error(path, $"{field}.index", $"{index} is {(index >= result.Length ? "out of range" : "a duplicate")}; " +
                        $"the indices of the {result.Length} masks must be 0..{result.Length - 1}, each once");
                }

                result[index] = ReadMask(element, field, height, width, path);
            }

            return [.. result.Select(m => m!)];
        }
    }

    private static RleMask ReadMask(JsonElement element, string field, int height, int width, string path)
    {
        var segmentation = Require(element, "segmentation", $"{field}.segmentation", path, JsonValueKind.Object);
        var size = Require(segmentation, "size", $"{field}.segmentation.size", path, JsonValueKind.Array);
        if (size.GetArrayLength() != 2 || !size[0].TryGetInt32(out var h) || !size[1].TryGetInt32(out var w) || h != height || w != width)
        {
            throw Error(path, $"{field}.segmentation.size", $"{size.GetRawText()} is not [{height}, {width}], the file's [height, width]");
        }

        var countsField = $"{field}.segmentation.counts";
        if (!segmentation.TryGetProperty("counts", out var countsElement))
        {
            throw Error(path, countsField, "is missing");
        }

        var counts = countsElement.ValueKind switch
        {
            JsonValueKind.String => FromString(countsElement.GetString()!, countsField, path),
            JsonValueKind.Array => FromArray(countsElement, countsField, path),
            _ => throw Error(path, countsField, $"expected an array of ints or a compressed string but found {countsElement.ValueKind}"),
        };
        var problem = RleMask.Validate(height, width, counts, out var area);
        if (problem is not null)
        {
            throw Error(path, countsField, problem);
        }

        if (element.TryGetProperty("area", out var areaElement) && (!areaElement.TryGetInt64(out var stated) || stated != area))
        {
            throw Error(path, $"{field}.area", $"{areaElement.GetRawText()} != {area}, the number of set pixels in its counts; the file is inconsistent");
        }

        return new RleMask(height, width, counts);
    }

    private static ImmutableArray<int> FromArray(JsonElement array, string field, string path)
    {
        var builder = ImmutableArray.CreateBuilder<int>(array.GetArrayLength());
        var k = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var value))
            {
                throw Error(path, $"{field}[{k}]", $"{item.GetRawText()} is not a 32-bit integer");
            }

            builder.Add(value);
            k++;
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<int> FromString(string text, string field, string path)
    {
        try
        {
            return RleCodec.FromCompressedString(text);
        }
        catch (DataFormatException e)
        {
            throw new DataFormatException($"{path}: {field}: {e.Message}", e);
        }
    }

    private static JsonElement Require(JsonElement parent, string name, string field, string path, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error(path, field, "is missing");
        }

        return value.ValueKind == kind ? value : throw Error(path, field, $"expected {kind} but found {value.ValueKind}");
    }

    private static int RequireInt(JsonElement parent, string name, string field, string path)
    {
        var value = Require(parent, name, field, path, JsonValueKind.Number);
        return value.TryGetInt32(out var n) && n >= 0 ? n : throw Error(path, field, $"{value.GetRawText()} is not a non-negative integer");
    }

    private static DataFormatException Error(string path, string field, string what) =>
        new($"{path}: {field}: {what}. Re-create the file with RleMaskFile.Write (or pycocotools) so that it matches the .rle.json layout.");
}
