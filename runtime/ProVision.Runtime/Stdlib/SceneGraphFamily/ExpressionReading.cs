using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// How a reader takes a referring expression: which objects it may describe, seeing attributes the graph does not name
/// (<see cref="Denoted"/>); "the wooden bat" inside it must name one object, a colour it states of a person may be
/// read as skin, it names each meaning once, what it calls an object is a thing, and "the man" it names may be the
/// player beside him. The scene-graph generators ask only about expressions that describe one object and pass all five.
/// </summary>
public static class ExpressionReading
{
    /// <summary>
    /// Whether the neighbour the expression names ("the wooden bat") is the only object of the image with its noun
    /// (either number) that a reader may take to have every attribute the expression gives it: a bat with no
    /// material named may be wooden (<see cref="AttributeSight"/>). True for an expression without a neighbour.
    /// </summary>
    public static bool NeighborIsUnique(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.NeighborLabel is not { } neighbor)
        {
            return true;
        }
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        if (readings.NeighborIsUnique == ExpressionReadings.Unknown)
        {
            var count = graph.Objects.Length;
            Span<bool> mayBe = count <= 256 ? stackalloc bool[count] : new bool[count];
            SceneGraphMemo.Of(graph).Sight(vocabulary).OfNounMayHaveAll(neighbor, expression.NeighborAttributes, mayBe);
            readings.NeighborIsUnique = ExpressionReadings.Encode(mayBe.Count(true) == 1);
        }
        return readings.NeighborIsUnique == ExpressionReadings.Yes;
    }

    /// <summary>
    /// Every object of the image a reader may take the expression to describe, its own node first, then by index (the
    /// .pvg <c>matching</c>). The whole image counts, not only the node's component: "the white object that is holding
    /// the bat" must be one object of the picture. An object fits when a reader may take it to have the expression's
    /// own attributes (<see cref="AttributeSight"/>: "the white object" may be any object with no colour named) and,
    /// for an expression with a neighbour, it has a relation in the expression's direction whose predicate overlaps
    /// the expression's (a synonym, or one implies the other: what one is "wearing" one "has") to an object of the
    /// neighbour's noun that a reader may take to have the neighbour's attributes.
    /// </summary>
    public static ImmutableArray<int> Denoted(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        var denoted = readings.Denoted;
        if (denoted.IsDefault)
        {
            readings.Denoted = denoted = Denote(graph, SceneGraphMemo.Of(graph).Sight(vocabulary), expression);
        }
        return denoted;
    }

    private static ImmutableArray<int> Denote(SceneGraph graph, AttributeSight sight, ReferringExpression expression)
    {
        var count = graph.Objects.Length;
        Span<bool> fits = count <= 256 ? stackalloc bool[count] : new bool[count];
        if (expression.Predicate is not { } predicate)
        {
            sight.MayHaveAll(expression.Attributes, fits);
        }
        else
        {
            // Through the relations once, instead of every object's relations: most expressions fit one object.
            Span<bool> own = count <= 256 ? stackalloc bool[count] : new bool[count];
            sight.MayHaveAll(expression.Attributes, own);
            Span<bool> neighbors = count <= 256 ? stackalloc bool[count] : new bool[count];
            sight.OfNounMayHaveAll(expression.NeighborLabel!, expression.NeighborAttributes, neighbors);
            var overlapping = sight.RelationsOverlapping(predicate);
            for (var r = 0; r < graph.Relations.Length; r++)
            {
                var relation = graph.Relations[r];
                var (from, to) = expression.Direction == RelationDirection.Outgoing ? (relation.Subject, relation.Object) : (relation.Object, relation.Subject);
                if (overlapping[r] && from != to && own[from] && neighbors[to])
                {
                    fits[from] = true;
                }
            }
        }
        fits[expression.Node] = false;
        var found = new int[1 + fits.Count(true)];
        found[0] = expression.Node;
        for (int o = 0, at = 1; o < count; o++)
        {
            if (fits[o]) found[at++] = o;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(found);
    }

    /// <summary>Whether the expression states a colour of a person: of its own node or of its neighbour.</summary>
    public static bool StatesPersonColor(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        if (readings.StatesPersonColor == ExpressionReadings.Unknown)
        {
            readings.StatesPersonColor = ExpressionReadings.Encode(
                (vocabulary.IsPerson(graph.Objects[expression.Node].Label) && AnyColor(vocabulary, expression.Attributes.AsSpan()))
                || (expression.NeighborLabel is { } neighbor && vocabulary.IsPerson(neighbor) && AnyColor(vocabulary, expression.NeighborAttributes.AsSpan())));
        }
        return readings.StatesPersonColor == ExpressionReadings.Yes;
    }

    /// <summary>
    /// Whether the expression calls only things objects: its node ("the white object" is the node) and its neighbour
    /// ("the wooden bat") are not vocabulary non-objects. "The object that is to the left of the color" names none.
    /// </summary>
    public static bool NamesThings(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        if (readings.NamesThings == ExpressionReadings.Unknown)
        {
            readings.NamesThings = ExpressionReadings.Encode(
                vocabulary.IsThing(graph.Objects[expression.Node].Label) && (expression.NeighborLabel is not { } neighbor || vocabulary.IsThing(neighbor)));
        }
        return readings.NamesThings == ExpressionReadings.Yes;
    }

    /// <summary>
    /// The persons rule (<see cref="Persons.AreNamed"/>, the .pvg <c>personsNamed</c>) for the noun the expression names:
    /// its neighbour ("the object that the man is holding") is no person noun, or every person of the image goes by the
    /// neighbour's noun. Otherwise "the man" may be the player beside him, whom <c>neighborUnique</c> and
    /// <c>matching</c> do not count (docs/evidence.md#persons). The described object is called "object": no noun.
    /// </summary>
    public static bool PersonsNamedBy(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.NeighborLabel is not { } neighbor || !vocabulary.IsPerson(neighbor))
        {
            return true;
        }
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        if (readings.PersonsNamedBy == ExpressionReadings.Unknown)
        {
            var noun = vocabulary.NounOf(neighbor);
            readings.PersonsNamedBy = ExpressionReadings.Encode(Persons.AreNamed(graph, vocabulary, new ReadOnlySpan<string>(in noun)));
        }
        return readings.PersonsNamedBy == ExpressionReadings.Yes;
    }

    /// <summary>
    /// Whether the expression names one meaning twice: two synonyms among its own attributes or among its
    /// neighbour's ("the wooden and wood object", "the large and big table"). Another choice of attributes describes the
    /// same object once per meaning, so such an expression is never asked.
    /// </summary>
    public static bool RepeatsMeaning(Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        // It reads no graph: the readings of any graph with this vocabulary hold its answer (the other checks, asked
        // first by the generators, made them).
        if (expression.Readings is not { } readings || !ReferenceEquals(readings.Vocabulary, vocabulary))
        {
            return Repeats(vocabulary, expression);
        }
        if (readings.RepeatsMeaning == ExpressionReadings.Unknown)
        {
            readings.RepeatsMeaning = ExpressionReadings.Encode(Repeats(vocabulary, expression));
        }
        return readings.RepeatsMeaning == ExpressionReadings.Yes;
    }

    private static bool Repeats(Vocabulary vocabulary, ReferringExpression expression) =>
        HasSynonymPair(vocabulary, expression.Attributes.AsSpan()) || HasSynonymPair(vocabulary, expression.NeighborAttributes.AsSpan());

    private static bool HasSynonymPair(Vocabulary vocabulary, ReadOnlySpan<string> attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (Synonyms.AnySynonym(attributes[..i], attributes[i], vocabulary))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyColor(Vocabulary vocabulary, ReadOnlySpan<string> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (vocabulary.CategoryOf(attribute) == AttributeCategories.Color)
            {
                return true;
            }
        }
        return false;
    }
}
