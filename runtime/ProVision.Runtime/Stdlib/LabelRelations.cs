using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib;

/// <summary>How the objects of two labels are related in one image, asked by label pair rather than relation by relation.</summary>
public static class LabelRelations
{
    /// <summary>
    /// The predicates of the graph's relations from an object labelled <paramref name="subjectLabel"/> to one labelled
    /// <paramref name="objectLabel"/> (ordinal), in relation order with repeats: the .pvg
    /// <c>predicatesBetween(img, subject, object)</c>, equal to <c>[r.predicate for r in img.relations where
    /// r.subject.label == subject and r.object.label == object]</c>. A drawn image answers from the relation facts its
    /// data-set index wrote once (<see cref="Generation.RelationFacts"/>); another graph from its relations.
    /// </summary>
    public static ImmutableArray<string> PredicatesBetween(SceneGraph graph, string subjectLabel, string objectLabel)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(subjectLabel);
        ArgumentNullException.ThrowIfNull(objectLabel);
        if (graph.Indexed is { } indexed) return indexed.RelationFacts.PredicatesBetween(subjectLabel, objectLabel);
        var objects = graph.Objects;
        var predicates = ImmutableArray.CreateBuilder<string>();
        foreach (var relation in graph.Relations)
        {
            if ((uint)relation.Subject < (uint)objects.Length && (uint)relation.Object < (uint)objects.Length
                && string.Equals(objects[relation.Subject].Label, subjectLabel, StringComparison.Ordinal)
                && string.Equals(objects[relation.Object].Label, objectLabel, StringComparison.Ordinal))
            {
                predicates.Add(relation.Predicate);
            }
        }
        return predicates.DrainToImmutable();
    }

    /// <summary>
    /// The graph's relations other than "of" from an object labelled <paramref name="subjectLabel"/> to one labelled
    /// <paramref name="objectLabel"/> (ordinal), in relation order, as relations of image <paramref name="image"/>: the
    /// .pvg <c>relationsBetween(img, subject, object)</c>, equal to <c>[r for r in img.relations where r.predicate !=
    /// "of" and r.subject.label == subject and r.object.label == object]</c>. A drawn image answers from its relation
    /// facts by label and predicate ids (<see cref="Generation.RelationFacts.RelationsOtherThanOfBetween"/>), without
    /// reading its relations and objects; another graph, or one with a relation whose end is no object (which joins
    /// nothing here), from its relations.
    /// </summary>
    public static Generation.RelationRef[] RelationsBetween(SceneGraph graph, int image, string subjectLabel, string objectLabel)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(subjectLabel);
        ArgumentNullException.ThrowIfNull(objectLabel);
        if (graph.Indexed?.RelationFacts.RelationsOtherThanOfBetween(subjectLabel, objectLabel) is { } indices)
        {
            var refs = new Generation.RelationRef[indices.Length];
            for (var i = 0; i < indices.Length; i++) refs[i] = new Generation.RelationRef(image, indices[i]);
            return refs;
        }
        var objects = graph.Objects;
        var relations = graph.Relations;
        var found = new List<Generation.RelationRef>();
        for (var i = 0; i < relations.Length; i++)
        {
            var relation = relations[i];
            if (Joins(relation, objects)
                && string.Equals(objects[relation.Subject].Label, subjectLabel, StringComparison.Ordinal)
                && string.Equals(objects[relation.Object].Label, objectLabel, StringComparison.Ordinal))
            {
                found.Add(new Generation.RelationRef(image, i));
            }
        }
        return [.. found];
    }

    /// <summary>
    /// Whether a relation of the graph joins an object whose label's noun is <paramref name="subjectNoun"/> to one whose
    /// label's noun is <paramref name="objectNoun"/> (ordinal) by <paramref name="predicate"/> or a synonym: the .pvg
    /// <c>relatesNouns(img, subjectNoun, predicate, objectNoun)</c>, equal to <c>any(img.relations, r =>
    /// noun(r.subject.label) == subjectNoun and noun(r.object.label) == objectNoun and synonyms(r.predicate,
    /// predicate))</c> ("of" included). A drawn image answers from its relation facts by noun ids, a label pair at a time
    /// (<see cref="Generation.RelationFacts.RelatesNouns"/>); another graph from its relations.
    /// </summary>
    public static bool RelatesNouns(SceneGraph graph, Vocabulary vocabulary, string subjectNoun, string predicate, string objectNoun)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(subjectNoun);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(objectNoun);
        if (graph.Indexed is { } indexed) return indexed.RelationFacts.RelatesNouns(vocabulary, subjectNoun, predicate, objectNoun);
        var objects = graph.Objects;
        foreach (var relation in graph.Relations)
        {
            // A relation whose end is no object relates no nouns (as in the relation facts).
            if ((uint)relation.Subject < (uint)objects.Length && (uint)relation.Object < (uint)objects.Length
                && string.Equals(vocabulary.NounOf(objects[relation.Subject].Label), subjectNoun, StringComparison.Ordinal)
                && string.Equals(vocabulary.NounOf(objects[relation.Object].Label), objectNoun, StringComparison.Ordinal)
                && vocabulary.AreSynonyms(relation.Predicate, predicate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The predicates of the graph's relations ("of" too) from an object whose label's noun is
    /// <paramref name="subjectNoun"/> to one whose label's noun is <paramref name="objectNoun"/> (ordinal), in relation
    /// order, repeats kept: the .pvg <c>predicatesBetweenNouns(img, subjectNoun, objectNoun)</c>, equal to
    /// <c>[r.predicate for r in img.relations where noun(r.subject.label) == subjectNoun and noun(r.object.label) ==
    /// objectNoun]</c>. A drawn image answers from its relation facts by noun ids
    /// (<see cref="Generation.RelationFacts.PredicatesBetweenNouns"/>); another graph from its relations.
    /// </summary>
    public static ImmutableArray<string> PredicatesBetweenNouns(SceneGraph graph, Vocabulary vocabulary, string subjectNoun, string objectNoun)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(subjectNoun);
        ArgumentNullException.ThrowIfNull(objectNoun);
        if (graph.Indexed is { } indexed) return indexed.RelationFacts.PredicatesBetweenNouns(vocabulary, subjectNoun, objectNoun);
        var objects = graph.Objects;
        var predicates = ImmutableArray.CreateBuilder<string>();
        foreach (var relation in graph.Relations)
        {
            // A relation whose end is no object relates no nouns (as in the relation facts).
            if ((uint)relation.Subject < (uint)objects.Length && (uint)relation.Object < (uint)objects.Length
                && string.Equals(vocabulary.NounOf(objects[relation.Subject].Label), subjectNoun, StringComparison.Ordinal)
                && string.Equals(vocabulary.NounOf(objects[relation.Object].Label), objectNoun, StringComparison.Ordinal))
            {
                predicates.Add(relation.Predicate);
            }
        }
        return predicates.DrainToImmutable();
    }

    /// <summary>
    /// The (subject label, object label) pairs that every image of <paramref name="images"/> (of
    /// <paramref name="graphs"/>) relates by a predicate other than "of", in order of the first image's first such
    /// relation, each once: the .pvg <c>relatedPairs(imgs)</c>, equal to <c>[p for p in distinct([(r.subject.label,
    /// r.object.label) for r in imgs[0].relations where r.predicate != "of"]) where all(imgs, img => any(img.relations,
    /// r => r.predicate != "of" and (r.subject.label, r.object.label) == p))]</c> (empty for no image). Images drawn
    /// from one data-set index answer from their relation facts by label ids; other graphs from their relations. A
    /// relation whose end is no object joins no pair.
    /// </summary>
    public static ImmutableArray<(string Subject, string Object)> RelatedPairs(ImmutableArray<SceneGraph> graphs, ReadOnlySpan<int> images)
    {
        if (images.Length == 0) return [];
        if (FactsOfAll(graphs, images) is { } facts)
        {
            var firstPairs = facts[0].RelatedPairs.Length;
            Span<long> shared = firstPairs <= 256 ? stackalloc long[firstPairs] : new long[firstPairs];
            shared = shared[..SharedPairs(facts, shared)];
            // Most draws share no pair: they allocate no result.
            if (shared.IsEmpty) return [];
            var pairs = new (string, string)[shared.Length];
            for (var i = 0; i < shared.Length; i++)
            {
                pairs[i] = (facts[0].Label((int)(shared[i] >> 32)), facts[0].Label((int)shared[i]));
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(pairs);
        }
        var result = ImmutableArray.CreateBuilder<(string, string)>();
        var related = PairsByLabels(graphs, images);
        foreach (var pair in related[0])
        {
            if (related.All(pairs => pairs.Contains(pair))) result.Add(pair);
        }
        return result.DrainToImmutable();
    }

    /// <summary>
    /// The distinct (subject label, predicate, object label) triples of the relations other than "of" of the images
    /// <paramref name="images"/> (of <paramref name="graphs"/>) whose label pair every one of the images relates by a
    /// predicate other than "of" (<see cref="RelatedPairs"/>), in image order, then relation order: the .pvg
    /// <c>relatedTriples(imgs)</c>, equal to <c>[t for t in distinct([(r.subject.label, r.predicate, r.object.label)
    /// for img in imgs for r in img.relations where r.predicate != "of"]) where all(imgs, img => (t[0], t[2]) in
    /// relatedPairs([img]))]</c>. Images drawn from one data-set index answer from their relation facts, a pair tested
    /// and a triple compared by label and predicate ids; other graphs from their relations.
    /// </summary>
    public static ImmutableArray<(string Subject, string Predicate, string Object)> RelatedTriples(ImmutableArray<SceneGraph> graphs, ReadOnlySpan<int> images)
    {
        if (images.Length == 0) return [];
        if (FactsOfAll(graphs, images) is { } facts)
        {
            // The pairs every image relates first: a triple's pair is one of them, and the images of a draw mostly share
            // none or a few, so a draw that shares none ends here, and the others read only those pairs' relations.
            var firstPairs = facts[0].RelatedPairs.Length;
            Span<long> shared = firstPairs <= 256 ? stackalloc long[firstPairs] : new long[firstPairs];
            shared = shared[..SharedPairs(facts, shared)];
            if (shared.IsEmpty) return [];
            var triples = ImmutableArray.CreateBuilder<(string, string, string)>();
            var most = 0;
            foreach (var image in facts) most = Math.Max(most, image.RelationCount);
            Span<(long Pair, int Predicate)> relations = most <= 256 ? stackalloc (long, int)[most] : new (long, int)[most];
            var seen = t_seenTriples ??= [];
            try
            {
                foreach (var image in facts)
                {
                    var count = image.RelationsOtherThanOfJoining(shared, relations);
                    for (var i = 0; i < count; i++)
                    {
                        var (pair, predicate) = relations[i];
                        if (!seen.Add((pair, predicate))) continue;
                        triples.Add((image.Label((int)(pair >> 32)), image.Predicate(predicate), image.Label((int)pair)));
                    }
                }
            }
            finally
            {
                // Cleared however the call ends, so the thread's next call starts from an empty set.
                seen.Clear();
            }
            return triples.DrainToImmutable();
        }
        var result = ImmutableArray.CreateBuilder<(string, string, string)>();
        var related = PairsByLabels(graphs, images);
        var seenLabels = new HashSet<(string, string, string)>();
        foreach (var image in images)
        {
            var graph = graphs[image];
            var objects = graph.Objects;
            foreach (var relation in graph.Relations)
            {
                if (!Joins(relation, objects)) continue;
                var (subject, obj) = (objects[relation.Subject].Label, objects[relation.Object].Label);
                if (related.All(pairs => pairs.Contains((subject, obj))) && seenLabels.Add((subject, relation.Predicate, obj)))
                {
                    result.Add((subject, relation.Predicate, obj));
                }
            }
        }
        return result.DrainToImmutable();
    }

    // The first image's related pairs that every other image relates, in its order, written to `shared` (at least as
    // long as the first image's related pairs); returns how many.
    private static int SharedPairs(Generation.RelationFacts[] facts, Span<long> shared)
    {
        var count = 0;
        foreach (var pair in facts[0].RelatedPairs)
        {
            if (RelatedByOthers(facts, pair)) shared[count++] = pair;
        }
        return count;
    }

    // Whether every image but the first relates the pair (the first's own related pairs are asked about).
    private static bool RelatedByOthers(Generation.RelationFacts[] facts, long pair)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            if (!facts[i].Relates(pair)) return false;
        }
        return true;
    }

    // For each image, the label pairs its relations other than "of" join, in order of the first such relation.
    private static List<List<(string, string)>> PairsByLabels(ImmutableArray<SceneGraph> graphs, ReadOnlySpan<int> images)
    {
        var result = new List<List<(string, string)>>(images.Length);
        foreach (var image in images)
        {
            var graph = graphs[image];
            var objects = graph.Objects;
            var pairs = new List<(string, string)>();
            foreach (var relation in graph.Relations)
            {
                if (!Joins(relation, objects)) continue;
                var pair = (objects[relation.Subject].Label, objects[relation.Object].Label);
                if (!pairs.Contains(pair)) pairs.Add(pair);
            }
            result.Add(pairs);
        }
        return result;
    }

    // Reused by RelatedTriples on each thread (cleared after use): (label pair, predicate id).
    [ThreadStatic]
    private static HashSet<(long, int)>? t_seenTriples;

    // The relation facts of the images when all are drawn from one data-set index (their ids mean the same), else null.
    private static Generation.RelationFacts[]? FactsOfAll(ImmutableArray<SceneGraph> graphs, ReadOnlySpan<int> images)
    {
        var facts = new Generation.RelationFacts[images.Length];
        for (var i = 0; i < images.Length; i++)
        {
            if (graphs[images[i]].Indexed is not { } indexed) return null;
            facts[i] = indexed.RelationFacts;
            if (!facts[i].SharesIdsWith(facts[0])) return null;
        }
        return facts;
    }

    // A relation other than "of" whose two ends are objects of the graph.
    private static bool Joins(Relation relation, ImmutableArray<SceneObject> objects) =>
        !Loading.RelationFilter.IsDropped(relation.Predicate)
        && (uint)relation.Subject < (uint)objects.Length && (uint)relation.Object < (uint)objects.Length;
}
