using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// A person noun may name what another person label shows (docs/evidence.md#persons), in the single-image generators
/// that name an object by its noun alone: ExistsRelation ("the person and the chair" beside a man), HeadRelation
/// ("near the man" beside a player; a person option beside a person answer) and ExistsAttribute ("how many tall
/// people?" beside a tall man). Each is run over scenes whose persons go by different nouns and over scenes where the
/// rule lets it ask about persons.
/// </summary>
public sealed class SinglePersonNounTests
{
    private static readonly Runtime.Stdlib.Vocabulary s_vocabulary = BuiltinPack.Pack.Vocabulary;

    // The nouns an item names: its subject and object, its anchor and options, or the noun it counts.
    private static string[] Named(GeneratedItem item) => item.Generator switch
    {
        "HeadRelationGenerator" => [item.Slot("object")!, .. Options(item)],
        "ExistsAttributeGenerator" => [item.Tags.Single(t => t.Key == "object").Value[0].AsString!],
        _ => [item.Slot("subject")!, item.Slot("object")!],
    };

    private static string[] Options(GeneratedItem item) => item.Slot("names")!.Replace(", and ", ", ", StringComparison.Ordinal)
        .Replace(" and ", ", ", StringComparison.Ordinal).Split(", ");

    private static string[] PersonNouns(SceneGraph graph) =>
        [.. graph.Objects.Where(o => s_vocabulary.IsPerson(o.Label)).Select(o => s_vocabulary.NounOf(o.Label)).Distinct()];

    // The rule, read from the words: a named person noun leaves no person of the image under another noun, and a person
    // answer stands beside no other person option. Returns whether the item names a person noun.
    private static bool AssertRuleHolds(GeneratedItem item, SceneGraph graph)
    {
        var named = Named(item).Select(s_vocabulary.NounOf).ToArray();
        if (!named.Any(s_vocabulary.IsPerson)) return false;
        var unnamed = PersonNouns(graph).Except(named).ToArray();
        Assert.True(unnamed.Length == 0, $"{item.Generator}: \"{item.Prompt}\" names {string.Join("/", named)} beside the {string.Join(", ", unnamed)} of {graph.ImageId}");
        if (item.Generator == "HeadRelationGenerator" && s_vocabulary.IsPerson(item.Answer))
        {
            Assert.True(Options(item).Count(s_vocabulary.IsPerson) == 1, $"\"{item.Prompt}\": a person option beside the answer '{item.Answer}'");
        }
        return true;
    }

    // Every item of the generator over the graph, for 10 seeds, open and multiple choice, checked by the rule and the verifier.
    private static List<GeneratedItem> Items(string generator, SceneGraph graph)
    {
        var items = new List<GeneratedItem>();
        for (var seed = 0UL; seed < 10; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                items.AddRange(BuiltinPack.Run(generator, graph, BuiltinPack.Options(seed, mc)));
            }
        }
        BuiltinPack.AssertVerified(items, [graph]);
        return items;
    }

    private static IEnumerable<string> PersonItems(string generator, SceneGraph graph) =>
        Items(generator, graph).Where(i => AssertRuleHolds(i, graph)).Select(i => string.Join("/", Named(i)));

    [Fact]
    public void ExistsRelation_names_a_person_noun_only_where_every_person_goes_by_the_pairs_nouns()
    {
        // A person sitting on a chair beside a man holding a cup: "the person" may be the man, "the man" the person.
        var mixed = new GraphBuilder(200, 100, "mixed").Object("person", 0, 0, 20, 50).Object("chair", 0, 50, 20, 70)
            .Object("man", 100, 0, 120, 50).Object("cup", 120, 20, 130, 30).Relation(0, "sitting on", 1).Relation(2, "holding", 3).Build();
        Assert.Empty(PersonItems("ExistsRelationGenerator", mixed));

        // A man holding a cup beside a player he is watching: each item names both persons' nouns, or none.
        var named = new GraphBuilder(200, 100, "named").Object("man", 0, 0, 20, 50).Object("cup", 20, 20, 30, 30)
            .Object("player", 150, 0, 170, 50).Relation(0, "holding", 1).Relation(0, "watching", 2).Build();
        Assert.Equal(["man/player"], PersonItems("ExistsRelationGenerator", named).Distinct());

        // Men only: the man and the cup is asked.
        var men = new GraphBuilder(200, 100, "men").Object("man", 0, 0, 20, 50).Object("cup", 20, 20, 30, 30).Relation(0, "holding", 1).Build();
        Assert.Equal(["man/cup"], PersonItems("ExistsRelationGenerator", men).Distinct());
    }

    [Fact]
    public void HeadRelation_names_a_person_noun_only_where_the_object_and_options_name_every_person()
    {
        // A dog and a player near the man; a bench and a tree. "Which of dog, bench and tree is near the man?" leaves the
        // player unnamed (a holder is never an option), who may be "the man": only the player's item is asked.
        var field = new GraphBuilder(200, 100, "field").Object("man", 0, 0, 20, 60).Object("dog", 22, 40, 40, 60)
            .Object("player", 21, 0, 41, 38).Object("bench", 150, 40, 180, 60).Object("tree", 185, 0, 199, 60)
            .Relation(1, "near", 0).Relation(2, "near", 0).Build();
        Assert.Equal(["player"], Items("HeadRelationGenerator", field).Where(i => i.Slot("object") == "man").Select(i => i.Answer).Distinct());
        Assert.NotEmpty(PersonItems("HeadRelationGenerator", field));

        // A man holding a bat beside a person and a dog: "among the man, the person and the dog" may name the man twice,
        // and without the person option "the man" may be the person.
        var bat = new GraphBuilder(200, 100, "bat").Object("man", 0, 0, 20, 60).Object("bat", 20, 20, 40, 25)
            .Object("person", 100, 0, 120, 60).Object("dog", 150, 40, 180, 60).Relation(0, "holding", 1).Build();
        Assert.DoesNotContain(Items("HeadRelationGenerator", bat), i => i.Slot("object") == "bat");

        // Men only: the man holding the bat is asked. One person noun beside a dog near a bench: the player may be offered.
        var men = new GraphBuilder(200, 100, "men").Object("man", 0, 0, 20, 60).Object("bat", 20, 20, 40, 25)
            .Object("dog", 150, 40, 180, 60).Object("tree", 185, 0, 199, 60).Relation(0, "holding", 1).Build();
        Assert.Contains(Items("HeadRelationGenerator", men), i => i.Answer == "man");
        var park = new GraphBuilder(200, 100, "park").Object("dog", 0, 40, 20, 60).Object("bench", 22, 40, 50, 60)
            .Object("player", 150, 0, 170, 60).Object("tree", 185, 0, 199, 60).Relation(0, "near", 1).Build();
        Assert.Contains(PersonItems("HeadRelationGenerator", park), n => n.Contains("player", StringComparison.Ordinal));
    }

    [Fact]
    public void ExistsAttribute_counts_no_person_noun_beside_a_person_of_another_noun()
    {
        // "How many tall people?" over a tall person and a tall man is one to the words, two to a reader.
        var mixed = new GraphBuilder(200, 100, "mixed").Object("person", 0, 0, 20, 50, "tall").Object("man", 30, 0, 50, 50, "tall")
            .Object("chair", 100, 50, 120, 70, "wooden").Build();
        Assert.Empty(PersonItems("ExistsAttributeGenerator", mixed));
        Assert.Contains(Items("ExistsAttributeGenerator", mixed), i => i.Slot("name") == "wooden chairs");

        var alike = new GraphBuilder(200, 100, "alike").Object("person", 0, 0, 20, 50, "tall").Object("person", 30, 0, 50, 50, "tall")
            .Object("chair", 100, 50, 120, 70, "wooden").Build();
        Assert.Contains("person", PersonItems("ExistsAttributeGenerator", alike));
    }
}
