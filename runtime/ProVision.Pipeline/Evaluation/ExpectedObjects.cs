using ProVision.Pipeline.Configuration;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Evaluation;

/// <summary>How much an expected object matters when a detector is scored against a person's reading of a photo.</summary>
public enum ExpectedKind
{
    /// <summary>Anyone looking sees it first (the photos README names it, or it is what the photo is about); a pipeline must find it.</summary>
    Must,

    /// <summary>Clearly there and nameable with the detector's classes, but not the subject (a spoon, the table); counted in recall.</summary>
    Seen,

    /// <summary>
    /// A region full of small objects of one label (spectators in the stands) that no one would count box by box: a
    /// detection of that label lying in it is neither right nor wrong, and none is needed.
    /// </summary>
    Crowd,
}

/// <summary>One object a person sees: its detector label (COCO name), a hand-drawn box in image pixels, and a note saying which it is.</summary>
public sealed record ExpectedObject(string Label, Box Box, ExpectedKind Kind, string Note);

/// <summary>The objects a person sees in one image; <see cref="Image"/> is relative to the fixtures folder.</summary>
public sealed record ExpectedImage(string Image, IReadOnlyList<ExpectedObject> Objects);

/// <summary>
/// The hand-written list of what a person sees in real photos (a YAML file; the committed one is
/// tests/ProVision.Pipeline.Tests/RealPhotos/expected-objects.yaml). Errors carry the file, line and column.
/// </summary>
public static class ExpectedObjects
{
    /// <exception cref="ConfigException">The file is missing or malformed.</exception>
    public static IReadOnlyList<ExpectedImage> Load(string path) => Read(ConfigSection.Load(path));

    /// <exception cref="ConfigException">The text is malformed.</exception>
    public static IReadOnlyList<ExpectedImage> Parse(string text, string source) => Read(ConfigSection.Parse(text, source));

    private static List<ExpectedImage> Read(ConfigSection root)
    {
        var images = root.Sections("images") ?? throw root.MissingKey("images");
        var result = new List<ExpectedImage>();
        foreach (var image in images)
        {
            var name = image.RequiredString("image");
            if (Path.IsPathRooted(name) || name.Split('/', '\\').Contains(".."))
                throw image.Error("image", $"'{image.Name("image")}' must be a path inside the fixtures folder, found '{name}'");
            var objects = new List<ExpectedObject>();
            foreach (var item in image.Sections("objects") ?? throw image.MissingKey("objects"))
            {
                var box = item.Numbers("box", 4) ?? throw item.MissingKey("box");
                if (box[2] <= box[0] || box[3] <= box[1]) throw item.Error("box", $"'{item.Name("box")}' must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2");
                var kind = item.Choice("kind", "must", "seen", "crowd") ?? throw item.MissingKey("kind");
                objects.Add(new ExpectedObject(
                    item.RequiredString("label"), new Box(box[0], box[1], box[2], box[3]),
                    kind switch { "must" => ExpectedKind.Must, "seen" => ExpectedKind.Seen, _ => ExpectedKind.Crowd },
                    item.String("note") ?? ""));
                item.RejectUnknownKeys();
            }
            image.RejectUnknownKeys();
            result.Add(new ExpectedImage(name, objects));
        }
        root.RejectUnknownKeys();
        return result;
    }
}
