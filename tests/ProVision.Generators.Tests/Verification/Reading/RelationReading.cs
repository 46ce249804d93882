using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// Questions that point at objects by name ("the cup") or by name and box ("the cup at (0.1, ...)"): the words
/// must pick out exactly the evidence's objects, a relation answer listing several predicates must be asked as
/// such ("all relations"), since "what is the relation" reads as one, and no distractor may be a predicate the boxes
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

    /// <summary>A relation answer of several predicates needs a question that asks for several.</summary>
    public static void RelationNumber(Reader reader)
    {
        var predicates = ListText.Split(reader.Answer);
        if (predicates.Count > 1 && !reader.Says("relations") && !reader.Says("relationships") && !reader.Says("all"))
        {
            reader.Fail(ReadingRule.Number, $"the question asks for one relation but the answer lists {predicates.Count} ({ItemCheck.Quote(predicates)})");
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
