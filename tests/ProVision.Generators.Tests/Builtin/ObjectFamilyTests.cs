using System.Collections.Immutable;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The built-in object-family generators on hand-made graphs, checked item by item.</summary>
public sealed class ObjectFamilyTests
{
    private static SceneGraph Kitchen() => new("kitchen", "images/kitchen.jpg", 200, 100,
        [
            new SceneObject("cup", new Box(10, 10, 20, 20)),
            new SceneObject("cup", new Box(30, 10, 40, 20)),
            new SceneObject("dog", new Box(50, 50, 90, 90)),
            new SceneObject("grass", new Box(0, 80, 200, 100)),
            new SceneObject("table", new Box(100, 40, 190, 95)),
        ],
        []);

    [Fact]
    public void ExistsObject_counts_every_countable_label_once()
    {
        var items = BuiltinPack.Run("ExistsObjectGenerator", Kitchen(), BuiltinPack.Options(mcRatio: 0));

        Assert.Equal(["cup", "dog", "table"], items.Select(i => i.Tags.Single(t => t.Key == "object").Value[0].AsString));
        Assert.Equal([2L, 1L, 1L], items.Select(i => i.Tags.Single(t => t.Key == "count").Value[0].AsNumber));
        Assert.Equal([0, 1], items[0].Evidence.PerImage[0].Objects.ToArray());
        Assert.Contains("cups", items[0].Prompt);
        BuiltinPack.AssertVerified(items, [Kitchen()]);
    }

    [Fact]
    public void ExistsObject_multiple_choice_items_verify_for_many_seeds()
    {
        for (var seed = 0UL; seed < 20; seed++)
            BuiltinPack.AssertVerified(BuiltinPack.Run("ExistsObjectGenerator", Kitchen(), BuiltinPack.Options(seed, mcRatio: 1)), [Kitchen()]);
    }

    [Fact]
    public void ExistsObject_counts_no_person_noun_beside_a_person_of_another_noun()
    {
        // docs/evidence.md#persons: "how many people?" over two persons and a man is two to the words, three to a reader.
        SceneGraph Street(params string[] people)
        {
            var builder = new GraphBuilder(100, 100, "street").Object("dog", 80, 80, 90, 90).Object("dog", 60, 80, 70, 90);
            foreach (var (label, i) in people.Select((l, i) => (l, i)))
            {
                builder.Object(label, i * 15, 0, i * 15 + 10, 50);
            }
            return builder.Build();
        }

        var mixed = BuiltinPack.Run("ExistsObjectGenerator", Street("person", "person", "man"), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(["dog"], mixed.Select(i => i.Tags.Single(t => t.Key == "object").Value[0].AsString));
        var alike = BuiltinPack.Run("ExistsObjectGenerator", Street("person", "person"), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(["dog", "person"], alike.Select(i => i.Tags.Single(t => t.Key == "object").Value[0].AsString).Order());
        BuiltinPack.AssertVerified(mixed, [Street("person", "person", "man")]);
        BuiltinPack.AssertVerified(alike, [Street("person", "person")]);
    }

    [Fact]
    public void ExistsObject_offers_at_least_the_reference_number_of_phrasings()
    {
        Assert.True(BuiltinPack.Generator("ExistsObjectGenerator").Templates.Questions.Length >= 175);
    }
}
