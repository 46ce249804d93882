namespace ProVision.Generators.Tests.Builtin;

/// <summary>SceneGraphRelationQAGenerator on hand-made graphs, checked item by item.</summary>
public sealed class SceneGraphRelationQATests
{
    private const string Name = "SceneGraphRelationQAGenerator";

    [Fact]
    public void The_batter_is_holding_the_bat_through_unique_references()
    {
        // The bat is referred to by its own attributes ("the blue, golden, and white object"). With the uniform blue and
        // white, and the player's bat wooden only, no reference to it is unique: the uniform and the other bat may be
        // golden (and white) unsaid (docs/evidence.md#attributes-a-reader-sees). A blue uniform is seen not white and a
        // black bat not blue, so the bat is one object.
        Assert.Empty(BuiltinPack.Run(Name, SceneGraphGraphs.Baseball(), BuiltinPack.Options(mcRatio: 0)));
        var graph = SceneGraphGraphs.Baseball(uniform: ["blue"], secondBat: ["wooden", "black"]);
        var items = BuiltinPack.Run(Name, graph, BuiltinPack.Options(mcRatio: 0));

        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.Evidence.PerImage[0].Objects.ToArray() is [0, 3] && i.Answer == "holding");
        Assert.DoesNotContain(items, i => i.Evidence.PerImage[0].Objects.ToArray() is [7, 8]);
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void A_predicate_the_boxes_bear_out_by_its_definition_is_no_distractor()
    {
        // "What is the relation from the red object, which is above the table, to the blue object, which is above the
        // table?" -> "to the left of": the boxes also show "near", so it is no distractor; "on" is not borne out and stays.
        var graph = SceneGraphGraphs.CloseCupAndBowl();
        var items = BuiltinPack.Run(Name, graph, BuiltinPack.Options(mcRatio: 1))
            .Where(i => i.Evidence.PerImage[0].Objects.ToArray() is [0, 1]).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("to the left of", i.Answer));
        Assert.All(items, i => Assert.DoesNotContain("near", i.Choices));
        Assert.All(items, i => Assert.Contains("on", i.Choices));
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void A_pair_with_several_meanings_is_asked_for_all_of_them()
    {
        // The person is holding and near the cup: "what are all the relations ...?" -> "holding and near"; each wrong
        // option is a pair of predicates that are false (not annotated, not borne out by the boxes).
        var graph = VerifierTests.Reading.AllRelationsReadingTests.Desk;
        var items = BuiltinPack.Run(Name, graph, BuiltinPack.Options(mcRatio: 1)).Where(i => i.Evidence.PerImage[0].Objects.ToArray() is [0, 1]).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(["holding", "near"], i.Answer.Split(" and ").Order()));
        Assert.All(items, i => Assert.Matches("all the|In what ways", i.Prompt));
        var wrong = items.SelectMany(i => i.Choices.Where(c => c != i.Answer)).ToList();
        Assert.NotEmpty(wrong);
        Assert.All(wrong, c => Assert.Equal(2, c.Split(" and ").Length));
        Assert.All(wrong.SelectMany(c => c.Split(" and ")), p => Assert.DoesNotContain(p, new[] { "holding", "near", "has", "next to", "to the left of" }));
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
