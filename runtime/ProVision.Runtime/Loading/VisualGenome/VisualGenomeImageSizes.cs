using System.Text.Json;
using ProVision.Runtime.Loading.Json;

namespace ProVision.Runtime.Loading.VisualGenome;

/// <summary>Reads VG's <c>image_data.json</c> (<c>[{"image_id", "width", "height", "url"}, ...]</c>) into a size lookup.</summary>
public static class VisualGenomeImageSizes
{
    public static void ReadInto(string file, Dictionary<string, (int Width, int Height)> sizes)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var streamer = new JsonEntryStreamer(stream, file);
        foreach (var entry in streamer.ReadAll())
        {
            using (entry)
            {
                var r = new FieldReader(file, null);
                var path = $"[{entry.Index}]";
                r.RequireObject(entry.Value, path);
                var id = VisualGenomeReader.ImageId(r, entry.Value, path);
                sizes[id] = (r.Int(r.Require(entry.Value, "width", path), path + ".width"),
                             r.Int(r.Require(entry.Value, "height", path), path + ".height"));
            }
        }
    }

    /// <summary>True when a list item looks like image metadata rather than a scene graph.</summary>
    public static bool LooksLikeImageData(JsonElement first) =>
        first.ValueKind == JsonValueKind.Object
        && first.TryGetProperty("width", out _)
        && !first.TryGetProperty("objects", out _)
        && !first.TryGetProperty("relationships", out _);
}
