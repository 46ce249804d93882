using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// The answers of <see cref="ExpressionReading"/>'s five checks, and the objects an expression denotes, for one expression in one graph with one vocabulary,
/// each computed the first time it is asked. The scene-graph generators ask them of the same expression again and
/// again: RelationQA for every pair the expression's object takes part in, AttributeQA for every category of its
/// object, and ObjectQA, AttributeQA and RelationQA all of the same graph's expressions (the memo shares them).
/// </summary>
/// <remarks>
/// Each check's answer is one byte (<see cref="Unknown"/>, <see cref="No"/> or <see cref="Yes"/>), so a thread reads either
/// nothing or a whole answer; the checks are pure, so two threads that both compute one write the same value.
/// </remarks>
internal sealed class ExpressionReadings(SceneGraph graph, Vocabulary vocabulary)
{
    public const byte Unknown = 0;
    public const byte No = 1;
    public const byte Yes = 2;

    public SceneGraph Graph { get; } = graph;

    public Vocabulary Vocabulary { get; } = vocabulary;

    public byte NeighborIsUnique;
    public byte StatesPersonColor;
    public byte NamesThings;
    public byte RepeatsMeaning;
    public byte PersonsNamedBy;

    /// <summary>
    /// <see cref="ExpressionReading.Denoted"/>, default until known: the struct is one array reference, so it too is
    /// written whole.
    /// </summary>
    public ImmutableArray<int> Denoted;

    /// <summary>The readings <paramref name="expression"/> keeps for this graph and vocabulary (fresh ones for another pair).</summary>
    public static ExpressionReadings Of(ReferringExpression expression, SceneGraph graph, Vocabulary vocabulary)
    {
        var readings = expression.Readings;
        if (readings is null || !ReferenceEquals(readings.Graph, graph) || !ReferenceEquals(readings.Vocabulary, vocabulary))
        {
            expression.Readings = readings = new ExpressionReadings(graph, vocabulary);
        }
        return readings;
    }

    /// <summary>An answer as it is stored.</summary>
    public static byte Encode(bool answer) => answer ? Yes : No;
}
