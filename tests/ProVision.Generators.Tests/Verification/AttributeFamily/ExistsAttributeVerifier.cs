using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.AttributeFamily;

/// <summary>
/// ExistsAttributeGenerator: "How many white and blue chairs are there?" A reader counts every object of the noun
/// (either number: "chair", "chairs") that has each named attribute or a synonym of it, so the evidence must be
/// exactly those objects for the attribute set of one of them, the answer their number, every other object of the noun
/// must have an attribute that excludes one of the set (docs/evidence.md#attributes-a-reader-sees), and the noun's
/// group must hold no plural-labelled object (a bunch) nor be a person whose colour is named. The name slot must spell the set once per
/// meaning: each attribute or a synonym of it once (joined with "and" or as a list, any order; "large" names "big"),
/// then the plural of the label (or, for a count of 1, the label itself).
/// </summary>
internal sealed class ExistsAttributeVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["ExistsAttributeGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        var vocabulary = check.Vocabulary;
        var evidence = check.EvidenceObjects();
        var nouns = evidence.Select(i => vocabulary.NounOf(graph.Objects[i].Label)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (evidence.Length == 0 || nouns.Count != 1)
        {
            check.Fail($"evidence must list objects of one noun but lists {ItemCheck.Show(evidence)} ({string.Join("; ", nouns)})");
            return;
        }
        var noun = nouns[0];
        var first = graph.Objects[evidence[0]];
        if (!vocabulary.IsCountable(noun))
        {
            check.Fail($"noun '{noun}' is not countable, so it gets no 'how many' item");
            return;
        }
        var ofNoun = Enumerable.Range(0, graph.Objects.Length).Where(i => string.Equals(vocabulary.NounOf(graph.Objects[i].Label), noun, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ofNoun.Any(i => vocabulary.IsPluralLabel(graph.Objects[i].Label)))
        {
            check.Fail($"noun '{noun}' has a plural-labelled object (a bunch), so it has no count");
            return;
        }
        SortedSet<string>? attributes = null;
        List<int>? group = null;
        foreach (var candidate in evidence)
        {
            var set = GraphFacts.Attributes(graph, candidate);
            var fits = ofNoun.Where(i => set.All(a => graph.Objects[i].Attributes.Any(b => vocabulary.AreSynonyms(a, b)))).ToList();
            if (set.Count > 0 && fits.ToHashSet().SetEquals(evidence))
            {
                (attributes, group) = (set, fits);
                break;
            }
        }
        if (attributes is null || group is null)
        {
            check.Fail($"evidence {ItemCheck.Show(evidence)} is not the set of '{noun}' objects having every attribute (or a synonym) of one of them");
            return;
        }
        // Every other object of the noun must be seen to lack the set: an attribute of it excludes a word the question
        // names (vocabulary excludes read words as written).
        var named = check.Slot("name") is { } asked ? NamedAttributes(asked, first.Label) : [.. attributes];
        var carriers = ofNoun.Select(i => (IEnumerable<string>)graph.Objects[i].Attributes).ToList();
        foreach (var other in ofNoun.Where(i => !group.Contains(i)
            && !named.Any(a => AttributeContrast.SeenWithout(vocabulary, carriers, graph.Objects[i].Attributes, a))))
        {
            check.Fail($"'{noun}' object {other} has no attribute that excludes one of {{{ItemCheck.Quote(named)}}}, so a reader may count it as well");
        }
        if (vocabulary.IsPerson(noun) && attributes.Any(a => vocabulary.CategoryOf(a) == "color"))
        {
            check.Fail($"a colour of a person ('{noun}') is named; it may be read as skin");
            return;
        }
        if (check.Slot("name") is { } name)
        {
            CheckName(check, name, attributes, first.Label, group.Count, vocabulary);
        }
        var key = string.Join(" ", attributes) + " | " + noun;
        check.CountSlot("count", group.Count, $"the number of ({key}) objects");
        check.CountAnswer(group.Count, $"the number of objects with ({key})");
    }

    // The name's words before the label's: "white and blue chairs" -> white, blue.
    private static List<string> NamedAttributes(string name, string label)
    {
        var words = name.Split(' ');
        return ListText.Split(string.Join(' ', words.Take(Math.Max(0, words.Length - label.Split(' ').Length))));
    }

    private static void CheckName(ItemCheck check, string name, SortedSet<string> attributes, string label, int count, ProVision.Runtime.Stdlib.Vocabulary vocabulary)
    {
        var labelWords = label.Split(' ').Length;
        var words = name.Split(' ');
        var noun = string.Join(' ', words.Skip(Math.Max(0, words.Length - labelWords)));
        var nounOk = PluralText.IsPluralOf(noun, label) || (count == 1 && noun == label);
        var named = NamedAttributes(name, label);
        // One word per meaning of the set, each a synonym of one of its attributes, none twice.
        var attributesOk = named.All(n => attributes.Any(a => vocabulary.AreSynonyms(n, a)))
            && attributes.All(a => named.Count(n => vocabulary.AreSynonyms(n, a)) == 1)
            && !named.Where((n, i) => named.Take(i).Any(e => vocabulary.AreSynonyms(e, n))).Any();
        if (!nounOk || !attributesOk)
        {
            var form = count == 1 ? $"'{label}' or its plural" : $"the plural of '{label}'";
            check.Fail($"slot 'name' is '{name}' but it must be the attributes {{{ItemCheck.Quote(attributes)}}} followed by {form} (count {count})");
        }
    }
}
