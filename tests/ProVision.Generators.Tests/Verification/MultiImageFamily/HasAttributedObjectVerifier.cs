using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// HasAttributedObjectMultiGenerator ("Which image has a &lt;attribute&gt; &lt;label&gt;?") and
/// HasNotAttributedObjectMultiGenerator ("... does not have ..."). The label is in every image, so the question is
/// about the attribute, not about presence; the attribute is on the label in exactly one image (Has) or in all but
/// one (HasNot), read with its synonyms (a "big" car is a "large" car), and every object of the label in an image
/// without it has an attribute that excludes it (docs/evidence.md#attributes-a-reader-sees). Evidence: each image's
/// objects with the label.
/// </summary>
internal sealed class HasAttributedObjectVerifier(bool has) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [has ? "HasAttributedObjectMultiGenerator" : "HasNotAttributedObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label || check.Slot("attribute") is not { } attribute)
        {
            return;
        }
        var objects = ImageRules.WithLabel(check, label);
        var missing = Enumerable.Range(0, objects.Count).Where(i => objects[i].Count == 0).ToList();
        if (missing.Count > 0)
        {
            check.Fail($"label '{label}' must be in every image but images {ItemCheck.Show(missing)} have none");
            return;
        }
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' objects");
        var attributed = Enumerable.Range(0, objects.Count)
            .Select(i => objects[i].Any(o => check.Graphs[i].Objects[o].Attributes.Any(b => check.Vocabulary.AreSynonyms(attribute, b))) == has).ToList();
        ImageRules.SelectAnswer(check, attributed, has ? $"has a '{attribute}' '{label}'" : $"has no '{attribute}' '{label}'");
        // An image without the attribute must be seen to lack it: every object of the label there has an attribute
        // excluding it (a car with no colour named may be red).
        var carriers = ImageRules.AttributeSets(check, objects);
        for (var i = 0; i < objects.Count; i++)
        {
            if (attributed[i] == has)
            {
                continue;
            }
            foreach (var o in objects[i].Where(o => !AttributeContrast.SeenWithout(check.Vocabulary, carriers, check.Graphs[i].Objects[o].Attributes, attribute)))
            {
                check.Fail($"'{label}' object {o} of {ImageRules.Name(i)} has no attribute that excludes '{attribute}', so a reader may see a '{attribute}' '{label}' there too");
            }
        }
    }
}
