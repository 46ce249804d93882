using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// A referring expression of the scene-graph family: exactly 3 elements chosen around a start node from its own
/// attributes, at most one adjacent node (joined by one relation, in either direction) and that node's attributes.
/// The item carries the attribute choices as list slots and the joining relation as evidence; the neighbour is the
/// relation's other end. An expression describes the neighbour by noun and attributes, so a node matches when a
/// reader may take it to have the own attributes and it has some relation of an overlapping predicate, in that
/// direction, to an object of that noun a reader may take to have those attributes
/// (docs/evidence.md#attributes-a-reader-sees).
/// </summary>
internal sealed record Expression(SortedSet<string> Own, bool StartIsSubject, string? Predicate, string? Neighbor, SortedSet<string> NeighborAttributes)
{
    public const int Size = 3;

    /// <summary>Reads the expression built around <paramref name="start"/>; null after recording what is wrong.</summary>
    public static Expression? Read(ItemCheck check, int start, string ownSlot, string neighborSlot, int? relation)
    {
        var graph = check.Graph;
        if (check.ListSlot(ownSlot) is not { } own || check.ListSlot(neighborSlot) is not { } neighborAttributes)
        {
            return null;
        }
        var ok = Subset(check, ownSlot, own, start) & OneMeaningEach(check, ownSlot, own);
        (bool StartIsSubject, int Other)? join = null;
        if (relation is { } r)
        {
            var edge = graph.Relations[r];
            if ((edge.Subject == start) == (edge.Object == start))
            {
                check.Fail($"relation {r} ({edge.Subject} -{edge.Predicate}-> {edge.Object}) must join object {start} to another object");
                return null;
            }
            join = (edge.Subject == start, edge.Subject == start ? edge.Object : edge.Subject);
            ok &= Subset(check, neighborSlot, neighborAttributes, join.Value.Other) & OneMeaningEach(check, neighborSlot, neighborAttributes);
        }
        else if (neighborAttributes.Count > 0)
        {
            ok = check.Fail($"slot '{neighborSlot}' names neighbour attributes but the expression for object {start} has no neighbour (no relation in the evidence)");
        }
        var size = own.Count + (join is null ? 0 : 1 + neighborAttributes.Count);
        if (size != Size)
        {
            ok = check.Fail($"the expression for object {start} has {size} elements ({own.Count} own attribute(s){(join is null ? "" : $", a neighbour, {neighborAttributes.Count} neighbour attribute(s)")}); it needs exactly {Size}");
        }
        if (!ok)
        {
            return null;
        }
        return new Expression([.. own], join?.StartIsSubject ?? false, join is null ? null : graph.Relations[relation!.Value].Predicate,
            join is null ? null : graph.Objects[join.Value.Other].Label, [.. neighborAttributes]);
    }

    /// <summary>"the wooden and wood table" names one meaning twice: an expression lists one attribute per meaning.</summary>
    private static bool OneMeaningEach(ItemCheck check, string slot, List<string> attributes)
    {
        var ok = true;
        for (var i = 0; i < attributes.Count; i++)
        {
            foreach (var earlier in attributes.Take(i).Where(e => check.Vocabulary.AreSynonyms(e, attributes[i])))
            {
                ok = check.Fail($"slot '{slot}' names '{earlier}' and '{attributes[i]}', one meaning twice");
            }
        }
        return ok;
    }

    /// <summary>Every object of the graph a reader may take the expression to describe.</summary>
    public SortedSet<int> Matches(SceneGraph graph, Vocabulary vocabulary) => [.. Enumerable.Range(0, graph.Objects.Length).Where(x => Describes(graph, vocabulary, x))];

    public override string ToString()
    {
        var own = Own.Count == 0 ? "" : string.Join(" ", Own) + " ";
        if (Predicate is null)
        {
            return $"the {own}object";
        }
        var neighbor = string.Join(" ", NeighborAttributes.Append(Neighbor!));
        return StartIsSubject ? $"the {own}object that is {Predicate} the {neighbor}" : $"the {own}object that the {neighbor} is {Predicate}";
    }

    // As a reader takes it: x may have the own attributes (an object with no colour named may be white), and it has a
    // relation of an overlapping predicate ("wearing" a hat is "having" it) to an object of the neighbour's noun that
    // may have the neighbour's attributes.
    private bool Describes(SceneGraph graph, Vocabulary vocabulary, int x)
    {
        if (!Own.All(a => AttributeContrast.MayHave(vocabulary, graph, x, a)))
        {
            return false;
        }
        return Predicate is null || GraphFacts.Relations(graph).Any(p =>
        {
            var (subject, obj) = (p.Relation.Subject, p.Relation.Object);
            var other = StartIsSubject ? (subject == x ? obj : -1) : (obj == x ? subject : -1);
            return other >= 0 && other != x && PredicatesOverlap(vocabulary, p.Relation.Predicate, Predicate)
                && string.Equals(vocabulary.NounOf(graph.Objects[other].Label), vocabulary.NounOf(Neighbor!), StringComparison.OrdinalIgnoreCase)
                && NeighborAttributes.All(a => AttributeContrast.MayHave(vocabulary, graph, other, a));
        });
    }

    /// <summary>Whether a reader told that one predicate holds may take the other to: one meaning, or one implies the other.</summary>
    public static bool PredicatesOverlap(Vocabulary vocabulary, string p, string q) =>
        vocabulary.AreSynonyms(p, q) || vocabulary.Implies(p, q) || vocabulary.Implies(q, p);

    private static bool Subset(ItemCheck check, string slot, List<string> attributes, int objectIndex)
    {
        var missing = attributes.Where(a => !check.Graph.Objects[objectIndex].Attributes.Contains(a)).ToList();
        return missing.Count == 0 || check.Fail($"slot '{slot}' names {ItemCheck.Quote(missing)}, which object {objectIndex} does not have");
    }
}
