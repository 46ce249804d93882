namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CountObjectMultiGenerator: "How many &lt;label&gt;s are there in these images?" A countable label present in every
/// image; the answer is the total count. Evidence: each image's objects with the label.
/// </summary>
internal sealed class CountObjectMultiVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CountObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label || !ImageRules.Countable(check, label))
        {
            return;
        }
        var objects = ImageRules.WithLabel(check, label);
        if (objects.Any(o => o.Count == 0))
        {
            check.Fail($"label '{label}' must be in every image but the counts are {ItemCheck.Show(objects.Select(o => o.Count))}");
            return;
        }
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' objects");
        var total = objects.Sum(o => o.Count);
        if (check.Item.Slot("name") is { } name)
        {
            check.NounAgrees("name", name, label, total);
        }
        check.OptionalCountSlot("count", total, $"the total number of '{label}' objects");
        check.CountAnswer(total, $"the total number of '{label}' objects ({ItemCheck.Show(objects.Select(o => o.Count))} per image)");
    }
}
