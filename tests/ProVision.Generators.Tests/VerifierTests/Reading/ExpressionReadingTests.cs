using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>Referring expressions read from their words against the whole graph: singular means one object.</summary>
public sealed class ExpressionReadingTests
{
    [Fact]
    public void An_expression_with_several_referents_asked_in_the_singular_fails() =>
        // "What is the yellow object that is on the plate?" Both bananas are, and the white spoon may be yellow too (the
        // test vocabulary's colours that exclude one another leave out yellow); the item answers the bananas.
        Verdict.FailsWith(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "yellow object that is on the plate")
            .Slot("attributes", "yellow").Slot("neighbor_attributes", "white").Answer("banana").Objects(0, 1).Relations(3),
            "reading [number]: 'the yellow object that is on the plate' reads as one object but denotes objects [0, 1, 4]", [Orchard], ReadingOn);

    [Fact]
    public void A_distractor_that_is_the_answers_noun_fails() =>
        // "What is the object that is holding the metal spoon?" The person; "people" is the same noun.
        Verdict.FailsWith(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "object that is holding the metal spoon")
            .Answer("person").Choices("person", "people", "hat").Objects(12).Relations(5),
            "choice 'people' is not a valid distractor: 'people' names the noun of object 12", [Orchard], ReadingOn);

    [Fact]
    public void An_expression_that_the_neighbour_reads_backwards_resolves() =>
        // "What is the material of the white object that the person is holding?" The spoon: metal.
        Verdict.PassesWith(new ItemBuilder("SceneGraphAttributeQAGenerator").Slot("phrase", "white object that the standing person is holding")
            .Slot("category", "material").Slot("attributes", "white").Slot("neighbor_attributes", "standing").Answer("metal").Objects(4).Relations(5),
            [Orchard], ReadingOn);

    [Fact]
    public void An_attribute_answer_of_another_object_fails() =>
        Verdict.FailsWith(new ItemBuilder("SceneGraphAttributeQAGenerator").Slot("phrase", "white object that the standing person is holding")
            .Slot("category", "color").Slot("attributes", "metal").Slot("neighbor_attributes", "standing").Answer("red").Objects(4).Relations(5),
            "reading [one-right]: the expression denotes object 4, whose color is {'white'}, but the answer is 'red'", [Orchard], ReadingOn);

    [Fact]
    public void A_person_noun_beside_a_person_of_another_noun_fails()
    {
        // "What is the object that the tall person is holding?" The man beside the person may be "the person" too
        // (docs/evidence.md#persons); over an image whose persons are all persons it is one object. The test
        // vocabulary names no persons, so the built-in one reads the words.
        // The other is short and holds a large cup, so "the tall person" and "the small object" name one each.
        static SceneGraph Street(string other) => new GraphBuilder(100, 100, "street").Object("person", 0, 0, 20, 50, "tall")
            .Object("cap", 2, 0, 18, 8, "red", "small").Object(other, 30, 0, 50, 50, "short").Object("cup", 45, 20, 50, 25, "white", "large")
            .Relation(0, "holding", 1).Relation(2, "holding", 3).Build();
        var objectItem = new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "small object that the tall person is holding")
            .Slot("attributes", "small").Slot("neighbor_attributes", "tall").Answer("cap").Objects(1).Relations(0);
        var relationItem = new ItemBuilder("SceneGraphRelationQAGenerator").Slot("subject", "object, which the tall person is holding,")
            .Slot("object", "white object").Answer("near").Objects(1, 3);
        var vocabulary = BuiltinPack.Pack.Vocabulary;

        Verdict.FailsWith(objectItem, "reading [persons]: 'person' may name the 'man'", [Street("man")], ReadingOn, vocabulary);
        Verdict.FailsWith(relationItem, "reading [persons]: 'person' may name the 'man'", [Street("man")], ReadingOn, vocabulary);
        Verdict.PassesWith(objectItem, [Street("person")], ReadingOn, vocabulary);
    }

    [Fact]
    public void An_expression_a_reader_may_take_for_an_object_with_the_attribute_unsaid_fails()
    {
        // "What is the red and small object that the man is holding?" The man holds a small red cap and a cup with no
        // colour named: the cup may be red and small too. A white cup is seen not to be.
        static SceneGraph Hands(params string[] cup) => new GraphBuilder(100, 100, "hands").Object("man", 0, 0, 20, 50)
            .Object("cap", 2, 0, 18, 8, "red", "small").Object("cup", 45, 20, 50, 25, cup).Relation(0, "holding", 1).Relation(0, "holding", 2).Build();
        var item = new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "red and small object that the man is holding")
            .Slot("attributes", "red and small").Slot("neighbor_attributes", "").Answer("cap").Objects(1).Relations(0);

        Verdict.FailsWith(item, "reading [number]: 'the red and small object that the man is holding' reads as one object but denotes objects [1, 2]", [Hands()], ReadingOn);
        Verdict.PassesWith(item, [Hands("white")], ReadingOn);
    }

    [Fact]
    public void A_neighbour_a_reader_may_take_for_another_of_its_noun_fails()
    {
        // "What is the object that is on the white and large plate?" Another plate with no colour or size named may be
        // the one named. A blue plate is seen not to be.
        static SceneGraph Table(params string[] plate) => new GraphBuilder(100, 100, "table").Object("cup", 0, 0, 10, 10)
            .Object("plate", 0, 10, 20, 20, "white", "large").Object("plate", 30, 10, 50, 20, plate).Relation(0, "on", 1).Build();
        var item = new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "object that is on the white and large plate")
            .Slot("attributes", "").Slot("neighbor_attributes", "white and large").Answer("cup").Objects(0).Relations(0);

        Verdict.FailsWith(item, "reading [number]: 'the white large plate' reads as one object but may denote objects [1, 2]", [Table()], ReadingOn);
        Verdict.PassesWith(item, [Table("blue")], ReadingOn);
    }

    [Fact]
    public void The_verb_after_the_neighbour_agrees_with_its_noun()
    {
        // "What is the object that the green leaves are on?" The table; "the leaves is on" is not English.
        var graph = new GraphBuilder(100, 100, "yard").Object("table", 0, 50, 60, 90, "wooden").Object("leaves", 10, 40, 30, 55, "green")
            .Object("bowl", 70, 50, 90, 70, "white").Relation(1, "on", 0).Relation(2, "contains", 1).Build();
        ItemBuilder Item(string phrase, string own, string answer, int node, int relation) =>
            new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", phrase).Slot("attributes", own).Slot("neighbor_attributes", "green").Answer(answer).Objects(node).Relations(relation);

        Verdict.PassesWith(Item("wooden object that the green leaves are on", "wooden", "table", 0, 0), [graph], ReadingOn);
        Verdict.FailsWith(Item("wooden object that the green leaves is on", "wooden", "table", 0, 0),
            "reading [number]: 'the leaves is on': the verb does not agree with the noun", [graph], ReadingOn);
        Verdict.PassesWith(Item("white object that contains the green leaves", "white", "bowl", 2, 1), [graph], ReadingOn);
    }

    [Fact]
    public void Unreadable_words_fail() =>
        Verdict.FailsWith(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "thing that is near the plate").Answer("spoon").Objects(4).Relations(0),
            "reading [referent]: cannot read the expression 'thing that is near the plate'", [Orchard], ReadingOn);

    [Fact]
    public void Relation_references_must_each_denote_one_object() =>
        Verdict.FailsWith(new ItemBuilder("SceneGraphRelationQAGenerator").Slot("subject", "yellow object, which is on the plate,")
            .Slot("object", "white object, which the standing person is wearing,").Answer("on").Objects(0, 3),
            "reading [number]: 'the yellow object, which is on the plate' reads as one object but denotes objects [0, 1, 4]", [Orchard], ReadingOn);

    [Fact]
    public void A_relation_distractor_the_boxes_bear_out_fails()
    {
        // The red cup is 8 px left of the blue bowl in a 200 x 200 image: near by its definition, so "near" is also
        // right for a reader who sees the boxes.
        var graph = Builtin.SceneGraphGraphs.CloseCupAndBowl();
        ItemBuilder Item(params string[] choices) => new ItemBuilder("SceneGraphRelationQAGenerator").Slot("subject", "red object, which is above the wooden table,")
            .Slot("object", "blue object, which is above the wooden table,").Slot("subject_attributes", "red").Slot("subject_neighbor_attributes", "wooden")
            .Slot("object_attributes", "blue").Slot("object_neighbor_attributes", "wooden").Answer("to the left of").Choices(choices).Objects(0, 1).Relations(0, 1, 2);

        Verdict.FailsWith(Item("to the left of", "near", "on"),
            "reading [one-right]: option 'near' is offered as wrong, but the boxes of objects 0 and 1 bear it out", [graph], ReadingOn);
        Verdict.PassesWith(Item("to the left of", "on"), [graph], ReadingOn);
    }
}
