using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Text;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CompareAttributeMultiGenerator: a label that occurs exactly once in every image, with non-empty and pairwise
/// different attribute sets. Answer: "The &lt;label&gt; is red in Image 1, blue and white in Image 2." ("are" after a plural label); distractors:
/// the same sentence with the sets permuted. Evidence: each image's one object with the label.
/// </summary>
internal sealed class CompareAttributeVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CompareAttributeMultiGenerator"];

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
        ImageRules.EvidenceObjects(check, objects, $"its '{label}' object");
        var sets = objects.Select((o, i) => GraphFacts.Attributes(check.Graphs[i], o.Single())).ToList();
        // Read as a person reads: "big" in one image and "large" in the other is no difference, and the distractor
        // that swaps them is true as well.
        var meanings = sets.Select(set => new SortedSet<string>(set.Select(check.Vocabulary.MeaningOf), StringComparer.Ordinal)).ToList();
        if (CompareSentence.Distinct(check, meanings, $"attribute meanings for '{label}'")
            && CompareSentence.Distinct(check, sets, $"attribute set for '{label}'")
            // An attribute is seen false of an object when it is none of the object's (nor a synonym) and one of them
            // excludes it (vocabulary excludes: a car that looks "red" is not "blue", unless the car of some image is
            // both); no other attribute is.
            && CompareSentence.EveryOtherAssignmentIsFalse(check, sets,
                (k, a) => !sets[k].Any(b => check.Vocabulary.AreSynonyms(a, b)) && sets[k].Any(b => AttributeContrast.Excludes(check.Vocabulary, sets, b, a)),
                $"no image's '{label}' has an attribute that excludes one it would be given"))
        {
            // The verb agrees with the label as a reader expects ("The shoes are ...", "The glasses are ...").
            var be = Inflection.Be(label);
            CompareSentence.Check(check, sets, $"The {label} {be} ", "", $"The {label} {be} <attributes> in Image 1, <attributes> in Image 2.");
        }
    }
}
