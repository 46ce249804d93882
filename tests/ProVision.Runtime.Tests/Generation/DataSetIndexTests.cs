using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Generation;

public sealed class DataSetIndexTests
{
    private static ImmutableArray<SceneGraph> Graphs() =>
    [
        new("a", "a.jpg", 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1)), new SceneObject("dog", new Box(1, 1, 2, 2))], [new Relation(0, "near", 1)]),
        new("b", null, 10, 10, [new SceneObject("cat", new Box(0, 0, 1, 1)), new SceneObject("dog", new Box(1, 1, 2, 2))], [new Relation(0, "on", 1), new Relation(1, "near", 0)]),
        new("c", "c.jpg", 10, 10, [], []),
    ];

    [Fact]
    public void Index_lists_predicates_labels_and_holders_in_first_appearance_order()
    {
        var index = new DataSetIndex(Graphs());

        Assert.Equal(["near", "on"], index.Predicates.AsEnumerable());
        Assert.Equal(["dog", "cat"], index.Labels.AsEnumerable());
        Assert.Equal([0, 1], index.ImagesWithLabel("dog").ToArray());
        Assert.Equal([1], index.ImagesWithLabel("cat").ToArray());
        Assert.True(index.ImagesWithLabel("horse").IsEmpty);
    }

    [Fact]
    public void Draws_cover_each_image_set_once_then_are_exhausted()
    {
        var context = new GeneratorContext("G", new DataSetIndex(Graphs()), 2, GenerationOptions.Default, new ListItemCollector());
        Span<int> drawn = stackalloc int[2];
        var sets = new List<string>();
        for (var attempt = 0; attempt < 200 && !context.DrawsExhausted; attempt++)
        {
            if (context.TryDrawImages(drawn))
            {
                Assert.NotEqual(drawn[0], drawn[1]);
                Assert.Equal(2, context.Graphs.Length);
                Assert.Equal(context.Graphs[0].ImageId + "+" + context.Graphs[1].ImageId, context.DrawId);
                sets.Add(string.Join(",", drawn.ToArray().Order()));
            }
        }

        Assert.True(context.DrawsExhausted);
        Assert.Equal(["0,1", "0,2", "1,2"], sets.Order());
        Assert.Equal(new ProVision.Runtime.Randomness.RandomKey(0, "G", "dataset", -1), context.Key);
    }

    [Fact]
    public void A_draw_larger_than_the_data_set_is_exhausted_at_once()
    {
        var context = new GeneratorContext("G", new DataSetIndex(Graphs()), 4, GenerationOptions.Default, new ListItemCollector());
        Span<int> drawn = stackalloc int[4];

        Assert.False(context.TryDrawImages(drawn));
        Assert.True(context.DrawsExhausted);
    }

    // Six images with one dog each, then six with one cat each.
    private static ImmutableArray<SceneGraph> DogsAndCats() =>
    [
        .. Enumerable.Range(0, 12).Select(i =>
            new SceneGraph("i" + i, null, 10, 10, [new SceneObject(i < 6 ? "dog" : "cat", new Box(0, 0, 1, 1))], [])),
    ];

    private static List<bool> SameLabelDraws(GeneratorContext context, Func<GeneratorContext, bool> draw)
    {
        var same = new List<bool>();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            if (draw(context)) same.Add(context.Graphs[0].Objects[0].Label == context.Graphs[1].Objects[0].Label);
        }
        return same;
    }

    [Fact]
    public void A_draw_sharing_a_kind_shares_a_key_every_time_and_the_default_only_every_other_time()
    {
        var index = new DataSetIndex(DogsAndCats());
        var drawn = new int[2];

        var sharing = SameLabelDraws(new GeneratorContext("G", index, 2, GenerationOptions.Default, new ListItemCollector()), c => c.TryDrawImages(drawn, DrawSharing.Label));
        var alternating = SameLabelDraws(new GeneratorContext("G", index, 2, GenerationOptions.Default, new ListItemCollector()) { Sharing = DrawSharing.Label }, c => c.TryDrawImages(drawn));

        // 30 same-label pairs exist: 40 draws find most of them, and every new set shares its label.
        Assert.True(sharing.Count >= 20, $"{sharing.Count} new sets");
        Assert.All(sharing, Assert.True);
        // Every other draw is uniform: some of its sets mix a dog and a cat.
        Assert.Contains(false, alternating);
    }

    [Fact]
    public void A_draw_sharing_a_kind_no_key_has_enough_images_for_is_uniform()
    {
        // Each label is in one image only: no label is held by two images, so the draws take any images.
        var graphs = ImmutableArray.CreateRange(Enumerable.Range(0, 4).Select(i =>
            new SceneGraph("i" + i, null, 10, 10, [new SceneObject("label" + i, new Box(0, 0, 1, 1))], [])));
        var context = new GeneratorContext("G", new DataSetIndex(graphs), 2, GenerationOptions.Default, new ListItemCollector());
        var drawn = new int[2];
        var sets = new HashSet<string>();
        for (var attempt = 0; attempt < 100 && !context.DrawsExhausted; attempt++)
        {
            if (context.TryDrawImages(drawn, DrawSharing.Label)) sets.Add(string.Join(",", drawn.Order()));
        }

        Assert.Equal(6, sets.Count);
        Assert.True(context.DrawsExhausted);
    }
    [Theory]
    [InlineData(DrawSharing.RelatedLabels, 10)]
    [InlineData(DrawSharing.UniqueRelatedLabels, 3)]
    public void A_unique_draw_takes_only_images_where_each_label_of_the_key_is_on_one_object(DrawSharing sharing, int expectedSets)
    {
        // Five images relate a man to a horse: images 0-2 show one of each, image 3 two men, image 4 two horses, and
        // image 5 relates a dog to a cat (a key only one image holds). Unique draws take pairs of images 0-2 only.
        static SceneGraph Riding(string id, int men, int horses)
        {
            var objects = Enumerable.Repeat(new SceneObject("man", new Box(0, 0, 1, 1)), men)
                .Concat(Enumerable.Repeat(new SceneObject("horse", new Box(1, 1, 2, 2)), horses));
            return new SceneGraph(id, null, 10, 10, [.. objects], [new Relation(0, "riding", men)]);
        }
        ImmutableArray<SceneGraph> graphs =
        [
            Riding("one0", 1, 1), Riding("one1", 1, 1), Riding("one2", 1, 1), Riding("men", 2, 1), Riding("horses", 1, 2),
            new("pets", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1)), new SceneObject("cat", new Box(1, 1, 2, 2))], [new Relation(0, "near", 1)]),
        ];
        var context = new GeneratorContext("G", new DataSetIndex(graphs), 2, GenerationOptions.Default, new ListItemCollector());
        var drawn = new int[2];
        var sets = new HashSet<string>();
        for (var attempt = 0; attempt < 200 && !context.DrawsExhausted; attempt++)
        {
            if (context.TryDrawImages(drawn, sharing)) sets.Add(string.Join(",", drawn.Order()));
        }

        // Plain: the C(5, 2) = 10 pairs of the five riding images. Unique: the 3 pairs of images 0-2.
        Assert.Equal(expectedSets, sets.Count);
        if (sharing == DrawSharing.UniqueRelatedLabels) Assert.All(sets, set => Assert.All(set.Split(','), i => Assert.True(int.Parse(i) < 3, set)));
    }

    [Theory]
    [InlineData(DrawSharing.UniqueLabel)]
    [InlineData(DrawSharing.UniqueAttributedLabel)]
    public void A_unique_label_draw_takes_only_images_with_one_object_of_the_label(DrawSharing sharing)
    {
        // "dog" is on one object in images 0 and 1 and on two in image 2; "cat" is in image 2 only.
        ImmutableArray<SceneGraph> graphs =
        [
            new("a", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1), attributes: ["brown"])], []),
            new("b", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1), attributes: ["black"])], []),
            new("c", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1), attributes: ["brown"]), new SceneObject("dog", new Box(1, 1, 2, 2), attributes: ["white"]), new SceneObject("cat", new Box(2, 2, 3, 3), attributes: ["grey"])], []),
        ];
        var context = new GeneratorContext("G", new DataSetIndex(graphs), 2, GenerationOptions.Default, new ListItemCollector());
        var drawn = new int[2];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (context.TryDrawImages(drawn, sharing)) Assert.Equal([0, 1], drawn.Order());
        }
    }

    [Theory]
    [InlineData(DrawSharing.NounMeaning, "0,1 0,2 0,3 1,2 1,3 2,3")]
    [InlineData(DrawSharing.UniqueNounMeaning, "0,1 0,2 1,2")]
    public void A_noun_meaning_draw_takes_images_whose_noun_carries_one_meaning(DrawSharing sharing, string expectedPairs)
    {
        // The noun "car" (labels "car" and "cars") is "large" in images 0-3 as the vocabulary reads it: "big" is its
        // synonym and case and spaces fold, as `synonyms` reads them. Image 3 has two cars, so its car is not unique;
        // image 4's car is only red, image 5's large thing is a dog.
        var vocabulary = new ProVision.Runtime.Stdlib.Vocabulary([], [], [], synonyms: [["large", "big"]]);
        static SceneObject Car(string label, params string[] attributes) => new(label, new Box(0, 0, 1, 1), attributes: [.. attributes]);
        ImmutableArray<SceneGraph> graphs =
        [
            new("a", null, 10, 10, [Car("car", "large", "red")], []),
            new("b", null, 10, 10, [Car("cars", " Big")], []),
            new("c", null, 10, 10, [Car("car", "LARGE"), Car("dog", "white")], []),
            new("d", null, 10, 10, [Car("car", "big"), Car("car", "blue")], []),
            new("e", null, 10, 10, [Car("car", "red ")], []),
            new("f", null, 10, 10, [Car("dog", "large")], []),
        ];
        var context = new GeneratorContext("G", new DataSetIndex(graphs), 2, GenerationOptions.Default, new ListItemCollector(), vocabulary);
        var drawn = new int[2];
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (context.TryDrawImages(drawn, sharing)) pairs.Add(string.Join(",", drawn.Order()));
        }

        // (car, red) is held by images 0 and 4 (and by nothing else), so the pair 0,4 is a key's as well.
        Assert.Equal(expectedPairs.Split(' ').Append("0,4").Order(StringComparer.Ordinal), pairs);
    }
}
