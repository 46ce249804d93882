using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>
/// "What are all the relations from the person to the cup?" reads as the whole set of meanings that hold: the answer
/// is exactly that set, and every other option names a predicate that is false under every reading.
/// </summary>
public sealed class AllRelationsReadingTests
{
    /// <summary>0 person [tall] holding and near 1 cup [red]; the cup is on 2 table [wooden]; the person wears 3 hat [blue].</summary>
    internal static SceneGraph Desk { get; } = new GraphBuilder(100, 100, "desk")
        .Object("person", 10, 10, 40, 90, "tall").Object("cup", 42, 40, 50, 50, "red").Object("table", 30, 50, 90, 60, "wooden")
        .Object("hat", 15, 5, 30, 12, "blue")
        .Relation(0, "holding", 1).Relation(0, "near", 1).Relation(1, "on", 2).Relation(0, "wearing", 3).Build();

    private const string Subject = "tall object, which is wearing the blue hat,";
    private const string Object = "red object, which is on the wooden table,";

    private static ItemBuilder Item(string prompt, string answer) => new ItemBuilder("SceneGraphRelationQAGenerator").Prompt(prompt)
        .Slot("subject", Subject).Slot("object", Object).Slot("subject_attributes", "tall").Slot("subject_neighbor_attributes", "blue")
        .Slot("object_attributes", "red").Slot("object_neighbor_attributes", "wooden").Answer(answer).Objects(0, 1).Relations(0, 1, 3, 2);

    private static readonly string s_all = $"What are all the relations from the {Subject} to the {Object} in this image?";

    [Fact]
    public void All_the_relations_answered_by_every_meaning_verify()
    {
        Verdict.PassesWith(Item(s_all, "holding and near"), [Desk], ReadingOn);
        Verdict.PassesWith(Item($"In what ways is the {Subject} related to the {Object} in this image?", "near and holding"), [Desk], ReadingOn);
    }

    [Fact]
    public void All_the_relations_answered_by_one_of_them_fails() =>
        Verdict.FailsWith(Item(s_all, "holding"),
            "reading [one-right]: the relations from object 0 to object 1 are {'holding', 'near'} (2 meaning(s), each named once), but the answer is 'holding'", [Desk], ReadingOn);

    [Fact]
    public void One_relation_answered_by_several_fails() =>
        Verdict.FailsWith(Item($"What is the relation from the {Subject} to the {Object} in this image?", "holding and near"),
            "reading [number]: the question asks for one relation but the answer lists 2", [Desk], ReadingOn);

    [Fact]
    public void Whole_set_options_each_need_a_false_predicate()
    {
        // "behind and on": neither holds nor do the boxes bear either out, so the option is wrong however it is read.
        Verdict.PassesWith(Item(s_all, "holding and near").Choices("behind and on", "holding and near"), [Desk], ReadingOn);
        // "to the left of and near": the person is left of the cup by the boxes and near it by the annotation.
        Verdict.FailsWith(Item(s_all, "holding and near").Choices("holding and near", "to the left of and near"),
            "reading [one-right]: option 'to the left of and near' is offered as wrong, but each of its predicates holds from object 0 to object 1 or the boxes bear it out",
            [Desk], ReadingOn);
    }
}
