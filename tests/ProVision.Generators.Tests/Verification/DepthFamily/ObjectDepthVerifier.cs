using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.Verification.DepthFamily.ObjectDepths;

namespace ProVision.Generators.Tests.Verification.DepthFamily;

/// <summary>
/// CloserObjectGenerator / FartherObjectGenerator: "Which of A and B is closer?" for two objects with unique
/// labels, disjoint boxes, non-empty masks and object depths (mode over the mask) at least the threshold apart.
/// </summary>
internal sealed class ObjectDepthVerifier(bool closer) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [closer ? "CloserObjectGenerator" : "FartherObjectGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (check.ExactlyObjects(2, "the two compared objects") is not { } pair || DepthFacts.Load(check) is not { } depth
            || ObjectDepths.Of(check, depth, pair) is not { } values)
        {
            return;
        }
        var (a, b) = (pair[0], pair[1]);
        if (Math.Abs(values[0] - values[1]) < depth.Threshold)
        {
            check.Fail($"object depths {Num(values[0])} and {Num(values[1])} differ by less than the threshold {Num(depth.Threshold)}");
            return;
        }
        var labels = new[] { check.Label(a), check.Label(b) };
        if (check.ListSlot("names") is { } names && !names.ToHashSet().SetEquals(labels))
        {
            check.Fail($"slot 'names' offers {{{ItemCheck.Quote(names)}}} but the evidence objects are {{{ItemCheck.Quote(labels)}}}");
        }
        check.ChoicesWithin(labels, "the two compared labels");
        var aWins = depth.Closer(values[0], values[1]) == closer;
        var (winner, loser) = aWins ? (0, 1) : (1, 0);
        check.TextAnswer(labels[winner],
            $"'{labels[winner]}' (depth {Num(values[winner])}) is {(closer ? "closer" : "farther")} than '{labels[loser]}' (depth {Num(values[loser])}), {depth.Convention.ToName()}");
    }
}
