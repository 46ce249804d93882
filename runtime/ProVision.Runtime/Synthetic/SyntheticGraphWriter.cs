using System.Globalization;
using System.Text;

namespace ProVision.Runtime.Synthetic;

/// <summary>
/// Writes synthetic, Visual-Genome-like scene graphs (about 20 objects, 15 relations, 2 attributes per object)
/// for benchmarks, in the canonical or the reference format. Streamed, so a million graphs cost no memory.
/// Deterministic for a seed.
/// </summary>
public static class SyntheticGraphWriter
{
    private static readonly string[] s_labels =
    [
        "man", "woman", "dog", "cat", "car", "tree", "chair", "table", "cup", "plate", "shirt", "hat", "window", "door",
        "bus", "bike", "sign", "pole", "bag", "bottle", "horse", "boat", "umbrella", "lamp", "book", "clock", "bench",
        "building", "grass", "sky", "water", "road", "person", "phone", "laptop", "pillow", "bed", "train", "kite", "ball",
    ];

    private static readonly string[] s_attributes =
    [
        "white", "black", "red", "blue", "green", "yellow", "brown", "gray", "large", "small", "wooden", "metal",
        "plastic", "striped", "round", "square", "open", "closed", "standing", "sitting", "happy", "old", "young", "shiny",
    ];

    private static readonly string[] s_predicates =
    [
        "on", "has", "wearing", "holding", "near", "behind", "in front of", "next to", "under", "above", "in", "riding",
        "sitting on", "standing on", "looking at",
    ];

    /// <summary>
    /// Canonical JSON Lines. With <paramref name="maxObjectsPerGraph"/> larger than <paramref name="objectsPerGraph"/>,
    /// each graph gets a number of objects drawn from that range (real Visual Genome images hold 20 to 35, median 22).
    /// </summary>
    public static void WriteCanonical(TextWriter writer, int graphs, int seed = 7, int objectsPerGraph = 20, int relationsPerGraph = 15, int maxObjectsPerGraph = 0)
    {
        var random = new Random(seed);
        var line = new StringBuilder(4096);
        var fixedCount = objectsPerGraph;
        for (var g = 0; g < graphs; g++)
        {
            line.Clear();
            objectsPerGraph = maxObjectsPerGraph > fixedCount ? random.Next(fixedCount, maxObjectsPerGraph + 1) : fixedCount;
            var (w, h) = (640 + random.Next(0, 4) * 64, 480 + random.Next(0, 4) * 32);
            line.Append(CultureInfo.InvariantCulture, $"{{\"image_id\":\"syn_{g}\",\"image\":\"images/syn_{g}.jpg\",\"width\":{w},\"height\":{h},\"objects\":[");
            for (var i = 0; i < objectsPerGraph; i++)
            {
                if (i > 0) line.Append(',');
                var (x1, y1) = (random.Next(0, w - 20), random.Next(0, h - 20));
                var (x2, y2) = (random.Next(x1 + 5, w), random.Next(y1 + 5, h));
                line.Append(CultureInfo.InvariantCulture, $"{{\"label\":\"{Pick(random, s_labels)}\",\"box\":[{x1},{y1},{x2},{y2}],\"attributes\":[\"{Pick(random, s_attributes)}\",\"{Pick(random, s_attributes)}\"]}}");
            }
            line.Append("],\"relations\":[");
            for (var r = 0; r < relationsPerGraph; r++)
            {
                if (r > 0) line.Append(',');
                line.Append(CultureInfo.InvariantCulture, $"[{random.Next(objectsPerGraph)},\"{Pick(random, s_predicates)}\",{random.Next(objectsPerGraph)}]");
            }
            line.Append("]}");
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>The same graphs as one reference-format object keyed by image id.</summary>
    public static void WriteReferenceFormat(TextWriter writer, int graphs, int seed = 7, int objectsPerGraph = 20, int relationsPerGraph = 15)
    {
        var random = new Random(seed);
        writer.Write('{');
        for (var g = 0; g < graphs; g++)
        {
            if (g > 0) writer.Write(',');
            var (w, h) = (640 + random.Next(0, 4) * 64, 480 + random.Next(0, 4) * 32);
            var labels = new List<string>();
            var boxes = new List<string>();
            var attributes = new List<string>();
            for (var i = 0; i < objectsPerGraph; i++)
            {
                var (x1, y1) = (random.Next(0, w - 20), random.Next(0, h - 20));
                boxes.Add(string.Create(CultureInfo.InvariantCulture, $"[{x1},{y1},{random.Next(x1 + 5, w)},{random.Next(y1 + 5, h)}]"));
                labels.Add($"\"{Pick(random, s_labels)}\"");
                attributes.Add($"[\"{Pick(random, s_attributes)} and {Pick(random, s_attributes)}\"]");
            }
            var relations = Enumerable.Range(0, relationsPerGraph)
                .Select(_ => string.Create(CultureInfo.InvariantCulture, $"[{random.Next(objectsPerGraph)},\"{Pick(random, s_predicates)}\",{random.Next(objectsPerGraph)}]"));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"\n\"syn_{g}\":{{\"data_path\":\"images/syn_{g}.jpg\",\"source\":null,\"annotation\":{{\"width\":{w},\"height\":{h},\"labels\":[{string.Join(',', labels)}],\"bboxes\":[{string.Join(',', boxes)}],\"attributes\":[{string.Join(',', attributes)}],\"relations\":[{string.Join(',', relations)}]}}}}"));
        }
        writer.Write("\n}\n");
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
