using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CountAttributeObjectMultiGenerator: "How many &lt;attribute&gt; &lt;label&gt;s are there in these images?" The total
/// number of objects with the label and the attribute or a synonym of it ("big" cars are "large"), which must exceed
/// 1 (the spec asks only about attributes counted more than once); the label must be countable, and every other object
/// of it must have an attribute that excludes the attribute (docs/evidence.md#attributes-a-reader-sees). Evidence: each
/// image's objects with both.
/// </summary>
internal sealed class CountAttributeObjectMultiVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CountAttributeObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("label") is not { } label || check.Slot("attribute") is not { } attribute || !ImageRules.Countable(check, label))
        {
            return;
        }
        var ofLabel = ImageRules.WithLabel(check, label);
        var objects = ofLabel
            .Select((set, i) => (IReadOnlyCollection<int>)set.Where(o => check.Graphs[i].Objects[o].Attributes.Any(a => check.Vocabulary.AreSynonyms(a, attribute))).ToList()).ToList();
        // Every other object of the label must be seen not to have the attribute (one of its attributes excludes it),
        // else a reader may count it as well.
        var carriers = ImageRules.AttributeSets(check, ofLabel);
        for (var i = 0; i < ofLabel.Count; i++)
        {
            foreach (var o in ofLabel[i].Where(o => !objects[i].Contains(o)
                && !AttributeContrast.SeenWithout(check.Vocabulary, carriers, check.Graphs[i].Objects[o].Attributes, attribute)))
            {
                check.Fail($"'{label}' object {o} of {ImageRules.Name(i)} has no attribute that excludes '{attribute}', so a reader may count it as well");
            }
        }
        var total = objects.Sum(o => o.Count);
        if (total < 2)
        {
            check.Fail($"there are {total} '{attribute}' '{label}' objects in the images; the question needs more than 1");
            return;
        }
        ImageRules.EvidenceObjects(check, objects, $"its '{attribute}' '{label}' objects");
        check.OptionalCountSlot("count", total, $"the total number of '{attribute}' '{label}' objects");
        check.CountAnswer(total, $"the total number of '{attribute}' '{label}' objects ({ItemCheck.Show(objects.Select(o => o.Count))} per image)");
    }
}
