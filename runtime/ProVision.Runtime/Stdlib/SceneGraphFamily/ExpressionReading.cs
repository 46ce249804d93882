using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// How a reader takes a referring expression: "the wooden bat" inside it must name one object, a colour it states of
/// a person may be read as skin, it names each meaning once, what it calls an object is a thing, and "the man" it
/// names may be the player beside him. The scene-graph generators ask only about expressions that pass all five.
/// </summary>
public static class ExpressionReading
{
    /// <summary>
    /// Whether the neighbour the expression names ("the wooden bat") is the only object of the image with its noun
    /// (either number) and every attribute the expression gives it; true for an expression without a neighbour.
    /// </summary>
    public static bool NeighborIsUnique(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.NeighborLabel is null)
        {
            return true;
        }
        var readings = ExpressionReadings.Of(expression, graph, vocabulary);
        if (readings.NeighborIsUnique == ExpressionReadings.Unknown)
        {
            readings.NeighborIsUnique = ExpressionReadings.Encode(CountFitting(graph, vocabulary, expression) == 1);
        }
        return readings.NeighborIsUnique == ExpressionReadings.Yes;
    }

    // How many objects have the neighbour's noun and every attribute the expression gives it.
    private static int CountFitting(SceneGraph graph, Vocabulary vocabulary, ReferringExpression expression)
    {
        var noun = vocabulary.NounOf(expression.NeighborLabel!);
        // Which of the graph's distinct nouns are this noun, case aside, once; then each object's by its noun id
        // (Nouns.IdsOfObjects) instead of asking the vocabulary for every object's noun again.
        var nouns = Sets.NounGroups(graph, vocabulary).Nouns;
        Span<bool> isNoun = nouns.Length <= 256 ? stackalloc bool[nouns.Length] : new bool[nouns.Length];
        for (var n = 0; n < nouns.Length; n++) isNoun[n] = string.Equals(nouns[n], noun, StringComparison.OrdinalIgnoreCase);
        var nounIds = Nouns.IdsOfObjects(graph, vocabulary);
        var fits = 0;
        for (var o = 0; o < nounIds.Length; o++)
        {
            if (isNoun[nounIds[o]] && HasAll(graph.Objects[o], expression.NeighborAttributes.AsSpan()))
            {
                fits++;
            }
        }
        return fits;
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

    private static bool HasAll(SceneObject candidate, ReadOnlySpan<string> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (!candidate.Attributes.Contains(attribute))
            {
                return false;
            }
        }
        return true;
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
