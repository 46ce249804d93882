using ProVision.Generators.Tests.Verification.Support;
using static ProVision.Generators.Tests.Verification.DepthFamily.ObjectDepths;

namespace ProVision.Generators.Tests.Verification.DepthFamily;

/// <summary>
/// CloserToAnchorObjectGenerator / FartherToAnchorObjectGenerator: "Which of B and C is closer to A (in depth)?"
/// Three objects as for object depth; sorted by depth v0 &lt;= v1 &lt;= v2 with gaps g1 = v1 - v0, g2 = v2 - v1, the
/// gaps differ by at least the threshold; the anchor is v2 or v1 when g1 &gt; g2, else v0 or v1 (the spec's rule);
/// the answer is the other object whose depth is nearer to (farther from) the anchor's.
/// </summary>
internal sealed class AnchorDepthVerifier(bool closer) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [closer ? "CloserToAnchorObjectGenerator" : "FartherToAnchorObjectGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (check.ExactlyObjects(3, "the anchor and the two compared objects") is not { } evidence || DepthFacts.Load(check) is not { } depth
            || Of(check, depth, evidence) is not { } values || check.Slot("anchor") is not { } anchorLabel)
        {
            return;
        }
        var anchorAt = evidence.IndexOf(evidence.FirstOrDefault(i => check.Label(i) == anchorLabel, -1));
        if (anchorAt < 0)
        {
            check.Fail($"slot 'anchor' is '{anchorLabel}', which is not the label of an evidence object {ItemCheck.Show(evidence)}");
            return;
        }
        var sorted = values.Order().ToArray();
        var (g1, g2) = (sorted[1] - sorted[0], sorted[2] - sorted[1]);
        if (Math.Abs(g1 - g2) < depth.Threshold)
        {
            check.Fail($"depth gaps {Num(g1)} and {Num(g2)} (depths {Num(sorted[0])}, {Num(sorted[1])}, {Num(sorted[2])}) differ by less than the threshold {Num(depth.Threshold)}");
            return;
        }
        var allowed = g1 > g2 ? new[] { sorted[2], sorted[1] } : [sorted[0], sorted[1]];
        if (!allowed.Contains(values[anchorAt]))
        {
            check.Fail($"anchor '{anchorLabel}' has depth {Num(values[anchorAt])}, but with gaps {Num(g1)} and {Num(g2)} the anchor must have depth {Num(allowed[0])} or {Num(allowed[1])}");
            return;
        }
        var others = Enumerable.Range(0, 3).Where(k => k != anchorAt).ToArray();
        var labels = others.Select(k => check.Label(evidence[k])).ToArray();
        if (check.ListSlot("names") is { } names && !names.ToHashSet().SetEquals(labels))
        {
            check.Fail($"slot 'names' offers {{{ItemCheck.Quote(names)}}} but the compared objects are {{{ItemCheck.Quote(labels)}}}");
        }
        check.ChoicesWithin(labels, "the two compared labels");
        var distance = others.Select(k => Math.Abs(values[k] - values[anchorAt])).ToArray();
        var pick = (distance[0] < distance[1]) == closer ? 0 : 1;
        check.TextAnswer(labels[pick],
            $"'{labels[pick]}' (depth {Num(values[others[pick]])}) is {(closer ? "closer to" : "farther from")} the anchor (depth {Num(values[anchorAt])}) than '{labels[1 - pick]}' (depth {Num(values[others[1 - pick]])})");
    }
}
