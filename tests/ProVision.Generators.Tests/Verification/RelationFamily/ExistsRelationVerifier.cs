using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.RelationFamily;

/// <summary>
/// ExistsRelationGenerator ("What is the relation between the &lt;subject&gt; and the &lt;object&gt;?", both labels
/// unique) and RelationBBoxGenerator (the same for any pair, both referred to by box ratio). The evidence is the pair
/// [subject, object] and every relation from subject to object; the answer lists their predicates; distractors are
/// known predicates that do not hold from subject to object.
/// </summary>
internal sealed class ExistsRelationVerifier(bool byBox) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [byBox ? "RelationBBoxGenerator" : "ExistsRelationGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (check.ExactlyObjects(2, "[subject, object]") is not { } pair)
        {
            return;
        }
        var (subject, obj) = (pair[0], pair[1]);
        if (subject == obj)
        {
            check.Fail($"subject and object are the same object {subject}");
            return;
        }
        if (!byBox)
        {
            foreach (var i in pair.Where(i => !GraphFacts.IsUniqueLabel(graph, i)))
            {
                check.Fail($"object {i} ('{graph.Objects[i].Label}') does not have a unique label, so naming it is ambiguous");
            }
        }
        var relations = GraphFacts.Relations(graph).Where(p => p.Relation.Subject == subject && p.Relation.Object == obj).Select(p => p.Index).ToHashSet();
        if (relations.Count == 0)
        {
            check.Fail($"object {subject} has no relation to object {obj}");
            return;
        }
        if (!relations.SetEquals(check.EvidenceRelations()))
        {
            check.Fail($"evidence relations {ItemCheck.Show(check.EvidenceRelations())} but the relations from {subject} to {obj} are {ItemCheck.Show(relations.Order())}");
        }
        CheckSlots(check, subject, obj);
        var predicates = GraphFacts.PredicatesBetween(graph, subject, obj);
        check.MeaningSetAnswer(predicates, $"the predicates from object {subject} to object {obj}");
        check.DistractorItems(part =>
            predicates.Contains(part) ? $"holds from object {subject} to object {obj}"
            : !check.IsKnownPredicate(part) ? "is not a predicate of the vocabulary or the data set"
            : null);
    }

    private void CheckSlots(ItemCheck check, int subject, int obj)
    {
        if (byBox)
        {
            check.BoxSlot("subject_box", subject);
            check.BoxSlot("object_box", obj);
            check.OptionalSlotEquals("subject", check.Label(subject), $"the label of object {subject}");
            check.OptionalSlotEquals("object", check.Label(obj), $"the label of object {obj}");
        }
        else
        {
            check.SlotEquals("subject", check.Label(subject), $"the label of object {subject}");
            check.SlotEquals("object", check.Label(obj), $"the label of object {obj}");
        }
    }
}
