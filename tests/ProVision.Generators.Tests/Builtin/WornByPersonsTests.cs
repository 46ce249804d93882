using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// What a person shows on the body (clothing, gear, body parts: vocabulary onPersons) is often left without a box of its
/// own (docs/evidence.md#worn-by-persons): no item counts a shirt in an image with a person, or says such an image has
/// no shirt; shirts on a rack, beside no person, are still counted and compared.
/// </summary>
public sealed class WornByPersonsTests
{
    // "dressed": a man in a red shirt, two dogs; "bare": a man whose shirt has no box; "blue": a woman in a blue shirt; "rack" and
    // "racks": shirts beside no person; "yard": no person, no shirt. Every image has a dog, so every pair shares a noun.
    private static List<SceneGraph> Scenes() =>
    [
        new GraphBuilder(100, 100, "dressed").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55, "red").Object("dog", 60, 70, 80, 90, "brown")
            .Object("dog", 70, 10, 90, 30, "brown").Build(),
        new GraphBuilder(100, 100, "bare").Object("man", 10, 10, 40, 90).Object("dog", 60, 70, 80, 90, "brown").Build(),
        new GraphBuilder(100, 100, "blue").Object("woman", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55, "blue").Object("dog", 60, 70, 80, 90, "brown").Build(),
        new GraphBuilder(100, 100, "rack").Object("shirt", 10, 10, 30, 40, "red").Object("dog", 60, 70, 80, 90, "brown").Build(),
        new GraphBuilder(100, 100, "racks").Object("shirt", 10, 10, 30, 40, "red").Object("shirt", 40, 10, 60, 40, "red")
            .Object("shirt", 70, 10, 90, 40, "red").Object("dog", 60, 70, 80, 90, "brown").Object("dog", 5, 70, 25, 90, "brown").Build(),
        new GraphBuilder(100, 100, "yard").Object("chair", 10, 10, 30, 40, "red").Object("dog", 60, 70, 80, 90, "brown").Build(),
    ];

    private static readonly HashSet<string> s_withPersons = ["dressed.jpg", "bare.jpg", "blue.jpg"];

    [Theory]
    [InlineData("HasObjectMultiGenerator")]
    [InlineData("HasNotObjectMultiGenerator")]
    [InlineData("HasAttributedObjectMultiGenerator")]
    [InlineData("HasNotAttributedObjectMultiGenerator")]
    [InlineData("CountObjectMultiGenerator")]
    [InlineData("CountAttributeObjectMultiGenerator")]
    [InlineData("HasMostObjectMultiGenerator")]
    [InlineData("HasLeastObjectMultiGenerator")]
    public void No_image_with_a_person_is_said_to_lack_a_shirt_or_has_its_shirts_counted(string generator)
    {
        var items = ItemsOverSeeds(generator);
        BuiltinPack.AssertVerified(items, Scenes());
        var shirts = items.Where(i => i.Slot("label") == "shirt").ToList();
        Assert.NotEmpty(shirts);
        foreach (var item in shirts)
        {
            foreach (var image in LackingOrCounted(generator, item))
            {
                Assert.False(s_withPersons.Contains(image), $"{generator}: \"{item.Prompt}\" -> \"{item.Answer}\" over {string.Join(", ", item.Images)} claims {image}'s shirts");
            }
        }
    }

    [Fact]
    public void CommonObject_says_no_shirt_is_missing_from_an_image_with_a_person()
    {
        var items = ItemsOverSeeds("CommonObjectMultiGenerator");
        BuiltinPack.AssertVerified(items, Scenes());
        Assert.NotEmpty(items);
        foreach (var item in items.Where(i => !i.Answer.Contains("shirt", StringComparison.Ordinal)))
        {
            var shirtless = item.Images.Where(p => !Scenes().Single(g => g.ImagePath == p).Objects.Any(o => o.Label == "shirt"));
            Assert.True(item.Images.Length == shirtless.Count() || !shirtless.Any(s_withPersons.Contains),
                $"\"{item.Prompt}\" -> \"{item.Answer}\" over {string.Join(", ", item.Images)}: a shirt is said not to be common");
        }
    }

    [Theory]
    [InlineData("ExistsObjectGenerator")]
    [InlineData("ExistsAttributeGenerator")]
    [InlineData("MostObjectGenerator")]
    public void A_single_image_counts_shirts_only_beside_no_person(string generator)
    {
        foreach (var graph in Scenes())
        {
            var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(mcRatio: 0));
            BuiltinPack.AssertVerified(items, [graph]);
            var namesShirts = items.Any(i => i.Slots.Any(s => s.Key is "name" or "names" && s.Value.Contains("shirt", StringComparison.Ordinal)));
            if (s_withPersons.Contains(graph.ImagePath!))
            {
                Assert.False(namesShirts, $"{generator} counts the shirts of {graph.ImagePath}, which shows a person");
            }
            else if (graph.ImagePath == "racks.jpg")
            {
                Assert.True(namesShirts, $"{generator} counts no shirts on the rack");
            }
        }
    }

    [Fact]
    public void The_shoe_of_a_man_and_the_shirt_beside_two_persons_are_not_named_as_one_object()
    {
        // One man, one shirt and one shoe boxed: "the shirt" is his, "the shoe" may be either of his two. Two persons, one
        // shirt boxed: "the shirt" may be either's.
        var one = new GraphBuilder(100, 100, "one").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55).Object("shoe", 12, 80, 20, 90)
            .Relation(0, "wearing", 1).Relation(0, "wearing", 2).Build();
        var two = new GraphBuilder(100, 100, "two").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55).Object("woman", 60, 10, 90, 90)
            .Relation(0, "wearing", 1).Build();
        static string[] Objects(IEnumerable<GeneratedItem> items) => [.. items.Select(i => i.Slot("object")!).Distinct().Order(StringComparer.Ordinal)];

        var relations = BuiltinPack.Run("ExistsRelationGenerator", one, BuiltinPack.Options(mcRatio: 0));
        BuiltinPack.AssertVerified(relations, [one]);
        Assert.Equal(["shirt"], Objects(relations));
        Assert.Empty(BuiltinPack.Run("ExistsRelationGenerator", two, BuiltinPack.Options(mcRatio: 0)));
        var heads = BuiltinPack.Run("HeadRelationGenerator", one, BuiltinPack.Options(mcRatio: 0));
        BuiltinPack.AssertVerified(heads, [one]);
        Assert.DoesNotContain("shoe", Objects(heads));
    }

    [Theory]
    [InlineData("CommonAttributeMultiGenerator")]
    [InlineData("CompareAttributeMultiGenerator")]
    public void The_shirt_of_each_image_is_compared_only_beside_one_person_or_none(string generator)
    {
        // "dressed" and "blue" show one person each, "rack" none: their shirts are "the shirt"; a second person makes it
        // anyone's.
        var crowded = new GraphBuilder(100, 100, "crowded").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55, "red", "torn")
            .Object("woman", 60, 10, 90, 90).Object("dog", 45, 70, 55, 90, "brown").Build();
        List<SceneGraph> graphs = [.. Scenes().Where(g => g.ImageId is "dressed" or "blue" or "rack"), crowded];
        var items = new List<GeneratedItem>();
        for (var seed = 0UL; seed < 30; seed++)
        {
            items.AddRange(BuiltinPack.RunMulti(generator, graphs, BuiltinPack.Options(seed, mcRatio: 0)));
        }
        BuiltinPack.AssertVerified(items, graphs);
        var shirts = items.Where(i => i.Slot("label") == "shirt").ToList();
        Assert.NotEmpty(shirts);
        Assert.All(shirts, i => Assert.DoesNotContain("crowded.jpg", i.Images));
    }

    // The images whose shirts the item counts, or says are missing (the answer's image, or the others').
    private static IEnumerable<string> LackingOrCounted(string generator, GeneratedItem item)
    {
        if (generator.StartsWith("Count", StringComparison.Ordinal) || generator.StartsWith("HasMost", StringComparison.Ordinal) || generator.StartsWith("HasLeast", StringComparison.Ordinal))
        {
            return item.Images;
        }
        var answered = item.Images[int.Parse(item.Answer.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture) - 1];
        return generator.StartsWith("HasNot", StringComparison.Ordinal) ? [answered] : item.Images.Where(p => p != answered);
    }

    private static List<GeneratedItem> ItemsOverSeeds(string generator)
    {
        var items = new List<GeneratedItem>();
        for (var seed = 0UL; seed < 30; seed++)
        {
            items.AddRange(BuiltinPack.RunMulti(generator, Scenes(), BuiltinPack.Options(seed, mcRatio: 0)));
        }
        return items;
    }
}
