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
}
