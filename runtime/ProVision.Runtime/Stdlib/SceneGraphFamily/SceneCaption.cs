using System.Collections.Immutable;
using System.Text;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// The dense scene-graph caption: a paragraph naming the objects that take part in no relation ("There are a
/// red ball and a dog."), then one paragraph per connected component. In a component one relation is picked
/// per related pair, objects are visited in topological order (highest degree first where a cycle leaves no
/// start), and each subject's relations form one sentence ("A white batter is holding the wooden bat and is
/// wearing the blue uniform"); sentences are joined with ";". An object is introduced with "a/an" and its
/// attributes, then called "the ..."; identical objects (same label and attributes) are told apart by ordinals in order of
/// introduction from their first mention on ("the first white ball", "the second white ball").
/// Unlike the reference, isolated objects get their article ("There is a professional tent"), and with a vocabulary
/// the caption names things only: an object whose label is one of its non-objects ("color", "spots", "game") is not
/// mentioned, nor are its relations, and components and isolation are taken over the things.
/// </summary>
public static class SceneCaption
{
    public static string Describe(SceneGraph graph, DeterministicRandom random, Vocabulary? vocabulary = null) => Describe(graph, PickRelations(graph, random, vocabulary), vocabulary);

    /// <summary>
    /// The caption over exactly <paramref name="relations"/> (relation indices, one per related pair, as
    /// <see cref="PickRelations"/> gives them), so that a generator can list the described relations as evidence.
    /// An object's attributes are told once per meaning of <paramref name="vocabulary"/>'s synonym groups ("a wooden
    /// table", not "a wooden, wood table"); without a vocabulary every attribute is told.
    /// </summary>
    public static string Describe(SceneGraph graph, IReadOnlyList<int> relations, Vocabulary? vocabulary = null)
    {
        var mentions = new Mentions(graph, vocabulary ?? Vocabulary.Empty);
        var paragraphs = new List<string>();
        var things = Things(graph, vocabulary);
        var isolated = Components.IsolatedObjects(graph, things);
        if (!isolated.IsEmpty)
        {
            var names = isolated.Select(mentions.First).ToArray();
            // "There are spots", not "There is spots": one isolated object agrees with its own noun.
            var be = names.Length == 1 ? Inflection.Be(graph.Objects[isolated[0]].Label) : Inflection.Be(names.Length);
            paragraphs.Add($"There {be} {ListPhrases.JoinList(names)}.");
        }
        foreach (var component in Components.Of(graph, things))
        {
            var members = component.ToHashSet();
            var edges = relations.Select(r => graph.Relations[r]).Where(r => members.Contains(r.Subject)).ToList();
            paragraphs.Add(Paragraph(component, edges, mentions));
        }
        return string.Join("\n\n", paragraphs.Select(Inflection.Capitalize));
    }

    /// <summary>
    /// One relation index per related pair of distinct objects (a random one where a pair has several), component by
    /// component, pairs in order; with a vocabulary, pairs of things only (<see cref="Vocabulary.IsThing"/>).
    /// </summary>
    public static IReadOnlyList<int> PickRelations(SceneGraph graph, DeterministicRandom random, Vocabulary? vocabulary = null)
    {
        var result = new List<int>();
        var things = Things(graph, vocabulary);
        foreach (var component in Components.Of(graph, things))
            foreach (var r in PickOneRelationPerPair(graph, component, random, things))
                result.Add(r);
        return result;
    }

    /// <summary>Which objects the caption may name: every one without a vocabulary, else the things.</summary>
    private static Func<int, bool>? Things(SceneGraph graph, Vocabulary? vocabulary) =>
        vocabulary is null ? null : i => vocabulary.IsThing(graph.Objects[i].Label);

    private static string Paragraph(ImmutableArray<int> component, List<Relation> edges, Mentions mentions)
    {
        var sentences = new List<string>();
        foreach (var node in VisitOrder(component, edges))
        {
            var outgoing = edges.Where(e => e.Subject == node).ToList();
            if (outgoing.Count == 0) continue;
            var subject = mentions.Next(node);
            // The verb agrees with a plural-labelled subject ("people are near", "glasses are on"), and a finite
            // predicate reads as it is ("wears a hat", not "is wears a hat").
            var plural = Inflection.IsPlural(mentions.Graph.Objects[node].Label);
            var clauses = outgoing.Select(e => $"{Inflection.VerbPhrase(e.Predicate, plural)} {mentions.Next(e.Object)}").ToArray();
            sentences.Add($"{subject} {ListPhrases.JoinList(clauses)}");
        }
        return string.Join("; ", sentences) + ".";
    }

    private static List<int> PickOneRelationPerPair(SceneGraph graph, ImmutableArray<int> component, DeterministicRandom random, Func<int, bool>? things)
    {
        var members = component.ToHashSet();
        var byPair = new SortedDictionary<(int, int), List<int>>();
        for (var i = 0; i < graph.Relations.Length; i++)
        {
            var r = graph.Relations[i];
            if (!Components.Joins(r, things) || !members.Contains(r.Subject)) continue;
            var pair = (Math.Min(r.Subject, r.Object), Math.Max(r.Subject, r.Object));
            if (!byPair.TryGetValue(pair, out var list)) byPair[pair] = list = [];
            list.Add(i);
        }
        return byPair.Values.Select(list => list.Count == 1 ? list[0] : random.Choice(list)).ToList();
    }

    /// <summary>Kahn's order over the picked edges; when a cycle leaves no object without incoming edges, the remaining object with the highest degree goes next.</summary>
    private static List<int> VisitOrder(ImmutableArray<int> component, List<Relation> edges)
    {
        var remaining = new SortedSet<int>(component);
        var order = new List<int>();
        while (remaining.Count > 0)
        {
            var live = edges.Where(e => remaining.Contains(e.Subject) && remaining.Contains(e.Object)).ToList();
            var next = remaining.Where(n => !live.Any(e => e.Object == n)).Cast<int?>().FirstOrDefault()
                ?? remaining.OrderByDescending(n => live.Count(e => e.Subject == n || e.Object == n)).ThenBy(n => n).First();
            order.Add(next);
            remaining.Remove(next);
        }
        return order;
    }

    /// <summary>Tracks which objects were introduced and numbers identical ones.</summary>
    private sealed class Mentions(SceneGraph graph, Vocabulary vocabulary)
    {
        public SceneGraph Graph => graph;

        private readonly HashSet<int> _introduced = [];
        private readonly Dictionary<string, List<int>> _identical = [];

        public string First(int node)
        {
            _introduced.Add(node);
            return Articles.WithIndefiniteArticleIfCountable(Noun(node));
        }

        public string Next(int node)
        {
            if (_introduced.Add(node))
            {
                var twins = Identical(node);
                twins.Add(node);
                // Identical objects are numbered from their first mention, so the caption always tells them apart.
                return graph.Objects.Count(o => Signature(o) == Signature(graph.Objects[node])) <= 1
                    ? Articles.WithIndefiniteArticleIfCountable(Noun(node))
                    : $"the {NumberWords.OrdinalWords(twins.Count)} {Noun(node)}";
            }
            var identical = graph.Objects.Count(o => Signature(o) == Signature(graph.Objects[node]));
            if (identical <= 1) return $"the {Noun(node)}";
            var ordinal = Identical(node).IndexOf(node) + 1;
            return $"the {NumberWords.OrdinalWords(ordinal)} {Noun(node)}";
        }

        private List<int> Identical(int node)
        {
            var key = Signature(graph.Objects[node]);
            if (!_identical.TryGetValue(key, out var list)) _identical[key] = list = [];
            return list;
        }

        private string Noun(int node)
        {
            var o = graph.Objects[node];
            var shown = Shown(o);
            return shown.Length == 0 ? o.Label : $"{ListPhrases.JoinList(shown)} {o.Label}";
        }

        // One attribute per meaning: the first of each synonym group, in the object's order. A person's colours are
        // not told: on a person they come from clothing or skin and read as race ("a brown woman"; issue 10, people).
        private string[] Shown(SceneObject o)
        {
            var kept = new List<string>(o.Attributes.Length);
            var person = vocabulary.IsPerson(o.Label);
            foreach (var attribute in o.Attributes)
            {
                if (person && vocabulary.CategoryOf(attribute) == AttributeCategories.Color) continue;
                if (!kept.Any(k => vocabulary.AreSynonyms(k, attribute)))
                {
                    kept.Add(attribute);
                }
            }
            return [.. kept];
        }

        // Objects told alike are identical for the ordinals ("the first wooden table"), synonyms folded.
        private string Signature(SceneObject o) => o.Label + "|" + string.Join(",", Shown(o).Order(StringComparer.Ordinal));
    }
}
