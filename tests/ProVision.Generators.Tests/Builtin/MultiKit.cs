using System.Diagnostics;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>Shared checks for the multi-image generator tests: answered image, give-up, verification over seeds.</summary>
internal static class MultiKit
{
    /// <summary>A graph whose objects carry the given labels (each with its attributes after a ':' split by ',').</summary>
    public static SceneGraph Graph(string id, params string[] objects)
    {
        var builder = new GraphBuilder(100, 100, id);
        var x = 0;
        foreach (var spec in objects)
        {
            var parts = spec.Split(':');
            var attributes = parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
            builder.Object(parts[0], x, x, x + 5, x + 5, attributes);
            x += 6;
        }
        return builder.Build();
    }

    /// <summary>The image path the answer ("Image k") names.</summary>
    public static string AnsweredImage(GeneratedItem item)
    {
        Assert.StartsWith("Image ", item.Answer);
        return item.Images[int.Parse(item.Answer.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture) - 1]; // "Image 1" is the first
    }

    public static string Slot(GeneratedItem item, string name) => item.Slots.Single(s => s.Key == name).Value;

    /// <summary>Every item verifies, open-ended and multiple choice, for many seeds.</summary>
    public static void VerifiesForManySeeds(string generator, IReadOnlyList<SceneGraph> graphs, int minimumItems = 1)
    {
        var total = 0;
        for (var seed = 0UL; seed < 20; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                var items = BuiltinPack.RunMulti(generator, graphs, BuiltinPack.Options(seed, mcRatio: mc));
                total += items.Count;
                foreach (var item in items)
                {
                    Assert.Equal(2, item.Images.Length);
                    Assert.NotEqual(item.Images[0], item.Images[1]);
                }
                BuiltinPack.AssertVerified(items, graphs);
            }
        }
        Assert.True(total >= minimumItems * 40, $"{generator} made only {total} items over 40 runs");
    }

    /// <summary>A data set that cannot supply an item ends quickly with no items (the budget, not an endless loop).</summary>
    public static void GivesUp(string generator, IReadOnlyList<SceneGraph> graphs)
    {
        _ = BuiltinPack.Generator(generator); // compiles the pack first, so the time is the run's alone
        var watch = Stopwatch.StartNew();
        var items = BuiltinPack.RunMulti(generator, graphs);
        Assert.Empty(items);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{generator} took {watch.Elapsed} to give up");
    }

    /// <summary>Many identical graphs: more image pairs than the budget, none of which gives an item.</summary>
    public static List<SceneGraph> Barren(int count, params string[] objects) =>
        [.. Enumerable.Range(0, count).Select(i => Graph("barren" + i, objects))];

    public static void OffersAtLeast(string generator, int reference) =>
        Assert.True(BuiltinPack.Generator(generator).Templates.Questions.Length >= reference,
            $"{generator} offers {BuiltinPack.Generator(generator).Templates.Questions.Length} phrasings, the reference {reference}");
}
