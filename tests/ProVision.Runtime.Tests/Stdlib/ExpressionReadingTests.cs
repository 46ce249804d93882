using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Stdlib.SceneGraphFamily;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class ExpressionReadingTests
{
    private static readonly Vocabulary s_vocabulary = new([], [new("white", "color"), new("wooden", "material"), new("metal", "material")], [], persons: ["man"],
        excludes: [["wooden", "metal"]]);

    private static readonly SceneGraph s_graph = new("g", null, 100, 100,
        [
            new SceneObject("man", new Box(0, 0, 10, 10), null, ["white"]),
            new SceneObject("bat", new Box(0, 0, 10, 10), null, ["wooden"]),
            new SceneObject("bats", new Box(0, 0, 10, 10), null, ["metal"]),
            new SceneObject("hat", new Box(0, 0, 10, 10), null, ["white"]),
        ],
        [new Relation(0, "holding", 1), new Relation(0, "wearing", 3)]);

    private static ReferringExpression Expr(int node, string[] own, int? neighbor, string? label, string[] neighborAttributes) =>
        new(node, [.. own], neighbor, label, [.. neighborAttributes], neighbor is null ? null : "holding", RelationDirection.Outgoing);

    [Fact]
    public void A_neighbour_is_unique_only_when_no_other_object_of_its_noun_fits()
    {
        Assert.False(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, [], 1, "bat", [])));      // "bats" too
        Assert.True(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"]))); // the bats are metal
        Assert.True(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, ["white"], null, null, [])));
    }

    [Fact]
    public void A_neighbour_of_its_noun_with_the_attributes_unsaid_may_be_the_one_named()
    {
        // "The object that is holding the wooden bat" beside a bat with no material named: a reader may take it for wooden.
        var graph = new SceneGraph("u", null, 100, 100,
            [new SceneObject("man", new Box(0, 0, 10, 10)), new SceneObject("bat", new Box(0, 0, 10, 10), null, ["wooden"]), new SceneObject("bat", new Box(0, 0, 10, 10), null, ["white"])],
            [new Relation(0, "holding", 1)]);
        var metal = new SceneGraph("m", null, 100, 100, [.. graph.Objects.Take(2), new SceneObject("bat", new Box(0, 0, 10, 10), null, ["metal"])], graph.Relations);
        Assert.False(ExpressionReading.NeighborIsUnique(graph, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"])));
        Assert.True(ExpressionReading.NeighborIsUnique(metal, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"])));
    }

    [Fact]
    public void An_expression_denotes_every_object_a_reader_may_take_it_for()
    {
        var vocabulary = new Vocabulary([], [new("white", "color"), new("red", "color")], [], persons: ["man"],
            synonyms: [["near", "next to"]], implies: [new("wearing", "has")], excludes: [["white", "red"]]);
        var graph = new SceneGraph("d", null, 100, 100,
            [
                new SceneObject("man", new Box(0, 0, 10, 10), null, ["white"]),
                new SceneObject("table", new Box(0, 0, 10, 10)),
                new SceneObject("dog", new Box(0, 0, 10, 10)),                   // no colour named: may be white
                new SceneObject("cat", new Box(0, 0, 10, 10), null, ["red"]),    // seen not white
                new SceneObject("hat", new Box(0, 0, 10, 10)),
                new SceneObject("woman", new Box(0, 0, 10, 10)),
            ],
            [new Relation(0, "near", 1), new Relation(2, "next to", 1), new Relation(3, "near", 1), new Relation(0, "wearing", 4), new Relation(5, "has", 4)]);
        ReferringExpression Near(string[] own) => new(0, [.. own], 1, "table", [], "near", RelationDirection.Outgoing);

        Assert.Equal([0, 2, 3], ExpressionReading.Denoted(graph, vocabulary, Near([])).ToArray());       // "next to" is "near"
        Assert.Equal([0, 2], ExpressionReading.Denoted(graph, vocabulary, Near(["white"])).ToArray());   // the red cat is seen not white
        Assert.Equal([0, 1, 2, 4, 5], ExpressionReading.Denoted(graph, vocabulary, new ReferringExpression(0, ["white"], null, null, [], null, RelationDirection.Outgoing)).ToArray());
        // What one is wearing one has, and what one has one may be wearing.
        Assert.Equal([0, 5], ExpressionReading.Denoted(graph, vocabulary, new ReferringExpression(0, [], 4, "hat", [], "wearing", RelationDirection.Outgoing)).ToArray());
        Assert.Equal([4], ExpressionReading.Denoted(graph, vocabulary, new ReferringExpression(4, [], 5, "woman", [], "has", RelationDirection.Incoming)).ToArray());
    }

    [Fact]
    public void An_attribute_two_objects_of_a_noun_carry_together_excludes_nothing_for_that_noun()
    {
        // One plate is white and red, so the white plate may be red too; the red cat is still seen not white.
        var vocabulary = new Vocabulary([], [new("white", "color"), new("red", "color")], [], excludes: [["white", "red"]]);
        var graph = new SceneGraph("p", null, 100, 100,
            [
                new SceneObject("plate", new Box(0, 0, 10, 10), null, ["red"]),
                new SceneObject("plate", new Box(0, 0, 10, 10), null, ["white"]),
                new SceneObject("plate", new Box(0, 0, 10, 10), null, ["white", "red"]),
                new SceneObject("cat", new Box(0, 0, 10, 10), null, ["white"]),
            ],
            []);
        var red = new ReferringExpression(0, ["red"], null, null, [], null, RelationDirection.Outgoing);
        Assert.Equal([0, 1, 2], ExpressionReading.Denoted(graph, vocabulary, red).ToArray());
    }

    [Fact]
    public void A_neighbour_of_another_case_or_number_counts_as_its_noun_case_aside()
    {
        // "Bat" and "BATS" have the noun of "bat" case aside, as the count over every object's noun had it.
        var graph = new SceneGraph("c", null, 100, 100,
            [
                new SceneObject("man", new Box(0, 0, 10, 10)),
                new SceneObject("bat", new Box(0, 0, 10, 10), null, ["wooden"]),
                new SceneObject("Bat", new Box(0, 0, 10, 10), null, ["wooden"]),
                new SceneObject("BATS", new Box(0, 0, 10, 10)),
                new SceneObject("cat", new Box(0, 0, 10, 10), null, ["wooden"]),
            ],
            [new Relation(0, "holding", 1)]);
        Assert.False(ExpressionReading.NeighborIsUnique(graph, s_vocabulary, Expr(0, [], 1, "bat", [])));
        Assert.False(ExpressionReading.NeighborIsUnique(graph, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"]))); // "Bat" is wooden too
        Assert.True(ExpressionReading.NeighborIsUnique(graph, s_vocabulary, Expr(0, [], 4, "cat", ["wooden"])));
        Assert.False(ExpressionReading.NeighborIsUnique(graph, s_vocabulary, Expr(0, [], 4, "dog", [])));        // none fits
    }

    [Fact]
    public void A_remembered_answer_is_given_only_for_the_graph_and_vocabulary_it_was_found_in()
    {
        var expression = Expr(0, [], 1, "bat", []);
        var oneBat = new SceneGraph("h", null, 100, 100,
            [new SceneObject("man", new Box(0, 0, 10, 10)), new SceneObject("bat", new Box(0, 0, 10, 10))], [new Relation(0, "holding", 1)]);
        var batsAreBats = new Vocabulary([], [], [], nouns: [new("bats", "bats")]);

        Assert.False(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, expression));
        Assert.False(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, expression)); // remembered
        Assert.True(ExpressionReading.NeighborIsUnique(oneBat, s_vocabulary, expression));   // another graph
        Assert.True(ExpressionReading.NeighborIsUnique(s_graph, batsAreBats, expression));   // "bats" is its own noun there
        Assert.False(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, expression));
    }

    [Fact]
    public void A_person_neighbour_is_asked_only_where_every_person_goes_by_its_noun()
    {
        // "The object that the man is holding" beside a player: the player may be the man (docs/evidence.md#persons).
        var persons = new Vocabulary([], [], [], persons: ["man", "player"]);
        SceneGraph Field(string other) => new("f", null, 100, 100,
            [new SceneObject("man", new Box(0, 0, 10, 10)), new SceneObject("bat", new Box(0, 0, 10, 10)), new SceneObject(other, new Box(0, 0, 10, 10))],
            [new Relation(0, "holding", 1)]);
        var heldByTheMan = Expr(1, [], 0, "man", []);

        var beside = Field("player");
        Assert.False(ExpressionReading.PersonsNamedBy(beside, persons, heldByTheMan));
        Assert.False(ExpressionReading.PersonsNamedBy(beside, persons, heldByTheMan));      // remembered
        Assert.True(ExpressionReading.PersonsNamedBy(Field("men"), persons, heldByTheMan)); // not for another graph: "men" is the noun man
        Assert.True(ExpressionReading.PersonsNamedBy(Field("dog"), persons, heldByTheMan));
        Assert.True(ExpressionReading.PersonsNamedBy(Field("player"), persons, Expr(0, [], 1, "bat", []))); // names no person
        Assert.True(ExpressionReading.PersonsNamedBy(Field("player"), persons, Expr(0, [], null, null, [])));
    }

    [Fact]
    public void A_colour_of_a_person_is_found_on_the_node_or_the_neighbour()
    {
        Assert.True(ExpressionReading.StatesPersonColor(s_graph, s_vocabulary, Expr(0, ["white"], null, null, [])));
        Assert.True(ExpressionReading.StatesPersonColor(s_graph, s_vocabulary, Expr(3, [], 0, "man", ["white"])));
        Assert.False(ExpressionReading.StatesPersonColor(s_graph, s_vocabulary, Expr(3, ["white"], 0, "man", [])));
        Assert.False(ExpressionReading.StatesPersonColor(s_graph, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"])));
    }
}
