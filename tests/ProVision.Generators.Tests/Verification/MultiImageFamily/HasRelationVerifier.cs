using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// HasRelationMultiGenerator / HasNotRelationMultiGenerator: one image (Has) or all but one (HasNot) hold
/// &lt;subject&gt; &lt;predicate&gt; &lt;object&gt; between objects of those nouns (annotated, or borne out by the boxes:
/// <see cref="ImageRules.ShowsRelation"/>); every image without it relates the
/// same label pair by another predicate, so the question turns on the predicate. Evidence: each image's relations
/// from a subject-labelled to an object-labelled object, and their end objects.
/// </summary>
internal sealed class HasRelationVerifier(bool has) : IGeneratorVerifier
{
    public IEnumerable<string> Generators => [has ? "HasRelationMultiGenerator" : "HasNotRelationMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("subject") is not { } subject || check.Slot("predicate") is not { } predicate || check.Slot("object") is not { } obj)
        {
            return;
        }
        var holds = new bool[check.Graphs.Count];
        var (subjects, objects) = (ImageRules.WithLabel(check, subject), ImageRules.WithLabel(check, obj));
        for (var i = 0; i < check.Graphs.Count; i++)
        {
            var graph = check.Graphs[i];
            var pairRelations = GraphFacts.Relations(graph)
                .Where(p => graph.Objects[p.Relation.Subject].Label == subject && graph.Objects[p.Relation.Object].Label == obj).ToList();
            holds[i] = ImageRules.ShowsRelation(check, i, subjects[i], predicate, objects[i]);
            if (!holds[i] && pairRelations.Count == 0)
            {
                check.Fail($"{ImageRules.Name(i)} has no relation from a '{subject}' to a '{obj}'; every image must relate the pair");
            }
            if (!pairRelations.Select(p => p.Index).ToHashSet().SetEquals(check.EvidenceRelations(i)))
            {
                check.Fail($"evidence of {ImageRules.Name(i)} lists relations {ItemCheck.Show(check.EvidenceRelations(i))} but its '{subject}' -> '{obj}' relations are {ItemCheck.Show(pairRelations.Select(p => p.Index))}");
            }
            var ends = pairRelations.SelectMany(p => new[] { p.Relation.Subject, p.Relation.Object }).ToHashSet();
            if (!ends.SetEquals(check.EvidenceObjects(i)))
            {
                check.Fail($"evidence of {ImageRules.Name(i)} lists objects {ItemCheck.Show(check.EvidenceObjects(i))} but the ends of its '{subject}' -> '{obj}' relations are {ItemCheck.Show(ends.Order())}");
            }
        }
        var triple = $"'{subject}' {predicate} '{obj}'";
        ImageRules.SelectAnswer(check, [.. holds.Select(h => h == has)], has ? $"holds {triple}" : $"does not hold {triple}");
    }
}
