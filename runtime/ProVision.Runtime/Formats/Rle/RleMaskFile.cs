using System.Collections.Immutable;
using System.Text.Json;

namespace ProVision.Runtime.Formats.Rle;

/// <summary>
/// The <c>.rle.json</c> mask-stack file: one image's instance masks as COCO RLE,
/// <c>{"image_id", "height", "width", "format", "masks": [{"index", "label", "bbox_xyxy", "area",
/// "segmentation": {"size": [H, W], "counts": [ints] or "compressed string"}}]}</c>.
/// Mask <c>index</c> k corresponds to slice [k, :, :] of the matching N x H x W npy mask stack.
/// </summary>
public static class RleMaskFile
{
    /// <summary>The "format" value written, telling human readers how to interpret the counts.</summary>
    internal const string FormatDescription =
        "COCO uncompressed RLE (counts list), column-major/Fortran order, first count = number of 0s";

    /// <summary>Reads the masks, ordered by their "index" field.</summary>
    /// <exception cref="DataFormatException">
    /// Invalid JSON or any malformed field; the message names the path and the JSON field,
    /// e.g. <c>masks[2].segmentation.counts: sum 1234 != 400*401</c>.
    /// </exception>
    public static ImmutableArray<RleMask> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return RleMaskFileReader.Read(File.ReadAllBytes(path), path);
    }

    /// <summary>
    /// Writes the masks with "index" = position in <paramref name="masks"/>, uncompressed counts, and
    /// "bbox_xyxy" as the tight pixel bounds [x1, y1, x2, y2) of each mask ([0, 0, 0, 0] when empty).
    /// </summary>
    /// <exception cref="ArgumentException">A mask's size differs from <paramref name="height"/> x <paramref name="width"/>.</exception>
    public static void Write(string path, string imageId, int height, int width, IReadOnlyList<(string Label, RleMask Mask)> masks)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(imageId);
        ArgumentNullException.ThrowIfNull(masks);
        for (var i = 0; i < masks.Count; i++)
        {
            if (masks[i].Mask.Height != height || masks[i].Mask.Width != width)
            {
                throw new ArgumentException(
                    $"masks[{i}] is {masks[i].Mask.Height}x{masks[i].Mask.Width} but the image is {height}x{width}", nameof(masks));
            }
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("image_id", imageId);
        json.WriteNumber("height", height);
        json.WriteNumber("width", width);
        json.WriteString("format", FormatDescription);
        json.WriteStartArray("masks");
        for (var i = 0; i < masks.Count; i++)
        {
            var (label, mask) = masks[i];
            json.WriteStartObject();
            json.WriteNumber("index", i);
            json.WriteString("label", label);
            json.WriteStartArray("bbox_xyxy");
            foreach (var v in Bounds(mask))
            {
                json.WriteNumberValue(v);
            }

            json.WriteEndArray();
            json.WriteNumber("area", mask.Area);
            json.WriteStartObject("segmentation");
            json.WriteStartArray("size");
            json.WriteNumberValue(height);
            json.WriteNumberValue(width);
            json.WriteEndArray();
            json.WriteStartArray("counts");
            foreach (var c in mask.Counts)
            {
                json.WriteNumberValue(c);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Tight bounds [x1, y1, x2, y2) straight from the runs, without decoding: a run that wraps into
    /// another column covers both the bottom and top rows, so it spans the full height.
    /// </summary>
    internal static int[] Bounds(RleMask mask)
    {
        var h = mask.Height;
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        long position = 0;
        for (var c = 0; c < mask.Counts.Length; c++)
        {
            var run = mask.Counts[c];
            if ((c & 1) == 1 && run > 0)
            {
                var end = position + run - 1;
                int x0 = (int)(position / h), y0 = (int)(position % h), x1 = (int)(end / h), y1 = (int)(end % h);
                (minX, maxX) = (Math.Min(minX, x0), Math.Max(maxX, x1));
                (minY, maxY) = x0 == x1 ? (Math.Min(minY, y0), Math.Max(maxY, y1)) : (0, h - 1);
            }

            position += run;
        }

        return maxX < 0 ? [0, 0, 0, 0] : [minX, minY, maxX + 1, maxY + 1];
    }
}
