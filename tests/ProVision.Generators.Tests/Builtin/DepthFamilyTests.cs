using System.Globalization;
using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The built-in depth-family generators on hand-made graphs with masks and depth maps, checked item by item.</summary>
public sealed class DepthFamilyTests
{
    /// <summary>
    /// 10 x 10, masks = boxes, uint8 map (threshold 50). Object depths: 0 dog 200 (one stray pixel of 10: the mode
    /// ignores it), 1 cup 180, 2 cat 60, 3 ball 100, 4 chair (empty mask), 5 and 6 box (label not unique).
    /// </summary>
    private static SceneGraph Room(DepthConvention convention = DepthConvention.LargerIsCloser) => new GraphBuilder()
        .Object("dog", 0, 0, 3, 3).Object("cup", 6, 0, 9, 3).Object("cat", 6, 6, 9, 9).Object("ball", 0, 6, 3, 9)
        .Object("chair", 4, 4, 5, 5).Object("box", 4, 0, 5, 2).Object("box", 4, 7, 5, 9)
        .Masks().Mask(4, (_, _) => false)
        .Depth(RoomDepth, convention).Build();

    private static byte RoomDepth(int x, int y) => (x, y) switch
    {
        (0, 0) => 10,
        (< 3, < 3) => 200,
        (>= 6, < 3) => 180,
        (>= 6, >= 6) => 60,
        (< 3, >= 6) => 100,
        (4, < 2) => 255,
        _ => 0,
    };

    /// <summary>The room's depths as metres 0..10 (larger is farther): threshold 50 scales to 50 * 10 / 255.</summary>
    private static SceneGraph MetricRoom() => new GraphBuilder()
        .Object("dog", 0, 0, 3, 3).Object("cup", 6, 0, 9, 3).Object("cat", 6, 6, 9, 9).Object("ball", 0, 6, 3, 9)
        .Masks()
        .Depth((x, y) => RoomDepth(x, y) * 10f / 255f, DepthConvention.LargerIsFarther, new DepthRange(0, 10)).Build();

    /// <summary>Left half 0, right half 255: every qualifying point pair has one point on each side.</summary>
    private static SceneGraph Halves(DepthConvention convention) => new GraphBuilder(id: "halves")
        .Depth((x, _) => x < 5 ? (byte)0 : (byte)255, convention).Build();

    private static SceneGraph Flat() => new GraphBuilder(id: "flat").Depth((_, _) => 120).Build();

    private static string Slot(GeneratedItem item, string name) => item.Slots.Single(s => s.Key == name).Value;

    private static double X(string point) => double.Parse(point[1..point.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("CloserObjectGenerator", DepthConvention.LargerIsCloser, new[] { "dog", "dog", "cup", "cup" })]
    [InlineData("FartherObjectGenerator", DepthConvention.LargerIsCloser, new[] { "cat", "ball", "cat", "ball" })]
    [InlineData("CloserObjectGenerator", DepthConvention.LargerIsFarther, new[] { "cat", "ball", "cat", "ball" })]
    [InlineData("FartherObjectGenerator", DepthConvention.LargerIsFarther, new[] { "dog", "dog", "cup", "cup" })]
    public void Object_pairs_follow_the_declared_convention_and_skip_ties_within_the_threshold(string generator, DepthConvention convention, string[] answers)
    {
        var graph = Room(convention);
        var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(mcRatio: 0));

        // dog-cup (20 apart) and cat-ball (40) are within the threshold; chair (empty mask) and the boxes (not unique) never appear.
        Assert.Equal(answers, items.Select(i => i.Answer));
        Assert.Equal([[0, 2], [0, 3], [1, 2], [1, 3]], items.Select(i => i.Evidence.PerImage[0].Objects.ToArray()));
        Assert.All(items, i => Assert.Contains(i.Answer, i.Response, StringComparison.OrdinalIgnoreCase));
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Fact]
    public void Object_pairs_on_a_metric_map_use_the_scaled_threshold()
    {
        var items = BuiltinPack.Run("CloserObjectGenerator", MetricRoom(), BuiltinPack.Options(mcRatio: 0));

        Assert.Equal(["cat", "ball", "cat", "ball"], items.Select(i => i.Answer));
        BuiltinPack.AssertVerified(items, [MetricRoom()]);
    }

    [Fact]
    public void To_anchor_triples_follow_the_gap_rule()
    {
        var graph = Room();
        // dog,cup,cat: 60 180 200 -> farther from either allowed anchor (dog or cup) is the cat; dog,cup,ball likewise
        // the ball; dog,cat,ball: 60 100 200 -> anchor cat or ball, farther the dog; cup,cat,ball: gaps 40 and 80 skip.
        var farther = BuiltinPack.Run("FartherToAnchorObjectGenerator", graph, BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(["cat", "ball", "dog"], farther.Select(i => i.Answer));
        Assert.All(farther, i => Assert.NotEqual(i.Answer, Slot(i, "anchor")));
        BuiltinPack.AssertVerified(farther, [graph]);

        var closer = BuiltinPack.Run("CloserToAnchorObjectGenerator", graph, BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(3, closer.Count);
        Assert.Equal([["cup", "dog"], ["cup", "dog"], ["ball", "cat"]], closer.Select(i => new[] { i.Answer, Slot(i, "anchor") }.Order(StringComparer.Ordinal).ToArray()));
        BuiltinPack.AssertVerified(closer, [graph]);
    }

    [Theory]
    [InlineData("CloserPointGenerator", DepthConvention.LargerIsCloser, true)]
    [InlineData("FartherPointGenerator", DepthConvention.LargerIsCloser, false)]
    [InlineData("CloserPointGenerator", DepthConvention.LargerIsFarther, false)]
    [InlineData("FartherPointGenerator", DepthConvention.LargerIsFarther, true)]
    public void Points_follow_the_declared_convention(string generator, DepthConvention convention, bool answerOnTheRight)
    {
        var graph = Halves(convention);
        var items = Enumerable.Range(0, 30).SelectMany(seed => BuiltinPack.Run(generator, graph, BuiltinPack.Options((ulong)seed, mcRatio: 0))).ToList();

        Assert.True(items.Count >= 20, $"only {items.Count} items in 30 seeds");
        Assert.All(items, i =>
        {
            Assert.Equal(answerOnTheRight, X(i.Answer) >= 0.5);
            Assert.Contains(i.Answer, new[] { Slot(i, "point1"), Slot(i, "point2") });
            Assert.NotEqual(Slot(i, "point1"), Slot(i, "point2"));
            Assert.True(i.Evidence.PerImage[0].Objects.IsEmpty);
        });
        BuiltinPack.AssertVerified(items, [graph]);
    }

    [Theory]
    [InlineData("CloserPointGenerator")]
    [InlineData("FartherPointGenerator")]
    public void Points_on_a_flat_map_give_no_item(string generator)
    {
        for (var seed = 0UL; seed < 10; seed++)
            Assert.Empty(BuiltinPack.Run(generator, Flat(), BuiltinPack.Options(seed)));
    }

    [Theory]
    [InlineData("CloserPointGenerator")]
    [InlineData("FartherPointGenerator")]
    [InlineData("CloserObjectGenerator")]
    [InlineData("FartherObjectGenerator")]
    [InlineData("CloserToAnchorObjectGenerator")]
    [InlineData("FartherToAnchorObjectGenerator")]
    public void Items_verify_for_many_seeds_open_and_multiple_choice(string generator)
    {
        var graphs = new[] { Room(), Room(DepthConvention.LargerIsFarther), MetricRoom() };
        var total = 0;
        foreach (var mcRatio in new[] { 0.0, 1.0 })
        {
            for (var seed = 0UL; seed < 20; seed++)
            {
                foreach (var graph in graphs)
                {
                    var items = BuiltinPack.Run(generator, graph, BuiltinPack.Options(seed, mcRatio));
                    total += items.Count;
                    if (mcRatio == 1) Assert.All(items, i => Assert.Equal(2, i.Choices.Length));
                    BuiltinPack.AssertVerified(items, [graph]);
                }
            }
        }
        Assert.True(total > 0);
    }

    [Fact]
    public void Same_seed_gives_the_same_items()
    {
        foreach (var generator in new[] { "CloserPointGenerator", "CloserToAnchorObjectGenerator" })
        {
            var first = BuiltinPack.Run(generator, Room(), BuiltinPack.Options(3));
            var second = BuiltinPack.Run(generator, Room(), BuiltinPack.Options(3));
            Assert.Equal(first.Select(i => i.Prompt + "|" + i.Response), second.Select(i => i.Prompt + "|" + i.Response));
        }
    }

    [Theory]
    [InlineData("CloserPointGenerator", 2025)]
    [InlineData("FartherPointGenerator", 1650)]
    [InlineData("CloserObjectGenerator", 2025)]
    [InlineData("FartherObjectGenerator", 1650)]
    [InlineData("CloserToAnchorObjectGenerator", 675)]
    [InlineData("FartherToAnchorObjectGenerator", 550)]
    public void Offers_at_least_the_reference_number_of_phrasings(string generator, int reference)
    {
        var questions = BuiltinPack.Generator(generator).Templates.Questions;
        Assert.True(questions.Select(q => q.Question.Text).Distinct(StringComparer.Ordinal).Count() >= reference,
            $"{generator}: {questions.Length} phrasings, reference {reference}");
    }
}

/// <summary>The depth and segmentation sources of the pack compile without any diagnostic, warnings included.</summary>
public sealed class DepthAndSegmentationSourceTests
{
    [Fact]
    public void Depth_and_segmentation_files_have_no_warnings()
    {
        var result = ProVision.Compiler.Api.PvgCompiler.LoadPack(Path.Combine(BuiltinPack.Folder, "pack.yaml"));
        var mine = result.Diagnostics.Select(d => d.Format())
            .Where(text => text.Contains("depth", StringComparison.Ordinal) || text.Contains("segmentation", StringComparison.Ordinal) || text.Contains("_seg", StringComparison.Ordinal))
            .ToList();
        Assert.True(mine.Count == 0, string.Join("\n\n", mine));
    }
}
