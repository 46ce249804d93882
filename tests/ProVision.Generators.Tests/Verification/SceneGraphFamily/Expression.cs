using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// A referring expression of the scene-graph family: exactly 3 elements chosen around a start node from its own
/// attributes, at most one adjacent node (joined by one relation, in either direction) and that node's attributes.
/// The item carries the attribute choices as list slots and the joining relation as evidence; the neighbour is the
/// relation's other end. An expression describes the neighbour by label and attributes, so a node matches when it
/// has the own attributes and some relation of that predicate and direction to a node with that label and those
/// attributes, as the rendered text would be read.
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

    /// <summary>Every object of the graph the expression describes.</summary>
    public SortedSet<int> Matches(SceneGraph graph) => [.. Enumerable.Range(0, graph.Objects.Length).Where(x => Describes(graph, x))];

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

    private bool Describes(SceneGraph graph, int x)
    {
        if (!Own.IsSubsetOf(graph.Objects[x].Attributes))
        {
            return false;
        }
        return Predicate is null || GraphFacts.Relations(graph).Any(p =>
        {
            var (subject, obj) = (p.Relation.Subject, p.Relation.Object);
            var other = StartIsSubject ? (subject == x ? obj : -1) : (obj == x ? subject : -1);
            return other >= 0 && other != x && p.Relation.Predicate == Predicate
                && graph.Objects[other].Label == Neighbor && NeighborAttributes.IsSubsetOf(graph.Objects[other].Attributes);
        });
    }

    private static bool Subset(ItemCheck check, string slot, List<string> attributes, int objectIndex)
    {
        var missing = attributes.Where(a => !check.Graph.Objects[objectIndex].Attributes.Contains(a)).ToList();
        return missing.Count == 0 || check.Fail($"slot '{slot}' names {ItemCheck.Quote(missing)}, which object {objectIndex} does not have");
    }
}
