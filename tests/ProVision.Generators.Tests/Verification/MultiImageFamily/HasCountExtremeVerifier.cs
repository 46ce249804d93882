namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// HasMostObjectMultiGenerator / HasLeastObjectMultiGenerator: "Which image has the most (fewest) &lt;label&gt;s?" A
/// countable label present in every image with pairwise different counts. Evidence: each image's objects with the
/// label, all of them, since the counts are the answer.
/// </summary>
internal sealed class HasCountExtremeVerifier(bool most) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [most ? "HasMostObjectMultiGenerator" : "HasLeastObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label || !ImageRules.Countable(check, label))
        {
            return;
        }
        var objects = ImageRules.WithLabel(check, label);
        var counts = objects.Select(o => o.Count).ToList();
        if (counts.Contains(0) || counts.Distinct().Count() != counts.Count)
        {
            check.Fail($"label '{label}' must be in every image with pairwise different counts, but the counts are {ItemCheck.Show(counts)}");
            return;
        }
        if (check.Item.Slot("name") is { } name)
        {
            check.NounAgrees("name", name, label, 2);
        }
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' objects");
        var extreme = most ? counts.Max() : counts.Min();
        ImageRules.SelectAnswer(check, [.. counts.Select(c => c == extreme)], $"has the {(most ? "most" : "fewest")} '{label}' objects ({extreme}; counts {ItemCheck.Show(counts)})");
    }
}
