using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.AttributeFamily;

/// <summary>
/// ExistsAttributeGenerator: "How many white and blue chairs are there?" Objects are grouped by (attribute set,
/// label); the evidence is one whole group, the answer its size. The name slot must spell the group: every
/// attribute once (joined with "and" or as a list, any order), then the plural of the label (or, for a count of 1, the label itself).
/// </summary>
internal sealed class ExistsAttributeVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["ExistsAttributeGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        var evidence = check.EvidenceObjects();
        var keys = evidence.Select(i => Key(graph, i)).Distinct().ToList();
        if (evidence.Length == 0 || keys.Count != 1)
        {
            check.Fail($"evidence must list the objects of one (attributes, label) group but lists {ItemCheck.Show(evidence)} ({string.Join("; ", keys)})");
            return;
        }
        var first = graph.Objects[evidence[0]];
        var attributes = GraphFacts.Attributes(graph, evidence[0]);
        if (attributes.Count == 0)
        {
            check.Fail($"object {evidence[0]} ('{first.Label}') has no attributes");
            return;
        }
        if (!check.Vocabulary.IsCountable(first.Label))
        {
            check.Fail($"label '{first.Label}' is not countable, so it gets no 'how many' item");
            return;
        }
        var group = Enumerable.Range(0, graph.Objects.Length).Where(i => Key(graph, i) == keys[0]).ToList();
        if (!group.ToHashSet().SetEquals(evidence))
        {
            check.Fail($"evidence {ItemCheck.Show(evidence)} but the objects with exactly ({keys[0]}) are {ItemCheck.Show(group)}");
            return;
        }
        if (check.Slot("name") is { } name)
        {
            CheckName(check, name, attributes, first.Label, group.Count);
        }
        check.CountSlot("count", group.Count, $"the number of ({keys[0]}) objects");
        check.CountAnswer(group.Count, $"the number of objects with exactly ({keys[0]})");
    }

    private static string Key(SceneGraph graph, int i) =>
        string.Join(" ", GraphFacts.Attributes(graph, i)) + " | " + graph.Objects[i].Label;

    private static void CheckName(ItemCheck check, string name, SortedSet<string> attributes, string label, int count)
    {
        var labelWords = label.Split(' ').Length;
        var words = name.Split(' ');
        var noun = string.Join(' ', words.Skip(Math.Max(0, words.Length - labelWords)));
        var prefix = string.Join(' ', words.Take(Math.Max(0, words.Length - labelWords)));
        var nounOk = PluralText.IsPluralOf(noun, label) || (count == 1 && noun == label);
        var attributesOk = ListText.IsJoinOf(prefix, attributes) || prefix.Split(" and ").ToHashSet().SetEquals(attributes);
        if (!nounOk || !attributesOk)
        {
            var form = count == 1 ? $"'{label}' or its plural" : $"the plural of '{label}'";
            check.Fail($"slot 'name' is '{name}' but it must be the attributes {{{ItemCheck.Quote(attributes)}}} followed by {form} (count {count})");
        }
    }
}
