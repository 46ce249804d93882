using System.Globalization;
using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.ObjectFamily;

/// <summary>
/// Left/Right/Top/BottomMostObjectGenerator: three objects with unique labels whose extents along the axis pairwise
/// do not overlap; the answer has the smallest x1 (left), largest x2 (right), smallest y1 (top) or largest y2
/// (bottom). Non-overlap makes the extreme unambiguous, so a tie is itself a failure.
/// </summary>
internal sealed class ExtremeObjectVerifier : IGeneratorVerifier
{
    private readonly string _name;
    private readonly bool _horizontal;
    private readonly bool _smallest;
    private readonly string _edge;
    private readonly Func<Box, double> _key;

    private ExtremeObjectVerifier(string name, bool horizontal, bool smallest, string edge, Func<Box, double> key)
    {
        (_name, _horizontal, _smallest, _edge, _key) = (name, horizontal, smallest, edge, key);
    }

    public static IEnumerable<IGeneratorVerifier> All =>
    [
        new ExtremeObjectVerifier("LeftMostObjectGenerator", true, true, "x1", b => b.X1),
        new ExtremeObjectVerifier("RightMostObjectGenerator", true, false, "x2", b => b.X2),
        new ExtremeObjectVerifier("TopMostObjectGenerator", false, true, "y1", b => b.Y1),
        new ExtremeObjectVerifier("BottomMostObjectGenerator", false, false, "y2", b => b.Y2),
    ];

    public IEnumerable<string> Generators => [_name];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (check.ExactlyObjects(3, "the three compared objects") is not { } evidence || !Preconditions(check, graph, evidence))
        {
            return;
        }
        var labels = evidence.Select(i => graph.Objects[i].Label).ToList();
        if (check.ListSlot("names") is { } names && !names.ToHashSet().SetEquals(labels))
        {
            check.Fail($"slot 'names' offers {{{ItemCheck.Quote(names)}}} but the evidence objects are {{{ItemCheck.Quote(labels)}}}");
        }
        check.ChoicesWithin(labels, "the three compared labels");
        var ordered = evidence.OrderBy(i => _smallest ? _key(graph.Objects[i].Box) : -_key(graph.Objects[i].Box)).ToList();
        var best = ordered[0];
        var bestValue = _key(graph.Objects[best].Box);
        if (bestValue == _key(graph.Objects[ordered[1]].Box))
        {
            check.Fail($"objects {best} and {ordered[1]} tie on {_edge} ({Num(bestValue)}), so no object is the extreme");
            return;
        }
        var answer = check.Item.Answer;
        var answered = evidence.FirstOrDefault(i => graph.Objects[i].Label == answer, -1);
        if (answered < 0)
        {
            check.Fail($"answer '{answer}' is not one of the evidence labels {{{ItemCheck.Quote(labels)}}}");
        }
        else if (answered != best)
        {
            var sign = _smallest ? "<" : ">";
            check.Fail($"answer '{answer}' but '{graph.Objects[best].Label}' has the {(_smallest ? "smallest" : "largest")} {_edge} " +
                $"({Num(bestValue)} {sign} {Num(_key(graph.Objects[answered].Box))}) among evidence objects {ItemCheck.Show(evidence)}");
        }
    }

    private bool Preconditions(ItemCheck check, SceneGraph graph, IReadOnlyList<int> evidence)
    {
        var ok = true;
        foreach (var i in evidence.Where(i => !GraphFacts.IsUniqueLabel(graph, i)))
        {
            ok = check.Fail($"object {i} ('{graph.Objects[i].Label}') does not have a unique label: the image has {GraphFacts.CountLabel(graph, graph.Objects[i].Label)}");
        }
        for (var a = 0; a < evidence.Count; a++)
        {
            for (var b = a + 1; b < evidence.Count; b++)
            {
                var (p, q) = (graph.Objects[evidence[a]].Box, graph.Objects[evidence[b]].Box);
                if (_horizontal ? Boxes.OverlapX(p, q) : Boxes.OverlapY(p, q))
                {
                    ok = check.Fail($"objects {evidence[a]} and {evidence[b]} overlap {(_horizontal ? "horizontally" : "vertically")} ({Boxes.Show(p)} and {Boxes.Show(q)})");
                }
            }
        }
        return ok;
    }

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);
}
