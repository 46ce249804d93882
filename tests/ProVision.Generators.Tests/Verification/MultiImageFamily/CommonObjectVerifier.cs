using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// CommonObjectMultiGenerator: "What objects appear in all of these images?" The answer lists every thing's label
/// (not a vocabulary non-object) present in all images (a multiple-choice item may answer one of them); distractors are labels present in some but not all.
/// Evidence: in each image, objects of the answered labels only, at least one per answered label.
/// </summary>
internal sealed class CommonObjectVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["CommonObjectMultiGenerator"];

    public bool IsMultiImage => true;

    public void Verify(ItemCheck check)
    {
        // Labels are read as nouns (either number: "person", "people"), as a reader sees them; only things are objects
        // ("color", "spots" are vocabulary nonObjects: never an answer nor a distractor).
        var perImage = check.Graphs.Select(g => g.Objects.Where(o => check.Vocabulary.IsThing(o.Label)).Select(o => check.Vocabulary.NounOf(o.Label))
            .ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var common = perImage.Skip(1).Aggregate(new HashSet<string>(perImage[0], StringComparer.OrdinalIgnoreCase), (set, next) => { set.IntersectWith(next); return set; });
        if (!check.SetAnswer(common, "the set of labels in every image"))
        {
            return;
        }
        var answered = common.Contains(check.Item.Answer) ? [check.Item.Answer] : common;
        for (var i = 0; i < check.Graphs.Count; i++)
        {
            var labels = check.EvidenceObjects(i).Select(o => check.Vocabulary.NounOf(check.Label(o, i))).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!labels.SetEquals(answered))
            {
                check.Fail($"evidence of {ImageRules.Name(i)} shows labels {{{ItemCheck.Quote(labels)}}} but the answer names {{{ItemCheck.Quote(answered)}}}");
            }
        }
        check.DistractorItems(part =>
            common.Contains(part) ? "is in every image"
            : !perImage.Any(p => p.Contains(part)) ? "is in none of the images"
            : null);
    }
}
