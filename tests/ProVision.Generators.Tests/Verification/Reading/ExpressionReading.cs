using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// The scene-graph questions read from their expressions' words: "the ... object" is singular, so it must denote
/// exactly one object of the whole image; a person noun it names ("the man") may be any person of the image; the
/// answer is that object's label (attribute, relation), and no distractor is true of it.
/// </summary>
internal static class ExpressionReading
{
    /// <summary>ObjectQA: "what is the {phrase}".</summary>
    public static void Object(Reader reader)
    {
        if (Referent(reader, "phrase") is not { } x)
        {
            return;
        }
        var label = reader.Check.Label(x);
        if (!reader.SameNoun(reader.Answer, label))
        {
            reader.Fail(ReadingRule.OneRight, $"the expression denotes object {x} ('{label}') but the answer is '{reader.Answer}'");
        }
        reader.Check.DistractorItems(part => reader.SameNoun(part, label) ? $"names the noun of object {x} ('{label}'), which the expression denotes" : null);
        // An option names a kind of object: "spots" or "color" is none.
        foreach (var option in reader.Check.Item.Choices.Where(c => c != reader.Answer))
        {
            reader.Thing(option, "option");
        }
    }

    /// <summary>AttributeQA: "what is the {category} of the {phrase}".</summary>
    public static void Attribute(Reader reader)
    {
        if (reader.Check.Slot("category") is not { } category || Referent(reader, "phrase") is not { } x)
        {
            return;
        }
        var attributes = reader.Check.Graph.Objects[x].Attributes;
        var right = attributes.Where(a => reader.Check.Vocabulary.CategoryOf(a) == category).ToHashSet();
        var answered = ListText.Split(reader.Answer);
        // One attribute per meaning: "large" answers for "large" and "big".
        var vocabulary = reader.Check.Vocabulary;
        if (!answered.All(right.Contains) || (!reader.Check.IsMultipleChoice && !right.All(r => answered.Any(a => vocabulary.AreSynonyms(a, r)))))
        {
            reader.Fail(ReadingRule.OneRight, $"the expression denotes object {x}, whose {category} is {{{ItemCheck.Quote(right)}}}, but the answer is '{reader.Answer}'");
        }
        reader.Check.DistractorItems(part => attributes.Contains(part) ? $"is an attribute of object {x}, which the expression denotes" : null);
    }

    /// <summary>
    /// RelationQA: "the relation" (or "all the relations") "from the {subject} to the {object}", each expression one
    /// object; the answer is every meaning that holds, and no other option is true.
    /// </summary>
    public static void Relation(Reader reader)
    {
        var a = Referent(reader, "subject", alwaysOne: true);
        var b = Referent(reader, "object", alwaysOne: true);
        if (a is null || b is null)
        {
            return;
        }
        var evidence = reader.Check.EvidenceObjects();
        if (!evidence.SequenceEqual([a.Value, b.Value]))
        {
            reader.Fail(ReadingRule.Referent, $"the expressions denote objects [{a}, {b}] but the evidence lists {ItemCheck.Show(evidence)}");
        }
        RelationReading.RelationNumber(reader);
        RelationReading.AllMeanings(reader, a.Value, b.Value);
    }

    /// <summary>
    /// The one object the expression in <paramref name="slot"/> denotes. A question in the plural ("what are the
    /// objects ...") may denote several; the built-in phrasings are singular, so several is a failure.
    /// </summary>
    private static int? Referent(Reader reader, string slot, bool alwaysOne = false)
    {
        if (reader.Check.Slot(slot) is not { } phrase || ExpressionWords.Parse(reader, phrase) is not { } expression)
        {
            return null;
        }
        // "The tall man" may be the tall player beside him (docs/evidence.md#persons).
        if (expression.Neighbor is { } neighbor)
        {
            PersonReading.NamedNouns(reader, neighbor);
            // "the wooden bat" is one bat: no other bat may be wooden unsaid.
            if (expression.Neighbors(reader) is { Count: not 1 } neighbors)
            {
                reader.Fail(ReadingRule.Number, $"'the {string.Join(" ", expression.NeighborAttributes.Append(neighbor))}' reads as one object but may denote {(neighbors.Count == 0 ? "none" : $"objects {ItemCheck.Show(neighbors)}")}");
            }
        }
        WornReading.NotWornByNeighbor(reader, expression, phrase);
        var denoted = expression.Denotes(reader);
        if (denoted.Count == 1)
        {
            // "the ... object" calls it an object: a region labelled "color" or "spots" is none.
            return reader.Thing(reader.Check.Label(denoted.Min), $"'the {phrase.Trim().TrimEnd(',')}' denotes object {denoted.Min}, labelled") ? denoted.Min : null;
        }
        if (denoted.Count > 1 && !alwaysOne && reader.Says("objects"))
        {
            return null;
        }
        reader.Fail(denoted.Count == 0 ? ReadingRule.Referent : ReadingRule.Number,
            $"'the {phrase.Trim().TrimEnd(',')}' reads as one object but denotes {(denoted.Count == 0 ? "none" : $"objects {ItemCheck.Show(denoted)}")}");
        return null;
    }
}
