using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.ObjectFamily;

/// <summary>
/// ExistsObjectGenerator: "How many &lt;name&gt; are there?" The evidence is every object of one countable label,
/// the answer their number. Completeness is checked against the whole graph, not just the evidence, because an
/// evidence list that misses an object would otherwise verify its own wrong count.
/// </summary>
internal sealed class ExistsObjectVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["ExistsObjectGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        var evidence = check.EvidenceObjects();
        var labels = evidence.Select(i => graph.Objects[i].Label).Distinct().ToList();
        if (labels.Count != 1)
        {
            check.Fail($"evidence must list the objects of one label but lists {ItemCheck.Show(evidence)} with labels {{{ItemCheck.Quote(labels)}}}");
            return;
        }
        var label = labels[0];
        if (!check.Vocabulary.IsCountable(label))
        {
            check.Fail($"label '{label}' is not countable, so it gets no 'how many' item");
            return;
        }
        var all = GraphFacts.ObjectsWith(graph, label);
        if (!all.SetEquals(evidence))
        {
            check.Fail($"evidence {ItemCheck.Show(evidence)} but the image's '{label}' objects are {ItemCheck.Show(all)}");
            return;
        }
        var n = all.Count;
        if (check.Slot("name") is { } name)
        {
            check.NounAgrees("name", name, label, n);
        }
        check.CountSlot("count", n, $"the number of '{label}' objects");
        check.CountAnswer(n, $"the number of '{label}' objects in the image");
    }
}
