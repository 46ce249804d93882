namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// HasObjectMultiGenerator ("Which image has a &lt;label&gt;?": the label is in exactly one image) and
/// HasNotObjectMultiGenerator ("Which image does not have a &lt;label&gt;?": in every image but one).
/// Evidence: each image's objects with the label (none for an image without it).
/// </summary>
internal sealed class HasObjectVerifier(bool has) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [has ? "HasObjectMultiGenerator" : "HasNotObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label)
        {
            return;
        }
        var objects = ImageRules.WithLabel(check, label);
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' objects");
        ImageRules.SelectAnswer(check, [.. objects.Select(o => (o.Count > 0) == has)], has ? $"has a '{label}'" : $"has no '{label}'");
    }
}
