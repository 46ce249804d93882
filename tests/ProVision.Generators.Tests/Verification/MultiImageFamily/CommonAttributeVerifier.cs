using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CommonAttributeMultiGenerator: a noun with one object in every image, labelled in the singular ("the car"); the
/// answer lists the attributes that object carries (or a synonym) in every image, one per meaning, no colour of a person;
/// distractors are its other attributes, present in some images only and excluded by an attribute of it in some image,
/// one that no image's object of it carries beside the distractor (docs/evidence.md#contrasts-a-reader-sees).
/// Evidence: each image's object with the label.
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
        if (!ImageRules.OneThingEach(check, objects, label))
        {
            return;
        }
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' objects");
        // No colour of a person is stated (it may be read as skin); an attribute is common when every image has it or a synonym.
        var vocabulary = check.Vocabulary;
        var perImage = objects.Select((set, i) => set.SelectMany(o => check.Graphs[i].Objects[o].Attributes)
            .Where(a => !(vocabulary.IsPerson(label) && vocabulary.CategoryOf(a) == "color")).ToHashSet()).ToList();
        var common = perImage.SelectMany(p => p).Where(a => perImage.All(p => p.Any(b => vocabulary.AreSynonyms(a, b)))).ToHashSet();
        check.MeaningSetAnswer(common, $"the attributes of '{label}' in every image");
        check.DistractorItems(part =>
            common.Any(c => vocabulary.AreSynonyms(part, c)) ? $"is on the '{label}' in every image"
            : !perImage.Any(p => p.Contains(part)) ? $"is not an attribute of the '{label}' in any image"
            : !perImage.Any(p => p.Any(b => AttributeContrast.Excludes(vocabulary, perImage, b, part)))
                ? $"is excluded by no attribute of the '{label}' in any image (none that no '{label}' of the item carries beside it), so a reader may see it in all"
            : null);
    }
}
