using ProVision.Generators.Tests.Verification.Reading;
using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Text;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CompareRelationMultiGenerator: a label pair, each label once in every image, whose predicate sets (subject to
/// object) are non-empty and pairwise different. Answer: "The &lt;subject&gt; is on the &lt;object&gt; in Image 1 and has
/// the &lt;object&gt; in Image 2.", each image's predicates with their verb; distractors permute the sets. Evidence: each image's [subject, object] and the
/// relations from one to the other.
/// </summary>
internal sealed class CompareRelationVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CompareRelationMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("subject") is not { } subject || check.Slot("object") is not { } obj)
        {
            return;
        }
        var subjects = ImageRules.WithLabel(check, subject);
        var objects = ImageRules.WithLabel(check, obj);
        if (subject == obj || subjects.Any(s => s.Count != 1) || objects.Any(o => o.Count != 1))
        {
            check.Fail($"labels '{subject}' and '{obj}' must differ and occur exactly once in every image, but the counts are {ItemCheck.Show(subjects.Select(s => s.Count))} and {ItemCheck.Show(objects.Select(o => o.Count))}");
            return;
        }
        var sets = new List<SortedSet<string>>();
        for (var i = 0; i < check.Graphs.Count; i++)
        {
            var (s, o) = (subjects[i].Single(), objects[i].Single());
            sets.Add(GraphFacts.PredicatesBetween(check.Graphs[i], s, o));
            var relations = GraphFacts.Relations(check.Graphs[i]).Where(p => p.Relation.Subject == s && p.Relation.Object == o).Select(p => p.Index).ToHashSet();
            if (!relations.SetEquals(check.EvidenceRelations(i)))
            {
                check.Fail($"evidence of {ImageRules.Name(i)} lists relations {ItemCheck.Show(check.EvidenceRelations(i))} but the relations from '{subject}' to '{obj}' are {ItemCheck.Show(relations.Order())}");
            }
        }
        ImageRules.EvidenceObjects(check, [.. subjects.Zip(objects, (s, o) => (IReadOnlyCollection<int>)[s.Single(), o.Single()])], $"its '{subject}' and '{obj}'");
        foreach (var (i, j) in from i in Enumerable.Range(0, sets.Count) from j in Enumerable.Range(0, sets.Count) where i != j select (i, j))
        {
            foreach (var (p, q) in from p in sets[i] from q in sets[j] where check.Vocabulary.Implies(p, q) select (p, q))
            {
                check.Fail($"{ImageRules.Name(i)}'s '{p}' implies {ImageRules.Name(j)}'s '{q}': the '{subject}' of {ImageRules.Name(i)} is '{q}' the '{obj}' too, so the sentences contrast nothing");
            }
        }
        var pairs = subjects.Zip(objects, (s, o) => (Subject: s.Single(), Object: o.Single())).ToList();
        // A predicate is seen false of an image's pair when the image does not show it: not annotated (nor a synonym, nor
        // implied) and the boxes do not bear it out (ImageRules.ShowsRelation).
        if (CompareSentence.Distinct(check, sets, $"predicate set from '{subject}' to '{obj}'")
            && CompareSentence.EveryOtherAssignmentIsFalse(check, sets, (k, p) => !ImageRules.ShowsRelation(check, k, [pairs[k].Subject], p, [pairs[k].Object]),
                $"each image's '{subject}' is annotated with, or its boxes bear out, every predicate it gives to the '{obj}'"))
        {
            // Each image's predicates with their verb, agreeing with the subject as a reader expects ("The shoes are next
            // to ...", "The man has ..."): "is on and near" when each takes "is", else each its own ("has and is near").
            var plural = Inflection.Be(subject) == "are";
            CompareSentence.Check(check, sets, $"The {subject} ", $" the {obj}", $"The {subject} <verb> <predicates> the {obj} in Image 1 and <verb> <predicates> the {obj} in Image 2.",
                (value, set) => SaysPredicates(value, set, plural));
        }
    }

    private static bool SaysPredicates(string value, SortedSet<string> predicates, bool plural)
    {
        if (predicates.All(p => !VerbWords.IsFinite(p)))
        {
            var be = plural ? "are " : "is ";
            return value.StartsWith(be, StringComparison.Ordinal) && ListText.IsJoinOf(value[be.Length..], predicates);
        }
        return ListText.IsJoinOf(value, [.. predicates.Select(p => VerbWords.After(p, plural))]);
    }
}
