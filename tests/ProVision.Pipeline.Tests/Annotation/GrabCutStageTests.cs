using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Annotation;

/// <summary>The segment stage's per-image pixel budget and its parallel boxes.</summary>
public sealed class GrabCutStageTests
{
    /// <summary>A 640x480 grey picture with <paramref name="count"/> coloured squares of <paramref name="side"/> px, each with its box (10 px margin).</summary>
    private static AnnotationFrame Frame(int count, int side)
    {
        var image = RgbImage.Filled(640, 480, 200, 200, 200);
        var objects = new List<DetectedObject>();
        for (var n = 0; n < count; n++)
        {
            var x = 20 + (n % 5 * 120);
            var y = 20 + (n / 5 * 230);
            var colour = (byte)(30 + (n * 20));
            for (var py = y + 10; py < y + 10 + side; py++)
            {
                for (var px = x + 10; px < x + 10 + side; px++)
                {
                    var i = ((py * image.Width) + px) * 3;
                    (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) = (colour, 40, (byte)(255 - colour));
                }
            }
            objects.Add(new DetectedObject("thing", new Box(x, y, x + side + 20, y + side + 20), 0.9f, 0));
        }
        return new AnnotationFrame("synthetic", null, image, objects);
    }

    private static long WorkingPixels(GrabCutStageSegmenter stage, AnnotationFrame frame, int side) =>
        frame.Objects.Sum(o => new GrabCutSegmenter(stage.Options).WorkingPixels(PixelRect.FromBox(o.Box, frame.Width, frame.Height), frame.Width, frame.Height, side));

    [Fact]
    public void Few_boxes_are_worked_at_the_full_side_and_many_large_ones_share_the_budget()
    {
        var stage = new GrabCutStageSegmenter(new GrabCutOptions { MaxSide = 200 }, new GrabCutStageOptions { PixelBudget = 60_000, MinSide = 64 });

        var few = Frame(1, 180);
        Assert.Equal(200, stage.WorkingSide(few));

        var many = Frame(10, 180);
        var side = stage.WorkingSide(many);
        Assert.InRange(side, 64, 199);
        Assert.True(WorkingPixels(stage, many, side) <= 60_000, $"side {side}: {WorkingPixels(stage, many, side)} px");
        Assert.True(WorkingPixels(stage, many, side + 8) > 60_000, "the largest side within the budget is taken (8 px steps)");

        var unbounded = new GrabCutStageSegmenter(new GrabCutOptions { MaxSide = 200 }, new GrabCutStageOptions { PixelBudget = 0 });
        Assert.Equal(200, unbounded.WorkingSide(many));

        var floor = new GrabCutStageSegmenter(new GrabCutOptions { MaxSide = 200 }, new GrabCutStageOptions { PixelBudget = 1_000, MinSide = 96 });
        Assert.Equal(96, floor.WorkingSide(many)); // never below the floor, whatever the budget
    }

    [Fact]
    public void Masks_do_not_depend_on_how_many_boxes_run_at_once()
    {
        var frame = Frame(8, 90);
        using var one = new GrabCutStageSegmenter(stage: new GrabCutStageOptions { Threads = 1 });
        using var four = new GrabCutStageSegmenter(stage: new GrabCutStageOptions { Threads = 4 });

        var a = one.Segment(frame)!;
        var b = four.Segment(frame)!;

        Assert.Equal(8, a.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal((a[i].Left, a[i].Top, a[i].Mask.Width, a[i].Mask.Height), (b[i].Left, b[i].Top, b[i].Mask.Width, b[i].Mask.Height));
            Assert.True(a[i].Mask.Pixels.SequenceEqual(b[i].Mask.Pixels), $"object {i}");
            // GrabCut found the square inside the box (not the box itself): 90x90 of the 110x110 box.
            Assert.InRange(a[i].Mask.Area, 90 * 90 * 0.9, 90 * 90 * 1.1);
        }
    }
}
