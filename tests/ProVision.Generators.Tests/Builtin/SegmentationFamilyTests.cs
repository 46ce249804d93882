using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The built-in segmentation-family generators on hand-made graphs with masks, checked item by item.</summary>
public sealed class SegmentationFamilyTests
{
    /// <summary>
    /// 20 x 20 (one pixel per printed ratio). 0 table (0,0)-(12,20); 1 coaster inside the cup, painted before it, so
    /// its region is empty; 2 cup (8,4)-(16,12), painted over the table; 3 plate with an empty mask.
    /// </summary>
    private static SceneGraph Desk() => new GraphBuilder(20, 20, "desk")
        .Object("table", 0, 0, 12, 20).Object("coaster", 10, 6, 13, 9).Object("cup", 8, 4, 16, 12).Object("plate", 16, 16, 19, 19)
        .Masks().Mask(3, (_, _) => false).Build();

    private static string Slot(GeneratedItem item, string name) => item.Slots.Single(s => s.Key == name).Value;

    [Theory]
    [InlineData("SameObjectSegGenerator")]
    [InlineData("DiffObjectSegGenerator")]
    public void Regions_come_from_the_painted_label_map(string generator)
    {
        var graph = Desk();
        var items = Enumerable.Range(0, 10).SelectMany(seed => BuiltinPack.Run(generator, graph, BuiltinPack.Options((ulong)seed, mcRatio: 0))).ToList();

        // The coaster (covered by the cup) and the plate (empty mask) never get an item.
        var owners = items.Select(i => i.Evidence.PerImage[0].Objects.Single()).Distinct().Order().ToArray();
        Assert.Equal([0, 2], owners);
        Assert.All(items, i =>
        {
            Assert.Equal(3, new[] { Slot(i, "anchor"), Slot(i, "point1"), Slot(i, "point2") }.Distinct().Count());
            Assert.Contains(i.Answer, new[] { Slot(i, "point1"), Slot(i, "point2") });
        });
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void Same_and_different_answer_the_two_points_of_one_triple()
    {
        var graph = Desk();
        var same = BuiltinPack.Run("SameObjectSegGenerator", graph, BuiltinPack.Options(5, mcRatio: 0));
        var different = BuiltinPack.Run("DiffObjectSegGenerator", graph, BuiltinPack.Options(5, mcRatio: 0));
        Assert.NotEmpty(same);
        Assert.All(same, i => Assert.Contains(i.Answer, i.Response, StringComparison.Ordinal));
        Assert.All(different, i => Assert.Contains(i.Answer, i.Response, StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_covering_the_whole_image_gives_no_item()
    {
        var graph = new GraphBuilder(10, 10, "wall").Object("wall", 0, 0, 10, 10).Masks().Build();
        for (var seed = 0UL; seed < 5; seed++)
        {
            Assert.Empty(BuiltinPack.Run("SameObjectSegGenerator", graph, BuiltinPack.Options(seed)));
            Assert.Empty(BuiltinPack.Run("DiffObjectSegGenerator", graph, BuiltinPack.Options(seed)));
        }
    }

    [Theory]
    [InlineData("SameObjectSegGenerator")]
    [InlineData("DiffObjectSegGenerator")]
    public void Items_verify_for_many_seeds_open_and_multiple_choice(string generator)
    {
        var big = new GraphBuilder(150, 120, "big")
            .Object("sofa", 10, 40, 90, 110).Object("lamp", 100, 5, 130, 60).Object("rug", 30, 80, 140, 118).Masks().Build();
        foreach (var graph in new[] { Desk(), big })
        {
            foreach (var mcRatio in new[] { 0.0, 1.0 })
            {
                for (var seed = 0UL; seed < 20; seed++)
                {
                    var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(seed, mcRatio));
                    if (mcRatio == 1) Assert.All(items, i => Assert.Equal(2, i.Choices.Length));
                    BuiltinPack.AssertVerified(items, [graph]);
                }
            }
        }
    }

    [Theory]
    [InlineData("SameObjectSegGenerator", 250)]
    [InlineData("DiffObjectSegGenerator", 250)]
    public void Offers_at_least_the_reference_number_of_phrasings(string generator, int reference)
    {
        var questions = BuiltinPack.Generator(generator).Templates.Questions;
        Assert.True(questions.Select(q => q.Question.Text).Distinct(StringComparer.Ordinal).Count() >= reference,
            $"{generator}: {questions.Length} phrasings, reference {reference}");
    }
}
