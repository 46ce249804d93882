using System.Collections.Immutable;
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
}
