using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification.AttributeFamily;

/// <summary>
/// TypedAttributeBBoxGenerator: "What is the &lt;category&gt; of the &lt;label&gt; at region &lt;box&gt;?" for a category
/// other than "other" that the object has. The answer is the object's attributes of that category (the vocabulary
/// decides categories); distractors come from the same category and are not on the object.
/// </summary>
internal sealed class TypedAttributeBBoxVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["TypedAttributeBBoxGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (check.ExactlyObjects(1, "the object asked about") is not { } evidence || check.Slot("category") is not { } category)
        {
            return;
        }
        var index = evidence[0];
        var graph = check.Graph;
        var vocabulary = check.Vocabulary;
        if (category == AttributeCategories.Other)
        {
            check.Fail("category 'other' is never asked about");
            return;
        }
        var attributes = GraphFacts.Attributes(graph, index);
        var typed = attributes.Where(a => vocabulary.CategoryOf(a) == category).ToList();
        if (typed.Count == 0)
        {
            check.Fail($"object {index} has no attribute of category '{category}' (its attributes: {{{ItemCheck.Quote(attributes)}}})");
            return;
        }
        check.SlotEquals("label", graph.Objects[index].Label, $"the label of object {index}");
        check.BoxSlot("box", index);
        check.MeaningSetAnswer(typed, $"the '{category}' attributes of object {index}");
        check.DistractorItems(part =>
            attributes.Contains(part) ? $"is an attribute of object {index}"
            : vocabulary.CategoryOf(part) != category ? $"is of category '{vocabulary.CategoryOf(part)}', not '{category}'"
            : null);
    }
}
