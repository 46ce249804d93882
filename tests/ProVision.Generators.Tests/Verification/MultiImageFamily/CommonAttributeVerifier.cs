using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CommonAttributeMultiGenerator: a label present in every image; the answer lists the attributes the label carries
/// (on some object of it) in every image; distractors are its other attributes, present in some images only.
/// Evidence: each image's objects with the label.
/// </summary>
internal sealed class CommonAttributeVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CommonAttributeMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label)
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
        var perImage = objects.Select((set, i) => set.SelectMany(o => check.Graphs[i].Objects[o].Attributes).ToHashSet()).ToList();
        var common = perImage.Skip(1).Aggregate(new HashSet<string>(perImage[0]), (set, next) => { set.IntersectWith(next); return set; });
        check.SetAnswer(common, $"the attributes of '{label}' in every image");
        check.DistractorItems(part =>
            common.Contains(part) ? $"is on the '{label}' in every image"
            : !perImage.Any(p => p.Contains(part)) ? $"is not an attribute of the '{label}' in any image"
            : null);
    }
}
