using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>Most/Least and Left/Right/Top/BottomMost object generators on hand-made graphs.</summary>
public sealed class ObjectFrequencyAndPositionTests
{
    private static SceneObject O(string label, double x1, double y1, double x2, double y2) => new(label, new Box(x1, y1, x2, y2));

    private static SceneGraph G(string id, params SceneObject[] objects) => new(id, $"images/{id}.jpg", 300, 300, [.. objects], []);

    // cups 3, chairs 2, dog 1, table 1 (a table holding cups counts, as a reader counts it); grass is not countable.
    private static SceneGraph Room() => G("room",
        O("cup", 10, 10, 20, 20), O("cup", 30, 10, 40, 20), O("cup", 50, 10, 60, 20),
        O("chair", 70, 10, 90, 40), O("chair", 100, 10, 120, 40), O("dog", 130, 10, 150, 40),
        O("grass", 0, 280, 300, 300), O("table", 25, 5, 65, 25));

    // cup 2, chair 2, dog 1: cup and chair tie on the most.
    private static SceneGraph Tied() => G("tied",
        O("cup", 10, 10, 20, 20), O("cup", 30, 10, 40, 20), O("chair", 70, 10, 90, 40), O("chair", 100, 10, 120, 40), O("dog", 130, 10, 150, 40));

    private static SceneGraph AllTie() => G("alltie", O("cup", 10, 10, 20, 20), O("cup", 30, 10, 40, 20), O("chair", 70, 10, 90, 40), O("chair", 100, 10, 120, 40));

    private static SceneGraph NoCountable() => G("mass", O("grass", 0, 0, 10, 10), O("grass", 20, 20, 30, 30), O("sky", 40, 40, 50, 50));

    // Identical boxes (cup) are no count a reader agrees on: dog 2, chair 1.
    private static SceneGraph SameBoxes() => G("same", O("cup", 10, 10, 20, 20), O("cup", 10, 10, 20, 20), O("dog", 30, 30, 40, 40),
        O("dog", 50, 50, 60, 60), O("chair", 70, 70, 80, 80));

    // dog, cat (touching dog on x), bird, cup unique; the two trees are not.
    private static SceneGraph Row() => G("row",
        O("dog", 10, 10, 50, 50), O("cat", 50, 100, 100, 140), O("bird", 120, 200, 160, 240), O("cup", 130, 20, 170, 60),
        O("tree", 200, 0, 220, 300), O("tree", 250, 0, 270, 300));

    private static SceneGraph AllDuplicated() => G("dups",
        O("dog", 10, 10, 20, 20), O("dog", 30, 30, 40, 40), O("cat", 50, 50, 60, 60), O("cat", 70, 70, 80, 80));

    private static SceneGraph[] All() => [Room(), Tied(), AllTie(), NoCountable(), SameBoxes(), Row(), AllDuplicated()];

    private static string[] Names(GeneratedItem item) => item.Slots.Single(s => s.Key == "names").Value.Split(", ", StringSplitOptions.None)
        .SelectMany(p => p.Split(" and ")).Select(p => p.StartsWith("and ", StringComparison.Ordinal) ? p[4..] : p).Where(p => p.Length > 0).ToArray();

    [Fact]
    public void MostObject_answers_the_most_frequent_pool_label()
    {
        var item = Assert.Single(BuiltinPack.Run("MostObjectGenerator", Room(), BuiltinPack.Options(mcRatio: 0)));
        Assert.Equal("cup", item.Answer);
        Assert.Equal(["chair", "cup", "dog", "table"], Names(item).Order());
        Assert.Equal([0, 1, 2, 3, 4, 5, 7], item.Evidence.PerImage[0].Objects.ToArray());
        BuiltinPack.AssertVerified([item], [Room()]);
    }

    [Fact]
    public void LeastObject_answers_the_rarest_pool_label()
    {
        var item = Assert.Single(BuiltinPack.Run("LeastObjectGenerator", Room(), BuiltinPack.Options(mcRatio: 0)));
        Assert.Equal("dog", item.Answer);
        Assert.Equal(["chair", "cup", "dog"], Names(item).Order());
        BuiltinPack.AssertVerified([item], [Room()]);
    }

    [Fact]
    public void Most_and_least_never_offer_a_label_tied_with_the_answer()
    {
        var most = Assert.Single(BuiltinPack.Run("MostObjectGenerator", Tied(), BuiltinPack.Options(mcRatio: 0)));
        Assert.Equal("cup", most.Answer);
        Assert.Equal(["cup", "dog"], Names(most).Order());
        var least = Assert.Single(BuiltinPack.Run("LeastObjectGenerator", Tied(), BuiltinPack.Options(mcRatio: 0)));
        Assert.Equal("dog", least.Answer);
        Assert.Equal(["chair", "cup", "dog"], Names(least).Order());
        BuiltinPack.AssertVerified([most, least], [Tied()]);
    }

    [Theory]
    [InlineData("MostObjectGenerator")]
    [InlineData("LeastObjectGenerator")]
    public void Most_and_least_make_nothing_when_every_label_ties_or_none_counts(string generator)
    {
        Assert.Empty(BuiltinPack.Run(generator, AllTie()));
        Assert.Empty(BuiltinPack.Run(generator, NoCountable()));
        Assert.Empty(BuiltinPack.Run(generator, AllDuplicated()));
    }

    [Fact]
    public void Identical_boxes_are_not_counted()
    {
        // Two cups on one box may be one cup annotated twice: a reader would not say cups are the most frequent.
        var most = Assert.Single(BuiltinPack.Run("MostObjectGenerator", SameBoxes(), BuiltinPack.Options(mcRatio: 0)));
        Assert.Equal("dog", most.Answer);
        Assert.DoesNotContain("cup", Names(most));
        BuiltinPack.AssertVerified([most], [SameBoxes()]);
    }

    [Theory]
    [InlineData("LeftMostObjectGenerator", new[] { "dog", "dog" })]
    [InlineData("RightMostObjectGenerator", new[] { "bird", "cup" })]
    [InlineData("TopMostObjectGenerator", new[] { "dog", "cup" })]
    [InlineData("BottomMostObjectGenerator", new[] { "bird", "bird" })]
    public void Position_generators_answer_every_non_overlapping_unique_triple(string generator, string[] answers)
    {
        var items = BuiltinPack.Run(generator, Row(), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(answers, items.Select(i => i.Answer));
        Assert.All(items, i => Assert.Equal(3, i.Evidence.PerImage[0].Objects.Length));
        Assert.All(items, i => Assert.DoesNotContain("tree", Names(i)));
        BuiltinPack.AssertVerified(items, [Row()]);
        Assert.Empty(BuiltinPack.Run(generator, AllDuplicated()));
    }

    [Theory]
    [InlineData("MostObjectGenerator")]
    [InlineData("LeastObjectGenerator")]
    [InlineData("LeftMostObjectGenerator")]
    [InlineData("RightMostObjectGenerator")]
    [InlineData("TopMostObjectGenerator")]
    [InlineData("BottomMostObjectGenerator")]
    public void Items_verify_for_many_seeds_open_and_multiple_choice(string generator)
    {
        BuiltinPack.AssertVerifiedOverSeeds(generator, All(), (items, mc) =>
        {
            if (mc == 1.0) Assert.All(items, i => Assert.True(i.Choices.Length >= 2, i.ToString()));
        });
    }

    [Fact]
    public void Object_attribute_and_relation_files_compile_without_warnings()
    {
        var result = ProVision.Compiler.Api.PvgCompiler.LoadPack(Path.Combine(BuiltinPack.Folder, "pack.yaml"));
        string[] files = ["phrases_obj.pvg", "most_object.pvg", "least_object.pvg", "left_most_object.pvg", "right_most_object.pvg",
            "top_most_object.pvg", "bottom_most_object.pvg", "extreme_object.pvg", "exists_attribute.pvg", "attribute_bbox.pvg", "typed_attribute_bbox.pvg",
            "exists_relation.pvg", "relation_bbox.pvg", "head_relation.pvg"];
        var mine = result.Diagnostics.Select(d => d.Format()).Where(text => files.Any(f => text.Contains(f, StringComparison.Ordinal))).ToList();
        Assert.True(mine.Count == 0, string.Join("\n", mine));
    }

    [Theory]
    [InlineData("MostObjectGenerator", 675)]
    [InlineData("LeastObjectGenerator", 675)]
    [InlineData("LeftMostObjectGenerator", 675)]
    [InlineData("RightMostObjectGenerator", 675)]
    [InlineData("TopMostObjectGenerator", 675)]
    [InlineData("BottomMostObjectGenerator", 675)]
    public void Offers_at_least_the_reference_number_of_phrasings(string generator, int reference)
    {
        Assert.True(BuiltinPack.Generator(generator).Templates.Questions.Length >= reference,
            $"{generator}: {BuiltinPack.Generator(generator).Templates.Questions.Length} < {reference}");
    }
}
