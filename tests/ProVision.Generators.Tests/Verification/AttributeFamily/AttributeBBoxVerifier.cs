using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.AttributeFamily;

/// <summary>
/// AttributeBBoxGenerator: "What are the attributes of the &lt;label&gt; at region &lt;box&gt;?" The answer lists all
/// of the object's attributes (a multiple-choice item may answer one); every distractor names only real attributes
/// the object does not have.
/// </summary>
internal sealed class AttributeBBoxVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["AttributeBBoxGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (check.ExactlyObjects(1, "the object asked about") is not { } evidence)
        {
            return;
        }
        var index = evidence[0];
        var graph = check.Graph;
        // A person's colours may be skin: they are never stated, so the answer is the other attributes.
        var vocabulary = check.Vocabulary;
        var isPerson = vocabulary.IsPerson(graph.Objects[index].Label);
        var attributes = new SortedSet<string>(GraphFacts.Attributes(graph, index).Where(a => !(isPerson && vocabulary.CategoryOf(a) == "color")), StringComparer.Ordinal);
        if (attributes.Count == 0)
        {
            check.Fail($"object {index} ('{graph.Objects[index].Label}') has no attributes to ask about");
            return;
        }
        check.SlotEquals("label", graph.Objects[index].Label, $"the label of object {index}");
        check.BoxSlot("box", index);
        check.MeaningSetAnswer(attributes, $"the attribute set of object {index}");
        check.DistractorItems(part =>
            graph.Objects[index].Attributes.Any(a => vocabulary.AreSynonyms(a, part)) ? $"is an attribute of object {index} or a synonym of one"
            : !check.IsKnownAttribute(part) ? "is not an attribute of the vocabulary or the image"
            : null);
    }
}
