using ProVision.Runtime.Stdlib;
using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// SceneGraphCaptionGenerator (description only): a dense caption of the whole graph. The evidence lists every
/// thing (an object whose label is no vocabulary non-object such as "color" or "spots") and exactly one relation per
/// related pair of things (the one the caption describes); the text names no non-thing, mentions every thing's label (or a plural), every attribute, every evidence predicate, opens isolated objects with
/// "there is/are", tells repeated identical related objects apart with ordinals, and capitalises each paragraph.
/// The wording itself is free, so these are necessary conditions, not a re-rendering.
/// </summary>
internal sealed class CaptionVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["SceneGraphCaptionGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        var text = check.Item.Response;
        if (check.IsMultipleChoice || check.Item.Prompt.Length > 0)
        {
            check.Fail("the caption generator emits descriptions only (empty prompt, no choices)");
        }
        var objects = check.EvidenceObjects();
        // The caption names things only: a region labelled "color" or "spots" is no object (vocabulary nonObjects).
        var things = Enumerable.Range(0, graph.Objects.Length).Where(i => check.Vocabulary.IsThing(graph.Objects[i].Label)).ToHashSet();
        if (!objects.ToHashSet().SetEquals(things))
        {
            check.Fail($"evidence objects {ItemCheck.Show(objects)} but a dense caption covers exactly the {things.Count} things {ItemCheck.Show(things.Order())}");
        }
        NamesNoNonThing(check, text);
        CheckRelations(check, things);
        foreach (var (o, i) in graph.Objects.Select((o, i) => (o, i)).Where(p => things.Contains(p.i)))
        {
            if (!PluralText.Mentions(o.Label).Any(m => Mentions(text, m)))
            {
                check.Fail($"the caption does not mention object {i}'s label '{o.Label}'");
            }
            // One attribute per meaning: "wooden" tells "wood" too. A person's colours are never told (they read as skin).
            var person = check.Vocabulary.IsPerson(o.Label);
            foreach (var attribute in o.Attributes.Where(a => !(person && check.Vocabulary.CategoryOf(a) == AttributeCategories.Color))
                         .Where(a => !o.Attributes.Any(b => check.Vocabulary.AreSynonyms(a, b) && Mentions(text, b))))
            {
                check.Fail($"the caption does not mention attribute '{attribute}' of object {i} ('{o.Label}') nor a synonym of it");
            }
        }
        foreach (var r in check.EvidenceRelations().Where(r => !Mentions(text, graph.Relations[r].Predicate)))
        {
            check.Fail($"the caption does not mention predicate '{graph.Relations[r].Predicate}' of relation {r}");
        }
        var isolated = things.Where(i => !GraphFacts.Relations(graph).Any(p => p.Relation.Subject != p.Relation.Object
            && (p.Relation.Subject == i || p.Relation.Object == i) && things.Contains(p.Relation.Subject) && things.Contains(p.Relation.Object))).Order().ToList();
        if (isolated.Count > 0 && !Mentions(text, "there is") && !Mentions(text, "there are"))
        {
            check.Fail($"objects {ItemCheck.Show(isolated)} are isolated but the caption has no 'there is/are' listing them");
        }
        var repeated = things.Except(isolated)
            .GroupBy(i => graph.Objects[i].Label + " | " + string.Join(" ", GraphFacts.Attributes(graph, i))).Any(g => g.Count() > 1);
        if (repeated && !Mentions(text, "first") && !Mentions(text, "1st"))
        {
            check.Fail("identical related objects repeat but the caption tells them apart with no ordinal ('the first ...')");
        }
        foreach (var paragraph in text.Split('\n').Where(p => p.Length > 0 && !char.IsUpper(p.TrimStart()[0])))
        {
            check.Fail($"caption paragraph '{paragraph}' does not start with a capital letter");
        }
    }

    /// <summary>
    /// No label of a non-thing object is mentioned (in either number), unless the word is also a predicate or an
    /// attribute of the graph and so may stand there for that.
    /// </summary>
    private static void NamesNoNonThing(ItemCheck check, string text)
    {
        var graph = check.Graph;
        var otherWords = graph.Relations.Select(r => r.Predicate).Concat(graph.Objects.SelectMany(o => o.Attributes)).ToList();
        foreach (var label in graph.Objects.Select(o => o.Label).Distinct().Where(l => !check.Vocabulary.IsThing(l)))
        {
            foreach (var form in PluralText.Mentions(label).Where(m => Mentions(text, m) && !otherWords.Any(w => Mentions(w, m))))
            {
                check.Fail($"reading [thing]: the caption names '{form}' as an object, but '{label}' is no thing (vocabulary nonObjects)");
            }
        }
    }

    /// <summary>One evidence relation per related pair of distinct things, and none for another pair.</summary>
    private static void CheckRelations(ItemCheck check, HashSet<int> things)
    {
        var graph = check.Graph;
        static (int, int) Pair(int s, int o) => s < o ? (s, o) : (o, s);
        var related = GraphFacts.Relations(graph).Where(p => p.Relation.Subject != p.Relation.Object && things.Contains(p.Relation.Subject) && things.Contains(p.Relation.Object))
            .Select(p => Pair(p.Relation.Subject, p.Relation.Object)).ToHashSet();
        var described = check.EvidenceRelations().GroupBy(r => Pair(graph.Relations[r].Subject, graph.Relations[r].Object)).ToList();
        foreach (var group in described.Where(g => g.Count() > 1))
        {
            check.Fail($"evidence relations {ItemCheck.Show(group)} describe the same pair {group.Key}; the caption picks one relation per pair");
        }
        foreach (var group in described.Where(g => !related.Contains(g.Key)))
        {
            check.Fail($"evidence relations {ItemCheck.Show(group)} join objects {group.Key.Item1} and {group.Key.Item2}, not two related things");
        }
        foreach (var pair in related.Where(p => described.All(g => g.Key != p)))
        {
            check.Fail($"objects {pair.Item1} and {pair.Item2} are related but no evidence relation describes them");
        }
    }

    /// <summary>Whole-word, case-insensitive occurrence.</summary>
    private static bool Mentions(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + phrase.Length == text.Length || !char.IsLetterOrDigit(text[at + phrase.Length]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }
}
