using System.Collections.Immutable;
using ProVision.Pipeline.Drawing;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using SkiaSharp;

namespace ProVision.Pipeline.Tests.Drawing;

/// <summary>
/// Rendering on a synthetic scene: a 200 x 150 gray image, object 0 (box [20, 30, 120, 130], mask = the rectangle
/// [40, 50, 100, 110]) and object 1 (box [130, 20, 190, 80], no mask), relation 0 -> 1, and a depth map whose left half
/// is near. Pixels are checked at positions away from labels, arrows and the inset.
/// </summary>
public sealed class SceneRendererTests
{
    private const byte Gray = 100;
    private static readonly RenderOptions Hershey = new() { SystemFonts = false };

    private static SceneDrawing Scene(IReadOnlySet<int>? highlight = null, bool depth = false)
    {
        var image = StageImage.Filled(200, 150, Gray, Gray, Gray);
        var mask = new BitMask(200, 150, BoxMaskSegmenter.Fill(new PixelRect(40, 50, 100, 110), 200, 150));
        var values = new float[200 * 150];
        for (var y = 0; y < 150; y++) values.AsSpan(y * 200, 100).Fill(255);
        return new SceneDrawing
        {
            Image = image,
            Objects = [new DrawnObject("table", new Box(20, 30, 120, 130), mask, ["brown"]), new DrawnObject("lamp", new Box(130, 20, 190, 80))],
            Relations = [new Relation(0, "left of", 1)],
            Depth = depth ? new DepthMap(200, 150, values, DepthConvention.LargerIsCloser) : null,
            Caption = "synthetic · 2 objects",
            HighlightObjects = highlight,
        };
    }

    private static (byte R, byte G, byte B) At(SKBitmap bitmap, int x, int y)
    {
        var c = bitmap.GetPixel(x, y);
        return (c.Red, c.Green, c.Blue);
    }

    private static (byte, byte, byte) Rgb(SKColor c) => (c.Red, c.Green, c.Blue);

    [Fact]
    public void Boxes_are_drawn_in_the_object_colour_and_masks_tinted()
    {
        using var bitmap = new SceneRenderer(Hershey).Render(Scene());

        Assert.Equal(200, bitmap.Width);
        Assert.True(bitmap.Height > 150); // caption strip below the image
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 20, 100));   // left edge of box 0
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 119, 100));  // right edge (inside the box's pixels)
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 60, 129));   // bottom edge
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(1)), At(bitmap, 189, 60));   // right edge of box 1
        var c = SceneRenderer.ObjectColor(0);
        var tint = (SceneRenderer.Blend(c.Red, Gray, 0.45), SceneRenderer.Blend(c.Green, Gray, 0.45), SceneRenderer.Blend(c.Blue, Gray, 0.45));
        Assert.Equal(tint, At(bitmap, 50, 100));               // inside the mask
        Assert.Equal((Gray, Gray, Gray), At(bitmap, 30, 120)); // inside box 0, outside its mask
        Assert.Equal((Gray, Gray, Gray), At(bitmap, 160, 140)); // background
    }

    [Fact]
    public void Highlighting_dims_the_rest_and_draws_other_objects_faintly()
    {
        using var bitmap = new SceneRenderer(Hershey).Render(Scene(highlight: new HashSet<int> { 1 }));

        Assert.Equal(Rgb(SceneRenderer.ObjectColor(1)), At(bitmap, 189, 60));
        Assert.Equal((Gray, Gray, Gray), At(bitmap, 160, 70));  // inside the highlighted box: not dimmed
        Assert.Equal(((byte)50, (byte)50, (byte)50), At(bitmap, 50, 100)); // object 0's mask: dimmed, not tinted
        Assert.NotEqual(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 20, 100)); // object 0 drawn faintly
    }

    [Fact]
    public void Depth_inset_is_bright_where_near_and_sits_below_the_image()
    {
        using var plain = new SceneRenderer(Hershey).Render(Scene());
        using var bitmap = new SceneRenderer(Hershey).Render(Scene(depth: true));
        // Thumbnail: 50 x 38 px at the bottom-right of the strip (x 146-195, bottom 4 px above the edge).
        Assert.True(bitmap.Height >= 150 + 38 + 8);
        Assert.Equal(((byte)255, (byte)255, (byte)255), At(bitmap, 150, bitmap.Height - 8));
        Assert.Equal(((byte)0, (byte)0, (byte)0), At(bitmap, 190, bitmap.Height - 8));
        Assert.Equal(At(plain, 160, 140), At(bitmap, 160, 140)); // the scene itself is not covered
        var farther = Scene(depth: true) with { Depth = new DepthMap(200, 150, Scene(depth: true).Depth!.Values.ToArray(), DepthConvention.LargerIsFarther) };
        using var inverted = new SceneRenderer(Hershey).Render(farther);
        Assert.Equal(((byte)0, (byte)0, (byte)0), At(inverted, 150, inverted.Height - 8));
    }

    [Fact]
    public void System_font_rendering_matches_on_the_checked_pixels()
    {
        using var bitmap = new SceneRenderer().Render(Scene(depth: true));
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 20, 100));
    }

    [Fact]
    public void Items_compose_images_side_by_side_over_the_text()
    {
        using var bitmap = new SceneRenderer(Hershey).Compose([Scene(), Scene(highlight: new HashSet<int> { 0 })], ["Q: what is left of the lamp?", "A: the table"]);
        Assert.True(bitmap.Width >= 408);
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(0)), At(bitmap, 208 + 20, 100)); // box 0 in the second image
    }

    [Fact]
    public void Png_round_trip_keeps_the_pixels()
    {
        using var bitmap = new SceneRenderer(Hershey).Render(Scene());
        var path = Path.Combine(Tests.Segmentation.TestFolder.Create("draw"), "scene.png");
        using (var file = File.Create(path)) SceneRenderer.SavePng(bitmap, file);
        var back = StageImage.Load(path);
        Assert.Equal(At(bitmap, 20, 100), back[20, 100]);
        Assert.Equal(At(bitmap, 50, 100), back[50, 100]);
    }

    [Fact]
    public void Drawing_from_a_graph_reads_masks_and_highlights_relation_ends()
    {
        var mask = RleCodec.Encode(BoxMaskSegmenter.Fill(new PixelRect(40, 50, 100, 110), 200, 150), 150, 200);
        var box = RleCodec.Encode(BoxMaskSegmenter.Fill(new PixelRect(130, 20, 190, 80), 200, 150), 150, 200);
        var graph = new SceneGraph("synthetic", "s.png", 200, 150,
            [new SceneObject("table", new Box(20, 30, 120, 130)), new SceneObject("lamp", new Box(130, 20, 190, 80)), new SceneObject("cat", new Box(0, 0, 10, 10))],
            [new Relation(0, "left of", 1)],
            new RleMaskSet([mask, box, RleCodec.Encode(new byte[200 * 150], 150, 200)], new ResourceCache(1 << 20)));

        var drawing = SceneDrawing.FromGraph(graph, StageImage.Filled(200, 150, Gray, Gray, Gray), new ImageEvidence(ImmutableArray<int>.Empty, [0]));

        Assert.NotNull(drawing.Objects[0].Mask);
        Assert.Equal(new HashSet<int> { 0, 1 }, drawing.HighlightObjects);
        Assert.Contains("masks", drawing.Caption);
        using var bitmap = new SceneRenderer(Hershey).Render(drawing);
        Assert.Equal(Rgb(SceneRenderer.ObjectColor(1)), At(bitmap, 189, 60));
    }

    [Fact]
    public void Text_painters_measure_and_wrap()
    {
        using var hershey = TextPainter.Create(14, allowSystemFonts: false);
        Assert.Equal("hershey", hershey.Description);
        Assert.True(hershey.Measure("abc") > 0);
        var lines = hershey.Wrap("the quick brown fox jumps over the lazy dog", hershey.Measure("the quick brown"));
        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(hershey.Measure(l) <= hershey.Measure("the quick brown")));
    }
}
