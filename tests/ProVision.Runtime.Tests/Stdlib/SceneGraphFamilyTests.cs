using System.Collections.Immutable;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib.SceneGraphFamily;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class SceneGraphFamilyTests
{
    /// <summary>The shape of the reference's baseball_1: a batter wearing a uniform, about to hit a ball, holding a bat.</summary>
    private static SceneGraph Batter(params SceneObject[] extra) => new("b1", null, 400, 400,
        [
            new SceneObject("batter", new Box(5, 54, 266, 355), attributes: ["swinging", "white"]),
            new SceneObject("bat", new Box(203, 121, 348, 212), attributes: ["blue", "golden", "white", "wooden"]),
            new SceneObject("ball", new Box(366, 176, 389, 198), attributes: ["white"]),
            new SceneObject("baseball uniform", new Box(48, 55, 155, 180), attributes: ["blue", "white"]),
            .. extra,
        ],
        [new Relation(0, "wearing", 3), new Relation(0, "about to hit", 2), new Relation(0, "holding", 1)]);

    [Fact]
    public void Components_skip_isolated_objects()
    {
        var graph = Batter(new SceneObject("game", new Box(0, 0, 1, 1)));

        Assert.Equal([[0, 1, 2, 3]], Components.Of(graph).Select(c => c.ToArray()));
        Assert.Equal([4], Components.IsolatedObjects(graph).ToArray());
    }

    [Fact]
    public void Components_come_by_their_smallest_index_each_sorted_and_kept_objects_join_only_each_other()
    {
        var objects = Enumerable.Range(0, 8).Select(i => new SceneObject($"o{i}", new Box(i, i, i + 1, i + 1))).ToArray();
        // Roots made late on purpose: 6-7 first, then 2-4 joined through 4, then 1-5 and 0-6, and a self-relation on 3.
        var graph = new SceneGraph("c", null, 10, 10, [.. objects],
            [new Relation(7, "near", 6), new Relation(4, "near", 2), new Relation(3, "on", 4), new Relation(5, "by", 1),
             new Relation(6, "on", 0), new Relation(3, "on", 3)]);

        Assert.Equal([[0, 6, 7], [1, 5], [2, 3, 4]], Components.Of(graph).Select(c => c.ToArray()));
        Assert.Equal([[1, 5], [2, 3, 4]], Components.Of(graph, i => i != 6).Select(c => c.ToArray()));
        Assert.Equal([[2, 4]], Components.Of(graph, i => i is 2 or 4).Select(c => c.ToArray()));
        Assert.Empty(Components.Of(graph, _ => false));
    }

    [Fact]
    public void Expressions_use_exactly_three_elements_and_read_naturally()
    {
        var graph = Batter();

        var forUniform = ReferringExpressions.For(graph, 3);

        Assert.All(forUniform, e => Assert.Equal(3, e.Size));
        var phrases = forUniform.Select(e => e.Phrase).ToList();
        Assert.Contains("white object that the swinging batter is wearing", phrases);
        Assert.Contains("object that the swinging and white batter is wearing", phrases);
        Assert.Contains("blue and white object that the batter is wearing", phrases);
        // own attrs choose k of {blue, white}, the batter's 2-k of {swinging, white}: 1 + 4 + 1 distinct.
        Assert.Equal(6, forUniform.Length);
    }

    [Fact]
    public void Outgoing_relations_and_appositive_form()
    {
        var graph = Batter();
        var batter = ReferringExpressions.For(graph, 0);

        var wearing = batter.Single(e => e.Predicate == "wearing" && e.Attributes.SequenceEqual(["white"]) && e.NeighborAttributes.SequenceEqual(["blue"]));
        Assert.Equal("white object that is wearing the blue baseball uniform", wearing.Phrase);
        Assert.Equal("white object, which is wearing the blue baseball uniform,", wearing.AppositivePhrase);
    }

    [Fact]
    public void The_verb_agrees_with_a_plural_neighbour_and_a_finite_predicate_reads_as_it_is()
    {
        // "the object that the leaves are on", never "the leaves is on"; "contains" takes no "is" before it. One element:
        // the neighbour alone.
        var graph = new SceneGraph("g", null, 100, 100,
            [new SceneObject("table", new Box(0, 0, 50, 50)), new SceneObject("leaves", new Box(60, 0, 90, 30)), new SceneObject("bowl", new Box(0, 60, 30, 90))],
            [new Relation(1, "on", 0), new Relation(2, "contains", 1)]);

        Assert.Contains("object that the leaves are on", ReferringExpressions.For(graph, 0, size: 1).Select(e => e.Phrase));
        var ofLeaves = ReferringExpressions.For(graph, 1, size: 1).Select(e => e.Phrase).ToList();
        Assert.Contains("object that is on the table", ofLeaves);
        Assert.Contains("object that the bowl contains", ofLeaves);
        Assert.Contains("object that contains the leaves", ReferringExpressions.For(graph, 2, size: 1).Select(e => e.Phrase));
    }

    [Fact]
    public void Excluding_own_attributes_and_a_neighbor()
    {
        var graph = Batter();

        var noColor = ReferringExpressions.For(graph, 3, excludeOwn: a => a is "blue" or "white");
        Assert.All(noColor, e => Assert.Empty(e.Attributes));

        var notTheBat = ReferringExpressions.For(graph, 0, excludeNeighbor: 1);
        Assert.DoesNotContain(notTheBat, e => e.Neighbor == 1);
    }

    [Fact]
    public void Identical_objects_share_expressions_and_match_together()
    {
        // Two white balls both hit by the batter: "the object that the swinging and white batter is about to hit" fits both.
        var graph = new SceneGraph("g", null, 100, 100,
            [new SceneObject("batter", new Box(0, 0, 1, 1), attributes: ["swinging", "white"]), new SceneObject("ball", new Box(0, 0, 1, 1), attributes: ["white"]), new SceneObject("ball", new Box(0, 0, 1, 1), attributes: ["white"])],
            [new Relation(0, "about to hit", 1), new Relation(0, "about to hit", 2)]);
        var expression = ReferringExpressions.For(graph, 1).First(e => e.NeighborAttributes.Length == 2);

        Assert.Equal([1, 2], ExpressionReading.Denoted(graph, ProVision.Runtime.Stdlib.Vocabulary.Empty, expression).ToArray());
    }

    [Fact]
    public void Caption_introduces_then_refers_and_numbers_twins()
    {
        var one = SceneCaption.Describe(Batter(new SceneObject("game", new Box(0, 0, 1, 1), attributes: ["professional"])), new RandomKey(1, "cap", "b1", 0).CreateRandom());
        Assert.Equal(
            "There is a professional game.\n\n" +
            "A swinging and white batter is holding a blue, golden, white, and wooden bat, is about to hit a white ball, and is wearing a blue and white baseball uniform.",
            one);

        var twins = new SceneGraph("t", null, 10, 10,
            [new SceneObject("catcher", new Box(0, 0, 1, 1)), new SceneObject("ball", new Box(0, 0, 1, 1), attributes: ["white"]), new SceneObject("ball", new Box(0, 0, 1, 1), attributes: ["white"]), new SceneObject("glove", new Box(0, 0, 1, 1))],
            [new Relation(0, "catching", 1), new Relation(2, "on", 0), new Relation(3, "on", 2), new Relation(3, "near", 1)]);
        var text = SceneCaption.Describe(twins, new RandomKey(1, "cap", "t", 0).CreateRandom());
        // Pairs in index order pick: catcher->ball1 catching, ball2->catcher on, glove->ball1 near, glove->ball2 on.
        // Identical objects are numbered from their first mention (the verifier requires an ordinal). The glove has no incoming edge, so it starts; then ball2, then the catcher.
        Assert.Equal("A glove is near the first white ball and is on the second white ball; the second white ball is on a catcher; the catcher is catching the first white ball.", text);
    }

    [Fact]
    public void Captions_and_expressions_tell_each_meaning_once()
    {
        var vocabulary = ProVision.Runtime.Stdlib.VocabularyReader.Parse("""{ "synonyms": [ ["wood", "wooden"], ["large", "big"] ] }""");
        var graph = new SceneGraph("w", null, 10, 10,
            [new SceneObject("cup", new Box(0, 0, 1, 1), attributes: ["red"]), new SceneObject("table", new Box(0, 0, 1, 1), attributes: ["wooden", "wood", "large"])],
            [new Relation(0, "on", 1)]);
        Assert.Equal("A red cup is on a wooden and large table.", SceneCaption.Describe(graph, [0], vocabulary));
        Assert.Equal("A red cup is on a wooden, wood, and large table.", SceneCaption.Describe(graph, [0]));

        var expressions = ReferringExpressions.For(graph, 0);
        var twice = expressions.Single(e => e.NeighborAttributes.SequenceEqual(["wooden", "wood"]));
        var once = expressions.Single(e => e.NeighborAttributes.SequenceEqual(["wooden", "large"]));
        Assert.True(ExpressionReading.RepeatsMeaning(vocabulary, twice));
        Assert.False(ExpressionReading.RepeatsMeaning(vocabulary, once));
    }

    [Fact]
    public void An_expression_asked_again_with_another_vocabulary_or_graph_gets_that_ones_answers()
    {
        // The checks remember their answers on the expression (ExpressionReadings), for one graph and vocabulary.
        var persons = ProVision.Runtime.Stdlib.VocabularyReader.Parse(
            """{ "persons": ["woman"], "attributes": { "brown": "color", "black": "color" }, "nonObjects": ["hat"], "synonyms": [ ["black", "dark"] ] }""");
        var plain = ProVision.Runtime.Stdlib.VocabularyReader.Parse("{}");
        var graph = new SceneGraph("r", null, 10, 10,
            [new SceneObject("woman", new Box(0, 0, 1, 1), attributes: ["brown"]), new SceneObject("hat", new Box(2, 2, 3, 3), attributes: ["black", "dark"])],
            [new Relation(0, "wears", 1)]);
        var twoHats = new SceneGraph("r2", null, 10, 10, [.. graph.Objects, new SceneObject("hat", new Box(4, 4, 5, 5), attributes: ["black", "dark"])], graph.Relations);
        var expression = ReferringExpressions.For(graph, 0)
            .First(e => e.Attributes.SequenceEqual(["brown"]) && e.NeighborAttributes.SequenceEqual(["black"]));

        for (var round = 0; round < 2; round++)
        {
            Assert.True(ExpressionReading.StatesPersonColor(graph, persons, expression));
            Assert.False(ExpressionReading.NamesThings(graph, persons, expression));
            Assert.True(ExpressionReading.NeighborIsUnique(graph, persons, expression));
            Assert.False(ExpressionReading.NeighborIsUnique(twoHats, persons, expression));
            Assert.False(ExpressionReading.StatesPersonColor(graph, plain, expression));
            Assert.True(ExpressionReading.NamesThings(graph, plain, expression));
        }
        var twice = ReferringExpressions.For(graph, 0).First(e => e.NeighborAttributes.SequenceEqual(["black", "dark"]));
        for (var round = 0; round < 2; round++)
        {
            Assert.True(ExpressionReading.NeighborIsUnique(graph, persons, twice));
            Assert.True(ExpressionReading.RepeatsMeaning(persons, twice));
            Assert.False(ExpressionReading.RepeatsMeaning(plain, twice));
        }
    }

    [Fact]
    public void Captions_agree_with_plural_and_mass_nouns_and_tell_no_colour_of_a_person()
    {
        var vocabulary = ProVision.Runtime.Stdlib.VocabularyReader.Parse(
            """{ "persons": ["woman"], "attributes": { "brown": "color", "black": "color", "young": "age" } }""");
        var graph = new SceneGraph("p", null, 10, 10,
            [new SceneObject("people", new Box(0, 0, 1, 1)), new SceneObject("tree", new Box(2, 2, 3, 3)),
             new SceneObject("woman", new Box(4, 4, 5, 5), attributes: ["young", "brown"]), new SceneObject("hat", new Box(4, 4, 5, 5), attributes: ["black"]),
             new SceneObject("grass", new Box(6, 6, 7, 7))],
            [new Relation(0, "near", 1), new Relation(2, "wears", 3)]);

        var text = SceneCaption.Describe(graph, [0, 1], vocabulary);

        // "a people is near" and "There is a grass" were what a reader saw before; a person's colour reads as skin.
        Assert.Equal("There is grass.\n\nPeople are near a tree.\n\nA young woman wears a black hat.", text);
    }

    [Fact]
    public void Captions_and_expressions_name_no_non_object_as_an_object()
    {
        var vocabulary = ProVision.Runtime.Stdlib.VocabularyReader.Parse("""{ "nonObjects": ["color", "game"] }""");
        var graph = new SceneGraph("n", null, 10, 10,
            [new SceneObject("cup", new Box(0, 0, 1, 1), attributes: ["red", "small"]), new SceneObject("colors", new Box(2, 2, 3, 3)),
             new SceneObject("table", new Box(4, 4, 5, 5)), new SceneObject("game", new Box(0, 0, 10, 10)), new SceneObject("dog", new Box(6, 6, 7, 7))],
            [new Relation(0, "to the left of", 1), new Relation(0, "on", 2), new Relation(4, "near", 1)]);

        var relations = SceneCaption.PickRelations(graph, new RandomKey(1, "cap", "n", 0).CreateRandom(), vocabulary);
        var text = SceneCaption.Describe(graph, relations, vocabulary);

        // "A red cup is to the left of colors" and "There is a game" named regions as objects; the dog, related to
        // nothing but the colours, is told as isolated.
        Assert.Equal([1], relations);
        Assert.Equal("There is a dog.\n\nA red and small cup is on a table.", text);
        // Three elements each: the cup's two attributes and a neighbour.
        var expressions = ReferringExpressions.For(graph, 0);
        Assert.Contains(expressions, e => e.NeighborLabel == "colors" && !ExpressionReading.NamesThings(graph, vocabulary, e));
        Assert.Contains(expressions, e => e.NeighborLabel == "table" && ExpressionReading.NamesThings(graph, vocabulary, e));
        Assert.NotEmpty(ReferringExpressions.For(graph, 1));
        Assert.All(ReferringExpressions.For(graph, 1), e => Assert.False(ExpressionReading.NamesThings(graph, vocabulary, e)));
    }
}
