using System.Text.Json;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Cli.Authoring;

/// <summary>
/// The fixture <c>provision new</c> writes: two small hand-made scenes (a kitchen and a garden, 64x48 pixels) in
/// canonical JSON Lines, rich enough for every family's example to produce items. Masks (the boxes, as COCO RLE
/// run lengths a person can read) and depth maps (<c>.npy</c> beside the fixture, each object's box painted with
/// its depth, larger = closer) are written only when the family needs them, so simple fixtures stay short.
/// </summary>
public static class FixtureScene
{
    private const int Width = 64;
    private const int Height = 48;

    private sealed record Thing(string Label, int[] Box, string[] Attributes, byte Depth);

    private sealed record Scene(string Id, Thing[] Objects, (int Subject, string Predicate, int Object)[] Relations);

    // Unique labels (table, cat, dog, ball, tree) give relation, depth and segmentation questions; the two cups
    // give a count of two; "red" on a cup and on the ball is unique per image; the dog is in one image only.
    private static readonly Scene[] s_scenes =
    [
        new("kitchen",
            [
                new("cup", [4, 18, 14, 30], ["red"], 200),
                new("cup", [18, 18, 28, 30], ["white"], 190),
                new("table", [0, 30, 64, 48], ["wooden", "brown"], 230),
                new("cat", [36, 6, 60, 30], ["black"], 90),
            ],
            [(0, "on", 2), (1, "on", 2), (3, "sitting on", 2)]),
        new("garden",
            [
                new("dog", [2, 10, 30, 40], ["brown"], 180),
                new("ball", [40, 30, 50, 40], ["red"], 120),
                new("tree", [44, 0, 64, 28], ["green"], 30),
            ],
            [(0, "chasing", 1)]),
    ];

    /// <summary>
    /// Writes the fixture to <paramref name="path"/> (a <c>.jsonl</c> file) and, with <paramref name="depth"/>, one
    /// <c>&lt;fixture&gt;.&lt;image&gt;.depth.npy</c> per image beside it. Returns every file written.
    /// </summary>
    public static IReadOnlyList<string> Write(string path, bool masks, bool depth)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        using (var stream = File.Create(path))
        {
            written.Add(path);
            foreach (var scene in s_scenes)
            {
                var depthFile = $"{Path.GetFileNameWithoutExtension(path)}.{scene.Id}.depth.npy";
                WriteLine(stream, scene, masks, depth ? depthFile : null);
                if (depth)
                {
                    var depthPath = Path.Combine(folder, depthFile);
                    WriteDepth(depthPath, scene);
                    written.Add(depthPath);
                }
            }
        }
        return written;
    }

    private static void WriteLine(Stream stream, Scene scene, bool masks, string? depthFile)
    {
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("image_id", scene.Id);
            json.WriteNumber("width", Width);
            json.WriteNumber("height", Height);
            json.WriteStartArray("objects");
            foreach (var thing in scene.Objects)
            {
                json.WriteStartObject();
                json.WriteString("label", thing.Label);
                WriteInts(json, "box", thing.Box);
                json.WriteStartArray("attributes");
                foreach (var attribute in thing.Attributes) json.WriteStringValue(attribute);
                json.WriteEndArray();
                if (masks) WriteMask(json, thing.Box);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("relations");
            foreach (var (subject, predicate, obj) in scene.Relations)
            {
                json.WriteStartArray();
                json.WriteNumberValue(subject);
                json.WriteStringValue(predicate);
                json.WriteNumberValue(obj);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            if (depthFile is not null)
            {
                json.WriteStartObject("depth");
                json.WriteString("path", depthFile);
                json.WriteString("convention", "larger-is-closer");
                WriteInts(json, "range", [0, 255]);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    // The object's box as a mask: uncompressed COCO RLE, so the fixture stays plain JSON anyone can edit.
    private static void WriteMask(Utf8JsonWriter json, int[] box)
    {
        var pixels = new byte[Width * Height];
        Paint(pixels, box, 1);
        json.WriteStartObject("mask");
        WriteInts(json, "size", [Height, Width]);
        WriteInts(json, "counts", [.. RleCodec.Encode(pixels, Height, Width).Counts]);
        json.WriteEndObject();
    }

    private static void WriteDepth(string path, Scene scene)
    {
        var map = new byte[Width * Height];
        foreach (var thing in scene.Objects) Paint(map, thing.Box, thing.Depth);
        using var file = File.Create(path);
        NpyWriter.WriteUInt8(file, [Height, Width], map);
    }

    private static void Paint(byte[] pixels, int[] box, byte value)
    {
        for (var y = box[1]; y < box[3]; y++)
            pixels.AsSpan(y * Width + box[0], box[2] - box[0]).Fill(value);
    }

    private static void WriteInts(Utf8JsonWriter json, string name, int[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteNumberValue(value);
        json.WriteEndArray();
    }
}
