using System.Text.RegularExpressions;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// A person noun may name what another person label shows (docs/evidence.md#persons): the scene-graph generators'
/// expressions name a person only as the neighbour ("the object that the tall man is holding"; the described object is
/// always "object"), and "the tall man" may be the woman beside him. So an expression names a person noun only in an
/// image whose persons all go by that noun, and the generators still ask about persons where they do.
/// </summary>
public sealed class SceneGraphPersonNounTests
{
    private static readonly string[] s_generators =
        ["SceneGraphObjectQAGenerator", "SceneGraphAttributeQAGenerator", "SceneGraphRelationQAGenerator"];

    private static readonly string[] s_personNouns = ["man", "woman", "person"];

    /// <summary>
    /// 0 man [tall, smiling] holding 1 bat [brown, wooden] and wearing 6 cap [red, small]; 2 <paramref name="second"/>
    /// [short, sitting] (seen not tall: "the tall man" is one) holding 3 cup [white, small] and sitting on 4 bench [green, wooden]; the cup on the bench;
    /// 5 dog [brown, small, sleeping] near the bench. Each object can be described without a person too, except the
    /// cup beside the bench and the bench beside the cup (their other neighbours are persons).
    /// </summary>
    private static SceneGraph Park(string second) => new GraphBuilder(200, 100, "park_" + second)
        .Object("man", 10, 10, 40, 90, "tall", "smiling").Object("bat", 35, 20, 60, 30, "brown", "wooden")
        .Object(second, 80, 10, 110, 90, "short", "sitting").Object("cup", 105, 40, 112, 48, "white", "small")
        .Object("bench", 70, 60, 150, 95, "green", "wooden").Object("dog", 160, 70, 190, 95, "brown", "small", "sleeping")
        .Object("cap", 15, 5, 35, 15, "red", "small")
        .Relation(0, "holding", 1).Relation(0, "wearing", 6).Relation(2, "holding", 3).Relation(2, "sitting on", 4)
        .Relation(3, "on", 4).Relation(5, "near", 4).Build();

    public static TheoryData<string> Generators => [.. s_generators];

    [Theory]
    [MemberData(nameof(Generators))]
    public void An_expression_names_no_person_noun_beside_a_person_of_another_noun(string generator)
    {
        foreach (var second in new[] { "woman", "person" })
        {
            var graph = Park(second);
            var items = ItemsOverSeeds(generator, graph);
            Assert.DoesNotContain(items, i => NamedPersons(i).Length > 0);
            // The rest of the image is still asked about: the dog, the bench beside it, the bat.
            Assert.Contains(items, i => NamedPersons(i).Length == 0);
            BuiltinPack.AssertVerified(items, [graph]);
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void An_expression_names_a_person_noun_when_every_person_goes_by_it(string generator)
    {
        var graph = Park("man");
        var items = ItemsOverSeeds(generator, graph);
        Assert.Contains(items, i => NamedPersons(i) is ["man"]);
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void ObjectQA_answers_with_a_person_noun_beside_a_person_of_another_noun()
    {
        // "What is the object that is holding the brown and wooden bat?" -> "man": the question names no person, and
        // the answer is the label of the one object it describes, which the woman beside him cannot be.
        var graph = Park("woman");
        var items = ItemsOverSeeds("SceneGraphObjectQAGenerator", graph);
        Assert.Contains(items, i => i.Answer == "man" && i.Slot("phrase") == "object that is holding the brown and wooden bat");
        Assert.Contains(items, i => i.Answer == "woman");
    }

    private static List<GeneratedItem> ItemsOverSeeds(string generator, SceneGraph graph) =>
        [.. Enumerable.Range(0, 5).SelectMany(seed => new[] { 0.0, 1.0 }.SelectMany(mc => BuiltinPack.Run(generator, graph, BuiltinPack.Options((ulong)seed, mc))))];

    // The person nouns the item's expressions name (the phrase of ObjectQA and AttributeQA, RelationQA's two references).
    private static string[] NamedPersons(GeneratedItem item) =>
        [.. item.Slots.Where(s => s.Key is "phrase" or "subject" or "object")
            .SelectMany(s => s_personNouns.Where(p => Regex.IsMatch(s.Value, $@"\b{p}\b"))).Distinct().Order(StringComparer.Ordinal)];
}
