using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Stdlib.SceneGraphFamily;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class ExpressionReadingTests
{
    private static readonly Vocabulary s_vocabulary = new([], [new("white", "color"), new("wooden", "material")], [], persons: ["man"]);

    private static readonly SceneGraph s_graph = new("g", null, 100, 100,
        [
            new SceneObject("man", new Box(0, 0, 10, 10), null, ["white"]),
            new SceneObject("bat", new Box(0, 0, 10, 10), null, ["wooden"]),
            new SceneObject("bats", new Box(0, 0, 10, 10)),
            new SceneObject("hat", new Box(0, 0, 10, 10), null, ["white"]),
        ],
        [new Relation(0, "holding", 1), new Relation(0, "wearing", 3)]);

    private static ReferringExpression Expr(int node, string[] own, int? neighbor, string? label, string[] neighborAttributes) =>
        new(node, [.. own], neighbor, label, [.. neighborAttributes], neighbor is null ? null : "holding", RelationDirection.Outgoing);

    [Fact]
    public void A_neighbour_is_unique_only_when_no_other_object_of_its_noun_fits()
    {
        Assert.False(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, [], 1, "bat", [])));      // "bats" too
        Assert.True(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, [], 1, "bat", ["wooden"]))); // only one wooden
        Assert.True(ExpressionReading.NeighborIsUnique(s_graph, s_vocabulary, Expr(0, ["white"], null, null, [])));
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
