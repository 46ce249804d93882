namespace ProVision.Generators.Tests.Builtin;

/// <summary>SceneGraphRelationQAGenerator on hand-made graphs, checked item by item.</summary>
public sealed class SceneGraphRelationQATests
{
    private const string Name = "SceneGraphRelationQAGenerator";

    [Fact]
    public void The_batter_is_holding_the_bat_through_unique_references()
    {
        var graph = SceneGraphGraphs.Baseball();
        var items = BuiltinPack.Run(Name, graph, BuiltinPack.Options(mcRatio: 0));

        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.Evidence.PerImage[0].Objects.ToArray() is [0, 3] && i.Answer == "holding");
        Assert.DoesNotContain(items, i => i.Evidence.PerImage[0].Objects.ToArray() is [7, 8]);
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void Items_verify_for_many_seeds_open_and_multiple_choice()
    {
        foreach (var graph in new[] { SceneGraphGraphs.Baseball(), SceneGraphGraphs.Twins() })
        {
            for (var seed = 0UL; seed < 10; seed++)
            {
                BuiltinPack.AssertVerified(BuiltinPack.Run(Name, graph, BuiltinPack.Options(seed, mcRatio: 0)), [graph]);
                BuiltinPack.AssertVerified(BuiltinPack.Run(Name, graph, BuiltinPack.Options(seed, mcRatio: 1)), [graph]);
            }
        }
    }
}
