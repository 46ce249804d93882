#!/usr/bin/env -S dotnet run
#:project ../runtime/ProVision.Runtime/ProVision.Runtime.csproj
// Regenerates the mask and depth files of examples/basic from its annotations:
//   dotnet run examples/make-example-data.cs
// Masks: an ellipse inscribed in each object's box (N x H x W bool .npy, one stack per image).
// Depth: uint8 disparity (larger = closer, as the reference data): a floor gradient from 30 at the top
// to 200 at the bottom, with each object painted at the depth of its bottom edge, far objects first.
using System.Text.Json;
using ProVision.Runtime.Formats.Npy;

var folder = Path.Combine(Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? "examples/make-example-data.cs")!, "basic");
using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "annotations.json")));
Directory.CreateDirectory(Path.Combine(folder, "masks"));
Directory.CreateDirectory(Path.Combine(folder, "depth"));
foreach (var image in doc.RootElement.EnumerateObject())
{
    var a = image.Value.GetProperty("annotation");
    int w = a.GetProperty("width").GetInt32(), h = a.GetProperty("height").GetInt32();
    var boxes = a.GetProperty("bboxes").EnumerateArray().Select(b => b.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();

    var masks = new byte[boxes.Count * w * h];
    for (var i = 0; i < boxes.Count; i++)
    {
        var (cx, cy) = ((boxes[i][0] + boxes[i][2]) / 2, (boxes[i][1] + boxes[i][3]) / 2);
        var (rx, ry) = ((boxes[i][2] - boxes[i][0]) / 2, (boxes[i][3] - boxes[i][1]) / 2);
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var (dx, dy) = ((x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry);
                if (dx * dx + dy * dy <= 1) masks[(i * h + y) * w + x] = 1;
            }
    }
    using (var s = File.Create(Path.Combine(folder, "masks", $"{image.Name}_mask.npy"))) NpyWriter.WriteBool(s, [boxes.Count, h, w], masks);

    var depth = new byte[w * h];
    for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++) depth[y * w + x] = (byte)(30 + 170 * y / (h - 1));
    foreach (var i in Enumerable.Range(0, boxes.Count).OrderBy(i => boxes[i][3]))
    {
        var value = (byte)(30 + 170 * Math.Min(h - 1, boxes[i][3]) / (h - 1));
        for (var p = 0; p < w * h; p++) if (masks[i * w * h + p] != 0) depth[p] = value;
    }
    using (var s = File.Create(Path.Combine(folder, "depth", $"{image.Name}_depth.npy"))) NpyWriter.WriteUInt8(s, [h, w], depth);
    Console.WriteLine($"{image.Name}: {boxes.Count} masks, depth {w}x{h}");
}
