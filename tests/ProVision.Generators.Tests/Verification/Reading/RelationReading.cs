using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// Questions that point at objects by name ("the cup") or by name and box ("the cup at (0.1, ...)"): the words
/// must pick out exactly the evidence's objects, a relation answer listing several predicates must be asked as
/// such ("all the relations"), since "what is the relation" reads as one, and no distractor may be a predicate the boxes
/// bear out by its documented definition.
/// </summary>
internal static class RelationReading
{
    /// <summary>ExistsRelation: "the relation between the {subject} and the {object}".</summary>
    public static void ByName(Reader reader)
    {
        if (reader.Check.Slot("subject") is not { } subject || reader.Check.Slot("object") is not { } obj)
        {
            return;
        }
        var s = reader.One(subject, "'the' subject");
        var o = reader.One(obj, "'the' object");
        if (s is { } a && o is { } b)
        {
            Pair(reader, a, b);
        }
    }

    /// <summary>RelationBBox: both ends found from their label and box ratio.</summary>
    public static void ByBox(Reader reader)
    {
        var s = BoxReferent(reader, "subject", "subject_box");
        var o = BoxReferent(reader, "object", "object_box");
        if (s is { } a && o is { } b)
        {
            Pair(reader, a, b);
        }
    }

    /// <summary>AttributeBBox / TypedAttributeBBox: the object found from its label and box ratio is the evidence's.</summary>
    public static void AttributeByBox(Reader reader)
    {
        if (BoxReferent(reader, "label", "box") is { } found && !reader.Check.EvidenceObjects().SequenceEqual([found]))
        {
            reader.Fail(ReadingRule.Referent, $"the label and box name object {found} but the evidence lists {ItemCheck.Show(reader.Check.EvidenceObjects())}");
        }
    }

    /// <summary>
    /// A relation answer of several predicates needs a question that asks for several: "all the relations", "the
    /// relationships", "in what ways".
    /// </summary>
    public static void RelationNumber(Reader reader)
    {
        var predicates = ListText.Split(reader.Answer);
        if (predicates.Count > 1 && !s_severalWords.Any(reader.Says))
        {
            reader.Fail(ReadingRule.Number, $"the question asks for one relation but the answer lists {predicates.Count} ({ItemCheck.Quote(predicates)})");
        }
    }

    private static readonly string[] s_severalWords = ["relations", "relationships", "connections", "ways", "all"];

    /// <summary>
    /// "What is the relation" (one meaning) or "what are all the relations" from object <paramref name="a"/> to
    /// <paramref name="b"/>: the answer is exactly the meanings that hold (the annotated predicates, read with their
    /// synonyms), each once. Every other option, read as a set, must name a predicate that is false: neither annotated
    /// (nor a synonym of one) nor borne out by the boxes by its documented definition (docs/pipeline-definitions.md),
    /// so no option but the answer is right under any reading.
    /// </summary>
    public static void AllMeanings(Reader reader, int a, int b)
    {
        var graph = reader.Check.Graph;
        var vocabulary = reader.Check.Vocabulary;
        var annotated = GraphFacts.PredicatesBetween(graph, a, b);
        bool Holds(string p) => annotated.Any(h => vocabulary.AreSynonyms(h, p));
        var answered = ListText.Split(reader.Answer);
        var meanings = annotated.Where((h, i) => !annotated.Take(i).Any(e => vocabulary.AreSynonyms(e, h))).ToList();
        var exact = answered.All(Holds) && meanings.All(m => answered.Count(p => vocabulary.AreSynonyms(p, m)) == 1);
        if (!exact)
        {
            reader.Fail(ReadingRule.OneRight, $"the relations from object {a} to object {b} are {{{ItemCheck.Quote(annotated)}}} ({meanings.Count} meaning(s), each named once), but the answer is '{reader.Answer}'");
        }
        var (boxA, boxB) = (graph.Objects[a].Box, graph.Objects[b].Box);
        bool Borne(string p) => ProVision.Runtime.Stdlib.SpatialPredicates.CouldHold(boxA, p, boxB, graph.Width, graph.Height);
        // A predicate one of the annotated implies, or one that implies an annotated one, may hold too ("has" beside
        // "wearing"): no reader takes it for false.
        bool Implied(string p) => annotated.Any(h => vocabulary.Implies(h, p) || vocabulary.Implies(p, h));
        foreach (var option in reader.Check.Distractors)
        {
            var parts = ListText.Split(option);
            if (parts.Any(p => !Holds(p) && !Borne(p) && !Implied(p)))
            {
                continue;
            }
            reader.Fail(ReadingRule.OneRight, parts.Count == 1 && Implied(option) && !Holds(option)
                ? $"option '{option}' is offered as wrong, but a relation from object {a} to object {b} implies it or is implied by it ({{{ItemCheck.Quote(annotated)}}})"
                : parts.Count == 1 && !Holds(option)
                ? $"option '{option}' is offered as wrong, but the boxes of objects {a} and {b} bear it out"
                : $"option '{option}' is offered as wrong, but each of its predicates holds from object {a} to object {b} or the boxes bear it out");
        }
    }

    /// <summary>
    /// A distractor is wrong for a reader only when the boxes do not show it: no offered predicate other than the
    /// answer may hold, or fall inside the margin, by its documented box definition (docs/pipeline-definitions.md).
    /// </summary>
    public static void SpatialDistractors(Reader reader, int a, int b)
    {
        foreach (var option in reader.Check.Item.Choices.Where(c => c != reader.Answer))
        {
            if (BearOut(reader, a, option, b))
            {
                reader.Fail(ReadingRule.OneRight, $"option '{option}' is offered as wrong, but the boxes of objects {a} and {b} bear it out");
            }
        }
    }

    /// <summary>Whether the boxes of <paramref name="a"/> and <paramref name="b"/> bear the predicate out by its documented definition, margins included.</summary>
    public static bool BearOut(Reader reader, int a, string predicate, int b)
    {
        var graph = reader.Check.Graph;
        return ProVision.Runtime.Stdlib.SpatialPredicates.CouldHold(graph.Objects[a].Box, predicate, graph.Objects[b].Box, graph.Width, graph.Height);
    }

    private static void Pair(Reader reader, int subject, int obj)
    {
        var evidence = reader.Check.EvidenceObjects();
        if (!evidence.SequenceEqual([subject, obj]))
        {
            reader.Fail(ReadingRule.Referent, $"the words name objects [{subject}, {obj}] but the evidence lists {ItemCheck.Show(evidence)}");
            return;
        }
        RelationNumber(reader);
        SpatialDistractors(reader, subject, obj);
        ImpliedDistractors(reader, subject, obj);
    }

    /// <summary>
    /// No distractor is implied by a relation from <paramref name="a"/> to <paramref name="b"/>, or implies one (vocabulary
    /// implies): told the dog is "wearing" the collar, a reader takes "has" for true as well.
    /// </summary>
    private static void ImpliedDistractors(Reader reader, int a, int b)
    {
        var vocabulary = reader.Check.Vocabulary;
        var annotated = GraphFacts.PredicatesBetween(reader.Check.Graph, a, b);
        foreach (var option in reader.Check.Item.Choices.Where(c => c != reader.Answer))
        {
            if (annotated.Any(h => vocabulary.Implies(h, option) || vocabulary.Implies(option, h)))
            {
                reader.Fail(ReadingRule.OneRight, $"option '{option}' is offered as wrong, but a relation from object {a} to object {b} implies it or is implied by it ({{{ItemCheck.Quote(annotated)}}})");
            }
        }
    }

    private static int? BoxReferent(Reader reader, string labelSlot, string boxSlot)
    {
        if (reader.Check.Slot(boxSlot) is not { } box)
        {
            return null;
        }
        var graph = reader.Check.Graph;
        var label = reader.Check.Item.Slot(labelSlot);
        var found = Enumerable.Range(0, graph.Objects.Length)
            .Where(i => RatioText.Box(graph.Objects[i].Box, graph.Width, graph.Height) == box && (label is null || reader.Group(label).Contains(i))).ToList();
        if (found.Count == 1)
        {
            return found[0];
        }
        reader.Fail(found.Count == 0 ? ReadingRule.Referent : ReadingRule.Number,
            $"'{label ?? "object"}' at {box} denotes {(found.Count == 0 ? "no object" : $"objects {ItemCheck.Show(found)}")}; it must denote one");
        return null;
    }
}
