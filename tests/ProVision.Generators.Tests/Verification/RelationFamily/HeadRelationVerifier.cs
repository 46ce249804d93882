using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.RelationFamily;

/// <summary>
/// HeadRelationGenerator: "Among A, B, C, D, which one is &lt;predicate&gt; the &lt;object&gt;?" The evidence is
/// [subject, object] and the one relation subject -predicate-> object. S is the set of labels of every subject holding
/// that predicate to that object; the answer is the subject's label, every other offered label is an image label
/// outside S and not the object's own label, and there is at least one.
/// </summary>
internal sealed class HeadRelationVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["HeadRelationGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        if (check.ExactlyObjects(2, "[subject, object]") is not { } pair)
        {
            return;
        }
        var (subject, obj) = (pair[0], pair[1]);
        var relations = check.EvidenceRelations();
        if (relations.Length != 1 || graph.Relations[relations[0]].Subject != subject || graph.Relations[relations[0]].Object != obj)
        {
            check.Fail($"evidence must name the one relation from object {subject} to object {obj}, but names relations {ItemCheck.Show(relations)}");
            return;
        }
        var predicate = graph.Relations[relations[0]].Predicate;
        check.SlotEquals("predicate", predicate, $"the predicate of relation {relations[0]}");
        check.SlotEquals("object", check.Label(obj), $"the label of object {obj}");
        var holders = GraphFacts.Relations(graph)
            .Where(p => p.Relation.Predicate == predicate && p.Relation.Object == obj)
            .Select(p => check.Label(p.Relation.Subject)).ToHashSet();
        check.TextAnswer(check.Label(subject), $"the subject of relation {relations[0]} is '{check.Label(subject)}'");
        if (check.ListSlot("names") is not { } names)
        {
            return;
        }
        if (!names.Contains(check.Label(subject)))
        {
            check.Fail($"slot 'names' {{{ItemCheck.Quote(names)}}} does not offer the subject '{check.Label(subject)}'");
        }
        var imageLabels = graph.Objects.Select(o => o.Label).ToHashSet();
        foreach (var other in names.Where(n => n != check.Label(subject)))
        {
            var why = !imageLabels.Contains(other) ? "is not a label of the image"
                : holders.Contains(other) ? $"is also {predicate} object {obj}"
                : other == check.Label(obj) ? "is the object's own label"
                : null;
            if (why is not null)
            {
                check.Fail($"offered label '{other}' {why}");
            }
        }
        if (names.Count < 2 || names.Count > check.Options.MaxChoices)
        {
            check.Fail($"slot 'names' offers {names.Count} labels; the question needs 2 to {check.Options.MaxChoices} (no item without a distractor)");
        }
        check.ChoicesWithin(names, "the offered names");
    }
}
