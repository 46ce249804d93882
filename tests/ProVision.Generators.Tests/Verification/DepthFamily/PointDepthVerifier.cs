using System.Globalization;
using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.DepthFamily;

/// <summary>
/// CloserPointGenerator / FartherPointGenerator: "Which point, (0.38, 0.26) or (0.38, 0.82), is closer?" Points
/// travel only as rounded ratios, so each stands for a cell of pixels (one pixel in images up to 100 pixels wide).
/// The item is accepted when some pixel pair from the two cells makes the answer closer (farther) by at least the
/// threshold under the map's convention: sound (a correct item always passes), exact for small images.
/// </summary>
internal sealed class PointDepthVerifier(bool closer) : IGeneratorVerifier
{
    private readonly string _word = closer ? "closer" : "farther";

    public IEnumerable<string> Generators => [closer ? "CloserPointGenerator" : "FartherPointGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (!check.EvidenceObjects().IsEmpty || !check.EvidenceRelations().IsEmpty)
        {
            check.Fail("a point item rests on no object or relation; its evidence must be empty");
        }
        if (DepthFacts.Load(check) is not { } depth || check.PointSlot("point1") is not { } p1 || check.PointSlot("point2") is not { } p2)
        {
            return;
        }
        var (text1, text2) = (check.Item.Slot("point1")!, check.Item.Slot("point2")!);
        if (text1 == text2)
        {
            check.Fail($"both points print as {text1}; the two ratios must differ");
            return;
        }
        var answer = check.Item.Answer;
        if (answer != text1 && answer != text2)
        {
            check.Fail($"answer '{answer}' is neither point1 {text1} nor point2 {text2}");
            return;
        }
        check.ChoicesWithin([text1, text2], "the two points");
        if (Range(check, graph, depth, p1, "point1") is not { } r1 || Range(check, graph, depth, p2, "point2") is not { } r2)
        {
            return;
        }
        var (mine, other, otherText) = answer == text1 ? (r1, r2, text2) : (r2, r1, text1);
        // "a is closer than b by t": larger-is-closer needs a - b >= t, larger-is-farther needs b - a >= t.
        var wantLarger = closer == (depth.Convention == DepthConvention.LargerIsCloser);
        var best = wantLarger ? mine.Max - other.Min : other.Max - mine.Min;
        if (best >= depth.Threshold)
        {
            return;
        }
        var reverse = wantLarger ? other.Max - mine.Min : mine.Max - other.Min;
        check.Fail(reverse >= depth.Threshold
            ? $"answer '{answer}' (depth {Show(mine)}) but {otherText} (depth {Show(other)}) is the {_word} point ({depth.Convention.ToName()})"
            : $"the points' depths ({Show(r1)} and {Show(r2)}) differ by less than the threshold {Num(depth.Threshold)} in the answer's favour");
    }

    /// <summary>The depth range over the cell of pixels a printed point stands for.</summary>
    private static (float Min, float Max)? Range(ItemCheck check, SceneGraph graph, DepthFacts depth, (string X, string Y) point, string slot)
    {
        var xs = RatioText.Pixels(point.X, graph.Width);
        var ys = RatioText.Pixels(point.Y, graph.Height);
        if (xs.Count == 0 || ys.Count == 0)
        {
            check.Fail($"no pixel of the {graph.Width}x{graph.Height} image prints as {slot} ({point.X}, {point.Y})");
            return null;
        }
        var values = xs.SelectMany(x => ys.Select(y => depth.At(x * depth.Width / graph.Width, y * depth.Height / graph.Height))).ToList();
        return (values.Min(), values.Max());
    }

    private static string Show((float Min, float Max) r) => r.Min == r.Max ? Num(r.Min) : $"{Num(r.Min)}..{Num(r.Max)}";

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);
}
