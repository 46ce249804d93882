using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// The scene-graph family as the .pvg standard library sees it: each method fills a reusable buffer (the emitted
/// code's list representation) or returns a plain value. The reference interpreter calls the same methods.
/// </summary>
public static class SceneGraphQueries
{
    /// <summary>The objects of <paramref name="node"/>'s connected component (just the node when it is isolated), in index order.</summary>
    public static void Component(SceneGraph graph, int node, ScratchList<int> into)
    {
        into.Clear();
        var memo = SceneGraphMemo.Of(graph);
        var index = memo.ComponentOf(node);
        if (index < 0)
        {
            into.Add(node);
            return;
        }
        foreach (var i in memo.Components[index]) into.Add(i);
    }

    /// <summary>The referring expressions for <paramref name="node"/>, in the runtime's stable order.</summary>
    public static void For(SceneGraph graph, int node, ScratchList<ReferringExpression> into) => Fill(ReferringExpressions.For(graph, node), into);

    /// <summary>The expressions for <paramref name="node"/> that use none of its own attributes of <paramref name="category"/>.</summary>
    public static void Avoiding(SceneGraph graph, int node, Vocabulary vocabulary, string category, ScratchList<ReferringExpression> into) =>
        Fill(SceneGraphMemo.Of(graph).ExpressionsAvoiding(node, vocabulary, category), into);

    /// <summary>The expressions for <paramref name="node"/> that do not go through <paramref name="other"/> (no relation to it as the neighbour).</summary>
    public static void Except(SceneGraph graph, int node, int other, ScratchList<ReferringExpression> into) =>
        Fill(SceneGraphMemo.Of(graph).ExpressionsExcept(node, other), into);

    private static void Fill(System.Collections.Immutable.ImmutableArray<ReferringExpression> expressions, ScratchList<ReferringExpression> into)
    {
        into.Clear();
        foreach (var e in expressions) into.Add(e);
    }

    /// <summary>Every object of the image a reader may take the expression to describe (<see cref="ExpressionReading.Denoted"/>), its own node first, then by index.</summary>
    public static void Matching(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression, ScratchList<int> into)
    {
        into.Clear();
        foreach (var i in ExpressionReading.Denoted(graph, vocabulary, expression)) into.Add(i);
    }

    /// <summary>The relation joining the expression's node to its neighbour (none without a neighbour): the first of that predicate and direction.</summary>
    public static void Join(SceneGraph graph, ReferringExpression expression, ScratchList<int> into)
    {
        into.Clear();
        if (expression.Neighbor is not { } other) return;
        var (subject, obj) = expression.Direction == RelationDirection.Outgoing ? (expression.Node, other) : (other, expression.Node);
        for (var r = 0; r < graph.Relations.Length; r++)
        {
            var relation = graph.Relations[r];
            if (relation.Subject == subject && relation.Object == obj && relation.Predicate == expression.Predicate)
            {
                into.Add(r);
                return;
            }
        }
    }

    /// <summary>One relation per related pair of distinct things, picked at random where a pair has several (the caption's choice), by pair order.</summary>
    public static void CaptionRelations(SceneGraph graph, Vocabulary vocabulary, DeterministicRandom random, ScratchList<int> into)
    {
        into.Clear();
        foreach (var r in SceneCaption.PickRelations(graph, random, vocabulary)) into.Add(r);
    }

    /// <summary>The dense caption describing exactly the given relations (one per related pair).</summary>
    public static string Caption(SceneGraph graph, Vocabulary vocabulary, ReadOnlySpan<int> relations) => SceneCaption.Describe(graph, relations.ToArray(), vocabulary);
}
