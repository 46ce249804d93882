namespace ProVision.Generators.Tests.Builtin;

/// <summary>SceneGraphCaptionGenerator on hand-made graphs, checked item by item.</summary>
public sealed class SceneGraphCaptionTests
{
    private const string Name = "SceneGraphCaptionGenerator";

    private static ProVision.Runtime.Generation.GenerationOptions Describe(ProVision.Runtime.Generation.GenerationOptions options) =>
        options with { Mode = ProVision.Runtime.Generation.GenerationMode.Description };

    [Fact]
    public void The_baseball_caption_names_every_object_and_the_described_relations()
    {
        var graph = SceneGraphGraphs.Baseball();
        var item = Assert.Single(BuiltinPack.Run(Name, graph, Describe(BuiltinPack.Options(mcRatio: 0))));

        Assert.Equal("", item.Prompt);
        Assert.Equal(Enumerable.Range(0, 9), item.Evidence.PerImage[0].Objects.ToArray());
        Assert.Equal([0, 1, 2, 3, 4], item.Evidence.PerImage[0].Relations.ToArray().Order());
        Assert.StartsWith("There is green grass.", item.Response); // a mass noun takes no "a"
        // The batter is a person: "white" on a person reads as skin, so only the uniform's colours are told.
        Assert.Contains("A swinging batter is wearing a blue and white uniform", item.Response);
        Assert.Contains("is holding", item.Response);
        BuiltinPack.AssertVerified([item], [graph]);
    }

    [Fact]
    public void Repeated_objects_get_ordinals_and_one_relation_per_pair_for_many_seeds()
    {
        var graph = SceneGraphGraphs.Twins();
        for (var seed = 0UL; seed < 20; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                var items = BuiltinPack.Run(Name, graph, Describe(BuiltinPack.Options(seed, mcRatio: mc)));
                var item = Assert.Single(items);
                Assert.Equal(2, item.Evidence.PerImage[0].Relations.Length);
                Assert.Contains("first", item.Response, StringComparison.OrdinalIgnoreCase);
                BuiltinPack.AssertVerified(items, [graph]);
                BuiltinPack.AssertVerified(BuiltinPack.Run(Name, SceneGraphGraphs.Baseball(), Describe(BuiltinPack.Options(seed, mcRatio: mc))), [SceneGraphGraphs.Baseball()]);
            }
        }
    }
}
