using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CommonAttributeMultiGenerator: a noun present in every image (no colour of a person); the answer lists the attributes the label carries
/// (on some object of it, or a synonym) in every image, one per meaning; distractors are its other attributes, present in
/// some images only and excluded by an attribute of it in some image, one that no image's object of it carries beside
/// the distractor (docs/evidence.md#contrasts-a-reader-sees).
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
        // No colour of a person is stated (it may be read as skin); an attribute is common when every image has it or a synonym.
        var vocabulary = check.Vocabulary;
        var perImage = objects.Select((set, i) => set.SelectMany(o => check.Graphs[i].Objects[o].Attributes)
            .Where(a => !(vocabulary.IsPerson(label) && vocabulary.CategoryOf(a) == "color")).ToHashSet()).ToList();
        // Each object of the label apart: one "black" dog beside one "white" dog is no dog that is both.
        var carriers = objects.SelectMany((set, i) => set.Select(o => (IEnumerable<string>)check.Graphs[i].Objects[o].Attributes)).ToList();
        var common = perImage.SelectMany(p => p).Where(a => perImage.All(p => p.Any(b => vocabulary.AreSynonyms(a, b)))).ToHashSet();
        check.MeaningSetAnswer(common, $"the attributes of '{label}' in every image");
        check.DistractorItems(part =>
            common.Any(c => vocabulary.AreSynonyms(part, c)) ? $"is on the '{label}' in every image"
            : !perImage.Any(p => p.Contains(part)) ? $"is not an attribute of the '{label}' in any image"
            : !perImage.Any(p => p.Any(b => AttributeContrast.Excludes(vocabulary, carriers, b, part)))
                ? $"is excluded by no attribute of the '{label}' in any image (none that no '{label}' of the item carries beside it), so a reader may see it in all"
            : null);
    }
}
