using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// The persons rule (docs/evidence.md#persons) in the generators that offer objects or nouns by label: the spatial
/// extremes, the frequency pair and the depth comparisons. "Among the person, the dog and the cup, which is furthest
/// left?" beside a man may mean the man, and two offered person nouns may name one person, so a person is offered only
/// as the image's only person noun.
/// </summary>
public sealed class OfferedPersonNounTests
{
    public static TheoryData<string> Generators =>
    [
        "LeftMostObjectGenerator", "RightMostObjectGenerator", "TopMostObjectGenerator", "BottomMostObjectGenerator",
        "MostObjectGenerator", "LeastObjectGenerator",
        "CloserObjectGenerator", "FartherObjectGenerator", "CloserToAnchorObjectGenerator", "FartherToAnchorObjectGenerator",
    ];

    /// <summary>
    /// 15 x 15, five objects on the diagonal (pairwise apart along both axes; masks = boxes; depths 250, 200, 140, 100,
    /// 0, far enough apart for some pair and anchor triple of the three things alone), and two dogs in the corners
    /// (not unique: counted, never compared).
    /// </summary>
    private static SceneGraph Street(string first, string second)
    {
        (string Label, int At, byte Depth)[] objects = [(first, 0, 250), (second, 3, 200), ("chair", 6, 140), ("lamp", 9, 100), ("cup", 12, 0)];
        var builder = new GraphBuilder(15, 15, $"street-{first}-{second}");
        foreach (var (label, at, _) in objects)
        {
            builder.Object(label, at, at, at + 2, at + 2);
        }
        builder.Object("dog", 13, 0, 14, 1).Object("dog", 0, 13, 1, 14);
        return builder.Masks().Depth((x, y) => objects.FirstOrDefault(o => x >= o.At && x < o.At + 2 && y >= o.At && y < o.At + 2).Depth).Build();
    }

    private static IEnumerable<string> Named(GeneratedItem item) =>
        item.Slots.Where(s => s.Key is "names" or "anchor" or "other").SelectMany(s => s.Value.Split([", and ", ", ", " and "], StringSplitOptions.None))
            .Append(item.Answer);

    [Theory]
    [MemberData(nameof(Generators))]
    public void No_person_is_offered_beside_a_person_of_another_noun(string generator)
    {
        var vocabulary = BuiltinPack.Pack.Vocabulary;
        foreach (var (first, second) in new[] { ("man", "person"), ("person", "woman"), ("tennis player", "man") })
        {
            var graph = Street(first, second);
            var mixed = BuiltinPack.Run(generator, graph, BuiltinPack.Options(mcRatio: 1));
            Assert.NotEmpty(mixed);
            Assert.All(mixed, i => Assert.DoesNotContain(Named(i), vocabulary.IsPerson));
            BuiltinPack.AssertVerified(mixed, [graph]);
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_only_person_of_an_image_is_still_offered(string generator)
    {
        var graph = Street("man", "bench");
        var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(mcRatio: 1));
        Assert.Contains(items, i => Named(i).Contains("man"));
        BuiltinPack.AssertVerified(items, [graph]);
    }
}
