using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawing context names a draw (its id, its items' keys) only when an item asks (<see cref="GeneratorContext.BeginDraw"/>):
/// whenever it is asked, after any number of draws that gave no item, the name must be the current draw's: its images'
/// ids joined by "+", and item keys of that id.
/// </summary>
public sealed class DrawNamingTests
{
    private static readonly ImmutableArray<SceneGraph> s_graphs =
    [
        new("a", "a.jpg", 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []),
        new("b", null, 10, 10, [new SceneObject("cat", new Box(0, 0, 1, 1))], []),
        new("c", "c.jpg", 10, 10, [], []),
    ];

    [Fact]
    public void A_draw_is_named_after_its_own_images_however_many_draws_went_unnamed()
    {
        var options = GenerationOptions.Default with { Seed = 7 };
        var context = new GeneratorContext("G", new DataSetIndex(s_graphs), 2, options, new ListItemCollector());
        int[][] draws = [[2, 0], [1, 2], [0, 1], [1, 0]];
        for (var d = 0; d < draws.Length; d++)
        {
            context.BeginDraw(draws[d]);
            // Every other draw is left unnamed: the next one must not keep its name.
            if (d % 2 == 1) continue;
            var joined = s_graphs[draws[d][0]].ImageId + "+" + s_graphs[draws[d][1]].ImageId;
            Assert.Equal(joined, context.DrawId);
            var index = context.DraftCount;
            Assert.Equal(new RandomKey(7, "G", joined, index), context.BeginItem().Key);
        }
    }
}
