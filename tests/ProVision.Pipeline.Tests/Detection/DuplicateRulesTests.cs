using ProVision.Pipeline.Detection;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Detection;

public sealed class DuplicateRulesTests
{
    private static readonly DuplicateRules Rules = new() { CrossClassIou = 0.7, SameLabelContainment = 0.8 };

    private static DetectedObject D(string label, float score, double x1, double y1, double x2, double y2) => new(label, new Box(x1, y1, x2, y2), score, 0);

    private static string[] Kept(DuplicateRules rules, params DetectedObject[] objects) =>
        rules.Apply(objects.OrderByDescending(o => o.Score)).Select(o => $"{o.Label} {o.Score}").ToArray();

    [Fact]
    public void One_cat_is_not_also_a_dog()
    {
        // chelsea.png with deimv2-atto: cat 0.71 and dog 0.52 on the same box.
        Assert.Equal(["cat 0.71"], Kept(Rules, D("cat", 0.71f, 4, 1, 436, 295), D("dog", 0.52f, 4, 1, 436, 295)));
    }

    [Fact]
    public void One_motorcycle_is_not_four_nested_boxes()
    {
        var kept = Kept(Rules,
            D("motorcycle", 0.9f, 100, 100, 400, 300),
            D("motorcycle", 0.6f, 120, 150, 250, 290),  // the front half, wholly inside
            D("motorcycle", 0.5f, 300, 200, 390, 295),  // a wheel
            D("motorcycle", 0.45f, 110, 110, 390, 290)); // nearly the same box
        Assert.Equal(["motorcycle 0.9"], kept);
    }

    [Fact]
    public void A_box_inside_a_weaker_box_of_its_label_wins_and_the_container_goes()
    {
        // baseball_2 with deimv2-atto: the upper bat 0.56 lies inside the whole bat 0.52.
        Assert.Equal(["baseball bat 0.56"], Kept(Rules, D("baseball bat", 0.52f, 366, 24, 434, 211), D("baseball bat", 0.56f, 372, 23, 434, 155)));
    }

    [Fact]
    public void Different_objects_that_overlap_are_kept()
    {
        var kept = Kept(Rules,
            D("person", 0.9f, 5, 20, 266, 375),            // the batter
            D("baseball bat", 0.7f, 205, 125, 348, 212),   // held across him: IoU 0.07
            D("person", 0.8f, 250, 30, 400, 375),          // a second player overlapping the first by a strip
            D("cup", 0.8f, 170, 17, 412, 305),             // a cup on a table: the table's box holds it whole,
            D("dining table", 0.8f, 0, 0, 600, 400));      // but the labels differ and their IoU is 0.29
        Assert.Equal(5, kept.Length);
    }

    [Fact]
    public void The_thresholds_are_where_the_rules_start_and_no_rules_keep_everything()
    {
        // IoU of these two boxes: 80 / 120 = 0.667 (below 0.7): kept; at 0.6 the weaker goes.
        var a = D("cat", 0.9f, 0, 0, 10, 10);
        var b = D("dog", 0.8f, 0, 2, 10, 12);
        Assert.Equal(2, Kept(Rules, a, b).Length);
        Assert.Single(Kept(Rules with { CrossClassIou = 0.6 }, a, b));
        // 79 % of the smaller box inside the bigger: kept at 0.8, dropped at 0.75.
        var big = D("person", 0.9f, 0, 0, 100, 100);
        var part = D("person", 0.5f, 21, 0, 121, 1);
        Assert.Equal(2, Kept(Rules, big, part).Length);
        Assert.Single(Kept(Rules with { SameLabelContainment = 0.75 }, big, part));
        Assert.Equal(4, Kept(DuplicateRules.None, a, b, big, part).Length);
    }

    [Fact]
    public void Postprocessing_drops_duplicates_on_the_final_labels_before_capping()
    {
        Candidate C(int cls, float score, double x1, double y1, double x2, double y2) => new(cls, score, new Box(x1, y1, x2, y2));
        var candidates = new[]
        {
            C(15, 0.7f, 4, 1, 436, 295),   // cat
            C(16, 0.5f, 4, 1, 436, 295),   // dog, same box
            C(32, 0.6f, 10, 10, 20, 20),   // sports ball, renamed ball
            C(37, 0.55f, 11, 11, 19, 19),  // surfboard renamed ball, inside the first ball
            C(0, 0.4f, 300, 0, 400, 100),  // person
        };
        var options = new DetectorOptions
        {
            Rename = new Dictionary<string, string> { ["sports ball"] = "ball", ["surfboard"] = "ball" },
            Duplicates = Rules,
            MaxObjects = 3,
        };

        var objects = DetectionPostprocessor.Finish(candidates, ClassNames.Coco80, nmsIou: null, options, 451, 300);

        Assert.Equal(["cat", "ball", "person"], objects.Select(o => o.Label));
    }
}
