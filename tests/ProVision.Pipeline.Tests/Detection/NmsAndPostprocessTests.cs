using ProVision.Pipeline.Detection;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Detection;

public sealed class NmsAndPostprocessTests
{
    private static Candidate C(int cls, float score, double x1, double y1, double x2, double y2) => new(cls, score, new Box(x1, y1, x2, y2));

    [Fact]
    public void Nms_drops_overlapping_boxes_of_one_class_and_keeps_other_classes()
    {
        var candidates = new[]
        {
            C(0, 0.6f, 0, 0, 10, 10),
            C(0, 0.9f, 1, 0, 11, 10),  // IoU with the first: 90 / 110 = 0.82
            C(1, 0.5f, 0, 0, 10, 10),  // same place, other class
            C(0, 0.4f, 20, 20, 30, 30), // elsewhere
        };

        var kept = Nms.Apply(candidates, 0.5);

        Assert.Equal([0.9f, 0.5f, 0.4f], kept.Select(k => k.Score));
        Assert.Equal([0, 1, 0], kept.Select(k => k.ClassId));
    }

    [Fact]
    public void Class_agnostic_nms_and_the_keep_limit()
    {
        var candidates = new[] { C(0, 0.6f, 0, 0, 10, 10), C(1, 0.9f, 1, 0, 11, 10), C(2, 0.3f, 50, 50, 60, 60) };

        Assert.Equal([0.9f, 0.3f], Nms.Apply(candidates, 0.5, classAware: false).Select(k => k.Score));
        Assert.Equal([0.9f], Nms.Apply(candidates, 0.5, classAware: false, maxKeep: 1).Select(k => k.Score));
    }

    [Fact]
    public void Nms_keeps_boxes_whose_overlap_is_at_the_threshold_and_breaks_ties_by_input_order()
    {
        // IoU exactly 1/3: kept at threshold 1/3 (only strictly larger overlaps suppress).
        var candidates = new[] { C(0, 0.5f, 0, 0, 10, 10), C(0, 0.5f, 5, 0, 15, 10) };

        var kept = Nms.Apply(candidates, 1.0 / 3);

        Assert.Equal([0.0, 5.0], kept.Select(k => k.Box.X1));
    }

    [Fact]
    public void Postprocessing_names_renames_filters_clips_rounds_and_caps()
    {
        var candidates = new[]
        {
            C(32, 0.7f, 366.123456, 176, 389, 198),
            C(0, 0.9f, -4, 17, 250, 405),     // clipped to the 401x400 image
            C(34, 0.4f, 200, 120, 200.5, 200), // 0.5 px wide: dropped
            C(99, 0.35f, 10, 10, 20, 20),      // beyond the class list
            C(2, 0.3f, 10, 10, 20, 20),        // "car": not kept
        };
        var options = new DetectorOptions
        {
            Rename = new Dictionary<string, string> { ["sports ball"] = "ball" },
            Keep = new HashSet<string> { "person", "ball", "baseball bat", "class_99" },
            MaxObjects = 3,
        };

        var objects = DetectionPostprocessor.Finish(candidates, ClassNames.Coco80, nmsIou: null, options, 401, 400);

        Assert.Equal(["person", "ball", "class_99"], objects.Select(o => o.Label));
        Assert.Equal(new Box(0, 17, 250, 400), objects[0].Box);
        Assert.Equal(366.12, objects[1].Box.X1);
        Assert.Equal(99, objects[2].ClassId);
    }

    [Fact]
    public void Max_objects_counts_only_objects_that_are_kept()
    {
        var candidates = Enumerable.Range(0, 10).Select(i => C(i % 2, 1f - (i * 0.05f), i * 20, 0, (i * 20) + 10, 10)).ToArray();

        var objects = DetectionPostprocessor.Finish(candidates, ClassNames.Coco80, 0.5, new DetectorOptions { MaxObjects = 3, Keep = new HashSet<string> { "bicycle" } }, 1000, 1000);

        Assert.Equal(3, objects.Count);
        Assert.All(objects, o => Assert.Equal("bicycle", o.Label));
    }

    [Fact]
    public void Coco80_has_80_names_in_detector_order()
    {
        Assert.Equal(80, ClassNames.Coco80.Count);
        Assert.Equal("person", ClassNames.Coco80[0]);
        Assert.Equal("sports ball", ClassNames.Coco80[32]);
        Assert.Equal("baseball bat", ClassNames.Coco80[34]);
        Assert.Equal("toothbrush", ClassNames.Coco80[79]);
        Assert.Equal(80, ClassNames.Coco80.Distinct().Count());
    }
}
