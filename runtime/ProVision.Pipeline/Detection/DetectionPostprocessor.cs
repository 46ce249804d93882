using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection;

/// <summary>
/// Turns decoded candidates into the detector's result: NMS (when the model needs it), labels from the class list,
/// renames, the keep filter, boxes clipped to the image and rounded to 0.01 px, tiny boxes dropped, duplicates dropped
/// (<see cref="DetectorOptions.Duplicates"/>, on the final labels and boxes), best <see cref="DetectorOptions.MaxObjects"/>
/// kept (score order, ties in candidate order), then each crowd made one object (<see cref="DetectorOptions.Crowds"/>).
/// </summary>
public static class DetectionPostprocessor
{
    public static List<DetectedObject> Finish(
        IReadOnlyList<Candidate> candidates, IReadOnlyList<string> classes, double? nmsIou,
        DetectorOptions options, int imageWidth, int imageHeight)
    {
        var kept = nmsIou is { } iou ? Nms.Apply(candidates, iou) : SortByScore(candidates);
        var result = new List<DetectedObject>();
        foreach (var candidate in kept)
        {
            var name = ClassNames.NameOf(classes, candidate.ClassId);
            var label = options.Rename.TryGetValue(name, out var renamed) ? renamed : name;
            if (options.Keep.Count > 0 && !options.Keep.Contains(label)) continue;
            var b = candidate.Box;
            if (!b.IsFinite) continue;
            var box = new Box(
                Round(Math.Clamp(b.X1, 0, imageWidth)), Round(Math.Clamp(b.Y1, 0, imageHeight)),
                Round(Math.Clamp(b.X2, 0, imageWidth)), Round(Math.Clamp(b.Y2, 0, imageHeight)));
            if (box.Width < options.MinBoxSize || box.Height < options.MinBoxSize) continue;
            result.Add(new DetectedObject(label, box, MathF.Round(candidate.Score, 4), candidate.ClassId));
        }
        return options.Crowds.Apply(options.Duplicates.Apply(result, options.MaxObjects), imageWidth, imageHeight);
    }

    private static List<Candidate> SortByScore(IReadOnlyList<Candidate> candidates) =>
        Enumerable.Range(0, candidates.Count).OrderByDescending(i => candidates[i].Score).ThenBy(i => i).Select(i => candidates[i]).ToList();

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.ToEven);
}
