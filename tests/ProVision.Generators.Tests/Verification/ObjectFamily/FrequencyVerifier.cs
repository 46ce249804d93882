using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.ObjectFamily;

/// <summary>
/// MostObjectGenerator / LeastObjectGenerator: among the labels the question names (slot <c>names</c>), which is
/// the most (least) frequent. Counts are over noun groups ("banana" and "bananas" are one noun) of every object, for
/// countable nouns whose group holds no plural-labelled object (a bunch) and no two nested boxes, no person noun beside a
/// person of another noun, and nothing persons wear beside a person; the answer holds the extreme count, every
/// other named noun a strictly lower (higher) count, so a noun tied with the answer is never offered.
/// </summary>
internal sealed class FrequencyVerifier(bool most) : IGeneratorVerifier
{
    private readonly string _word = most ? "most" : "least";

    public IEnumerable<string> Generators => [most ? "MostObjectGenerator" : "LeastObjectGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        var graph = check.Graph;
        var objects = graph.Objects;
        var vocabulary = check.Vocabulary;
        // Not counted: a group holding two nested boxes (maybe one thing boxed twice), a person noun beside a person of
        // another noun (docs/evidence.md#persons: "person" may count the man), and what persons wear beside a person
        // (docs/evidence.md#worn-by-persons: a man's hat may have no box).
        var personNouns = objects.Where(o => vocabulary.IsPerson(o.Label)).Select(o => vocabulary.NounOf(o.Label)).ToHashSet(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, objects.Length).GroupBy(i => vocabulary.NounOf(objects[i].Label), StringComparer.OrdinalIgnoreCase)
            .Where(g => vocabulary.IsCountable(g.Key) && !g.Any(i => vocabulary.IsPluralLabel(objects[i].Label)))
            .Where(g => Boxes.BoxedTwice(objects, g) is null && !(vocabulary.IsPerson(g.Key) && personNouns.Count > 1))
            .Where(g => !(vocabulary.IsOnPerson(g.Key) && personNouns.Count > 0))
            .ToList();
        var pool = groups.SelectMany(g => g).ToList();
        var counts = groups.ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (counts.Count < 2 || counts.Values.Distinct().Count() == 1)
        {
            check.Fail($"needs at least 2 countable nouns with different counts; the pool has {Show(counts)}");
            return;
        }
        if (check.ListSlot("names") is not { } names)
        {
            return;
        }
        var stranger = names.FirstOrDefault(n => !counts.ContainsKey(n));
        if (stranger is not null)
        {
            check.Fail($"slot 'names' offers '{stranger}', which is not a counted noun of the image (counts: {Show(counts)})");
            return;
        }
        if (names.Count < 2 || names.Count > check.Options.MaxChoices)
        {
            check.Fail($"slot 'names' offers {names.Count} labels; the question needs 2 to {check.Options.MaxChoices}");
        }
        var answer = check.Item.Answer;
        if (!names.Contains(answer))
        {
            check.Fail($"answer '{answer}' is not among the offered names {{{ItemCheck.Quote(names)}}}");
            return;
        }
        var extreme = most ? counts.Values.Max() : counts.Values.Min();
        if (counts[answer] != extreme)
        {
            var best = counts.First(p => p.Value == extreme).Key;
            check.Fail($"answer '{answer}' has count {counts[answer]} but '{best}' has the {_word} ({extreme})");
            return;
        }
        foreach (var other in names.Where(n => n != answer && !(most ? counts[n] < extreme : counts[n] > extreme)))
        {
            check.Fail($"offered label '{other}' has count {counts[other]}, not strictly {(most ? "lower" : "higher")} than the answer's {extreme}");
        }
        check.ChoicesWithin(names, "the offered names");
        var expected = pool.Where(i => names.Contains(vocabulary.NounOf(objects[i].Label))).ToHashSet();
        if (!expected.SetEquals(check.EvidenceObjects()))
        {
            check.Fail($"evidence {ItemCheck.Show(check.EvidenceObjects())} but the objects of the offered nouns are {ItemCheck.Show(expected.Order())}");
        }
    }

    private static string Show(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "nothing" : string.Join(", ", counts.Select(p => $"{p.Key} x{p.Value}"));
}
