using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.SegmentationFamily;

/// <summary>
/// SameObjectSegGenerator / DiffObjectSegGenerator: "Which of P and Q is on the same (a different) object as A?"
/// The region is the evidence object's pixels in the painted label map (later objects win). The anchor and the
/// inside point lie in the region, the outside point does not, all three print differently, and the two candidate
/// points are about equally far from the anchor. Points are rounded ratios, so each is a cell of pixels (see
/// <see cref="RatioText.Pixels"/>): "in" means some pixel of the cell is in the region, "out" some pixel is not.
/// The words call the region an object, so its label is a thing (vocabulary nonObjects).
/// </summary>
internal sealed class SegmentationPointVerifier(bool same) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [same ? "SameObjectSegGenerator" : "DiffObjectSegGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (check.ExactlyObjects(1, "the object whose region holds the anchor") is not { } evidence || LabelMap.Paint(check, graph) is not { } map)
        {
            return;
        }
        var owner = evidence[0];
        if (!check.Vocabulary.IsThing(graph.Objects[owner].Label))
        {
            // "the same object as A": a region labelled "color" or "spots" is no object (vocabulary nonObjects).
            check.Fail($"reading [thing]: the anchor's region is object {owner} ('{graph.Objects[owner].Label}'), which is no thing, yet the words call it an object");
        }
        if (map.Area(owner) == 0)
        {
            check.Fail($"object {owner}'s region is empty (its mask is empty or covered by later objects)");
            return;
        }
        if (check.PointSlot("anchor") is not { } anchor || check.PointSlot("point1") is not { } p1 || check.PointSlot("point2") is not { } p2)
        {
            return;
        }
        var texts = new[] { "anchor", "point1", "point2" }.Select(s => check.Item.Slot(s)!).ToArray();
        if (texts.Distinct().Count() != 3)
        {
            check.Fail($"anchor {texts[0]}, point1 {texts[1]} and point2 {texts[2]} must print differently");
            return;
        }
        var answer = check.Item.Answer;
        if (answer != texts[1] && answer != texts[2])
        {
            check.Fail($"answer '{answer}' is neither point1 {texts[1]} nor point2 {texts[2]}");
            return;
        }
        check.ChoicesWithin([texts[1], texts[2]], "the two points");
        var (answerPoint, otherPoint, otherText) = answer == texts[1] ? (p1, p2, texts[2]) : (p2, p1, texts[1]);
        var (inside, outside) = same ? (answerPoint, otherPoint) : (otherPoint, answerPoint);
        var (insideText, outsideText) = same ? (answer, otherText) : (otherText, answer);
        var where = $"object {owner}'s region";
        if (!Cell(map, graph, anchor).Any(o => o == owner))
        {
            check.Fail($"anchor {texts[0]} is not on {where}");
        }
        if (!Cell(map, graph, inside).Any(o => o == owner))
        {
            check.Fail(same ? $"answer '{answer}' is not on {where}; the same-object point must be" : $"the other point {insideText} is not on {where}, so both points are off the anchor's object");
        }
        if (!Cell(map, graph, outside).Any(o => o != owner))
        {
            check.Fail(same ? $"the other point {outsideText} is also on {where}, so both points are on the anchor's object" : $"answer '{answer}' is on {where}; the different-object point must not be");
        }
        CheckDistances(check, graph, anchor, inside, outside);
    }

    /// <summary>The owners of the pixels a printed point stands for (scaled into the map when sizes differ).</summary>
    private static IEnumerable<int> Cell(LabelMap map, SceneGraph graph, (string X, string Y) point) =>
        RatioText.Pixels(point.X, graph.Width).SelectMany(x => RatioText.Pixels(point.Y, graph.Height)
            .Select(y => map.Owner(x * map.Width / graph.Width, y * map.Height / graph.Height)));

    /// <summary>
    /// The outside point is drawn at the inside point's distance from the anchor. Rounding moves each point by up to
    /// half a cell, so the tolerance is two cell diagonals plus a few pixels for the integer pixel grid.
    /// </summary>
    private static void CheckDistances(ItemCheck check, SceneGraph graph, (string X, string Y) anchor, (string X, string Y) inside, (string X, string Y) outside)
    {
        double Distance((string X, string Y) a, (string X, string Y) b) => Math.Sqrt(
            Math.Pow((RatioText.Value(a.X) - RatioText.Value(b.X)) * graph.Width, 2) + Math.Pow((RatioText.Value(a.Y) - RatioText.Value(b.Y)) * graph.Height, 2));
        var (near, far) = (Distance(anchor, inside), Distance(anchor, outside));
        var tolerance = (0.02 * (graph.Width + graph.Height)) + 5;
        if (Math.Abs(near - far) > tolerance)
        {
            check.Fail(FormattableString.Invariant($"the inside point is {near:0.#} px from the anchor but the outside point {far:0.#} px; they must be at the same distance (tolerance {tolerance:0.#})"));
        }
    }
}
