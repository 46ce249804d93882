using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// "Which one ..." questions over offered nouns. Where the question compares objects (extremes, depth) each option
/// names one object, since a singular noun denoting several is ambiguous; where it asks which kind of object holds a
/// relation, an option is right when some object of its noun group does. An anchor "the X" is either one object or
/// every option is judged under each of its referents.
/// </summary>
internal static class ChoiceReading
{
    /// <summary>Left/Right/Top/BottomMost: the answer is the extreme of the offered objects, found from their nouns.</summary>
    public static void Extreme(Reader reader, Func<Box, double> key, bool smallest, string edge)
    {
        if (reader.Check.ListSlot("names") is not { } names || !reader.DistinctNouns(names, "offered names"))
        {
            return;
        }
        var objects = names.ToDictionary(n => n, n => reader.One(n, "option"));
        if (objects.Values.Any(o => o is null) || !objects.TryGetValue(reader.Answer, out var answered))
        {
            return;
        }
        var graph = reader.Check.Graph;
        var value = key(graph.Objects[answered!.Value].Box);
        foreach (var (name, other) in objects.Where(p => p.Key != reader.Answer))
        {
            var otherValue = key(graph.Objects[other!.Value].Box);
            if (smallest ? otherValue <= value : otherValue >= value)
            {
                reader.Fail(ReadingRule.OneRight, $"'{name}' (object {other}, {edge} {otherValue}) is at least as far {edge} as the answer '{reader.Answer}' (object {answered}, {value})");
            }
        }
        SameObjects(reader, [.. objects.Values.Select(o => o!.Value)]);
    }

    /// <summary>HeadRelation: "which one is {predicate} the {object}" under every referent of "the {object}".</summary>
    public static void Head(Reader reader)
    {
        var check = reader.Check;
        if (check.ListSlot("names") is not { } names || check.Slot("predicate") is not { } predicate || check.Slot("object") is not { } obj
            || !reader.DistinctNouns(names, "offered names"))
        {
            return;
        }
        var anchors = reader.Group(obj);
        if (anchors.Count == 0)
        {
            reader.Fail(ReadingRule.Referent, $"'the {obj}' denotes no object");
            return;
        }
        WornReading.TheOne(reader, obj, "the object", 0);
        var graph = check.Graph;
        bool Holds(int subject) => GraphFacts.Relations(graph).Any(p => p.Relation.Subject == subject && p.Relation.Predicate == predicate && anchors.Contains(p.Relation.Object));
        // An option names a kind of object: right when some object of its noun group is so related, a fair
        // distractor only when none is.
        foreach (var name in names)
        {
            var subjects = reader.Group(name);
            var holders = subjects.Where(Holds).ToList();
            if (name == reader.Answer && holders.Count == 0)
            {
                reader.Fail(ReadingRule.OneRight, $"no '{name}' {ItemCheck.Show(subjects)} is {predicate} any '{obj}' {ItemCheck.Show(anchors)}, yet it is the answer");
            }
            else if (name != reader.Answer && holders.Count > 0)
            {
                reader.Fail(ReadingRule.OneRight, $"option '{name}' is also {predicate} a '{obj}': objects {ItemCheck.Show(holders)} (the {obj} has referents {ItemCheck.Show(anchors)})");
            }
            // A distractor related to the object by a predicate that implies the asked one, or that it implies ("has" the
            // hat where "wearing" is asked), may be right too.
            else if (name != reader.Answer && GraphFacts.Relations(graph).Select(p => p.Relation).Where(r => subjects.Contains(r.Subject) && anchors.Contains(r.Object)
                         && (check.Vocabulary.Implies(r.Predicate, predicate) || check.Vocabulary.Implies(predicate, r.Predicate))).ToList() is [var implied, ..])
            {
                reader.Fail(ReadingRule.OneRight, $"option '{name}' is offered as wrong, but object {implied.Subject} is '{implied.Predicate}' the {obj}, which '{predicate}' implies or is implied by");
            }
            // Annotations miss many spatial relations: a distractor the boxes show in the predicate's place is right too.
            else if (name != reader.Answer && subjects.Where(s => anchors.Any(a => s != a && RelationReading.BearOut(reader, s, predicate, a))).ToList() is [var borne, ..])
            {
                reader.Fail(ReadingRule.OneRight, $"option '{name}' is offered as wrong, but the boxes of object {borne} and the {obj} {ItemCheck.Show(anchors)} bear '{predicate}' out");
            }
        }
    }

    /// <summary>
    /// HeadRelation's person nouns: the object and the options name every person of the image between them, and a
    /// person answer stands beside no other person option (docs/evidence.md#persons).
    /// </summary>
    public static void HeadPersons(Reader reader)
    {
        if (reader.Check.ListSlot("names") is not { } names || reader.Check.Slot("object") is not { } obj)
        {
            return;
        }
        PersonReading.NamedNouns(reader, [obj, .. names]);
        PersonReading.OneAmongOptions(reader, names);
    }

    /// <summary>Closer/FartherObject and the anchor forms: each named noun and the anchor are one object each, the evidence's.</summary>
    public static void DepthNames(Reader reader, bool anchored)
    {
        var check = reader.Check;
        if (check.ListSlot("names") is not { } names || !reader.DistinctNouns(names, "offered names"))
        {
            return;
        }
        var named = names.Select(n => reader.One(n, "compared object")).ToList();
        if (anchored && check.Slot("anchor") is { } anchor)
        {
            named.Add(reader.One(anchor, "anchor 'the'"));
        }
        if (named.All(n => n is not null))
        {
            SameObjects(reader, [.. named.Select(n => n!.Value)]);
        }
    }

    /// <summary>The objects the words name must be the objects the evidence lists (in any order).</summary>
    private static void SameObjects(Reader reader, List<int> named)
    {
        var evidence = reader.Check.EvidenceObjects();
        if (!evidence.ToHashSet().SetEquals(named))
        {
            reader.Fail(ReadingRule.Referent, $"the words name objects {ItemCheck.Show(named.Order())} but the evidence lists {ItemCheck.Show(evidence)}");
        }
    }
}
