using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

/// <summary>
/// Reads the real reference-format example from the workplace's shared fixtures (never copied into the
/// project). Where the folder is absent they are reported as skipped with the reason; CI has it (<see cref="BaseballFactAttribute"/>).
/// </summary>
public sealed class BaseballFixtureTests
{
    [BaseballFact]
    public void The_five_annotation_files_merge_into_two_graphs_with_every_field()
    {
        var root = SharedFixtures.Baseball ?? throw new Xunit.Sdk.XunitException("../shared/fixtures/baseball is missing (CI=true: the real data must be there)");
        var files = new[] { "object-detection-annotations.json", "segmentation-annotations.json", "depth-estimation-annotations.json", "image-attributes-annotations.json", "relation-annotations-parsed.json" }
            .Select(f => Path.Combine(root, "annotations", f)).ToArray();
        var options = new GraphLoadOptions { DepthDirectory = Path.Combine(root, "depth_masks"), MaskDirectory = Path.Combine(root, "seg_masks"), Cache = new Caching.ResourceCache(256 << 20) };

        var graphs = SceneGraphInputs.Read(files, options).Select(o => o.Graph ?? throw new Xunit.Sdk.XunitException(o.Error!.ToString())).ToList();

        Assert.Equal(["baseball_1", "baseball_2"], graphs.Select(g => g.ImageId));
        Assert.Equal([4, 8], graphs.Select(g => g.Objects.Length));
        var g1 = graphs[0];
        Assert.Equal((401, 400), (g1.Width, g1.Height));
        Assert.Equal(["batter", "bat", "ball", "baseball uniform"], g1.Objects.Select(o => o.Label));
        Assert.Equal(new Box(5, 54, 266, 355), g1.Objects[0].Box);
        Assert.Equal(["swinging", "white"], g1.Objects[0].Attributes.ToArray());
        Assert.Equal([new Relation(0, "wearing", 3), new Relation(0, "about to hit", 2), new Relation(0, "holding", 1)], g1.Relations.ToArray());
        Assert.Equal([23195, 1640, 298, 8365], Enumerable.Range(0, 4).Select(i => g1.Masks!.Get(i).Area));
        Assert.Equal(DepthConvention.LargerIsCloser, g1.Depth!.Load().Convention);
        Assert.Equal([30545, 35064, 2114, 32144, 1267, 664, 14691, 2252], Enumerable.Range(0, 8).Select(i => graphs[1].Masks!.Get(i).Area));
    }

    [BaseballFact]
    public void Npy_and_rle_json_masks_agree_pixel_for_pixel()
    {
        var root = SharedFixtures.Baseball ?? throw new Xunit.Sdk.XunitException("../shared/fixtures/baseball is missing (CI=true: the real data must be there)");
        var cache = new Caching.ResourceCache(256 << 20);
        foreach (var (id, count) in new[] { ("baseball_1", 4), ("baseball_2", 8) })
        {
            var npy = new FileMaskSet(Path.Combine(root, "seg_masks", $"{id}_mask.npy"), count, cache);
            var rle = new FileMaskSet(Path.Combine(root, "seg_masks", $"{id}_mask.rle.json"), count, cache);
            for (var i = 0; i < count; i++) Assert.True(npy.Get(i).Pixels.SequenceEqual(rle.Get(i).Pixels), $"{id} mask {i} differs");
        }
    }
}
