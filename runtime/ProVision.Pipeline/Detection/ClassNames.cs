namespace ProVision.Pipeline.Detection;

/// <summary>Class-name lists that map a detector's class indices to labels.</summary>
public static class ClassNames
{
    /// <summary>The 80 COCO detection classes in the contiguous order detectors use (0 person ... 79 toothbrush), COCO's own spelling.</summary>
    public static IReadOnlyList<string> Coco80 { get; } =
    [
        "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat", "traffic light",
        "fire hydrant", "stop sign", "parking meter", "bench", "bird", "cat", "dog", "horse", "sheep", "cow",
        "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella", "handbag", "tie", "suitcase", "frisbee",
        "skis", "snowboard", "sports ball", "kite", "baseball bat", "baseball glove", "skateboard", "surfboard", "tennis racket", "bottle",
        "wine glass", "cup", "fork", "knife", "spoon", "bowl", "banana", "apple", "sandwich", "orange",
        "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair", "couch", "potted plant", "bed",
        "dining table", "toilet", "tv", "laptop", "mouse", "remote", "keyboard", "cell phone", "microwave", "oven",
        "toaster", "sink", "refrigerator", "book", "clock", "vase", "scissors", "teddy bear", "hair drier", "toothbrush",
    ];

    /// <summary>The built-in lists by name (the value of <c>classes:</c> in the configuration).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> BuiltIn { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["coco80"] = Coco80 };

    /// <summary>Reads a names file: one class per line, in index order; blank lines at the end are ignored.</summary>
    public static IReadOnlyList<string> Load(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>The name of <paramref name="classId"/>, or <c>class_N</c> when the list is too short.</summary>
    public static string NameOf(IReadOnlyList<string> names, int classId) =>
        classId >= 0 && classId < names.Count ? names[classId] : $"class_{classId}";
}
