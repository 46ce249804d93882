using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class SpatialPredicatesTests
{
    private static readonly Box s_left = new(0, 40, 20, 60), s_right = new(60, 40, 80, 60), s_top = new(30, 0, 50, 10), s_far = new(300, 300, 310, 310);

    [Fact]
    public void Left_right_above_below_follow_the_box_centres()
    {
        Assert.True(SpatialPredicates.CouldHold(s_left, "to the left of", s_right));
        Assert.False(SpatialPredicates.CouldHold(s_right, "to the left of", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_right, "To the right of ", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_top, "above", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_left, "under", s_top));
        Assert.False(SpatialPredicates.CouldHold(s_top, "below", s_left));
    }

    [Fact]
    public void Near_needs_a_small_gap_and_other_predicates_are_never_borne_out()
    {
        Assert.False(SpatialPredicates.CouldHold(s_left, "next to", s_right)); // gap 40 > half of the larger side (20)
        Assert.True(SpatialPredicates.CouldHold(s_left, "next to", new Box(25, 40, 45, 60)));  // gap 5
        Assert.False(SpatialPredicates.CouldHold(s_left, "near", s_far));
        Assert.False(SpatialPredicates.CouldHold(s_left, "holding", s_right));
        Assert.False(SpatialPredicates.CouldHold(s_left, "behind", s_right));
    }

    [Fact]
    public void In_an_image_the_documented_definitions_inside_their_margins_are_borne_out()
    {
        // 8 px apart in a 200 x 200 image: gap / diagonal 0.028 <= 0.05 + 0.02, though more than half the larger side.
        Box cup = new(10, 10, 20, 20), bowl = new(28, 10, 38, 20);
        Assert.False(SpatialPredicates.CouldHold(cup, "near", bowl));
        Assert.True(SpatialPredicates.CouldHold(cup, "near", bowl, 200, 200));
        Assert.False(SpatialPredicates.CouldHold(cup, "near", new Box(60, 10, 70, 20), 200, 200)); // gap 40: 0.14 of the diagonal

        Box table = new(0, 20, 100, 60), mug = new(40, 12, 50, 22), spot = new(42, 30, 48, 36);
        Assert.True(SpatialPredicates.CouldHold(mug, "on", table, 200, 200)); // bottom 0.05 of the table's height into it
        Assert.True(SpatialPredicates.CouldHold(table, "under", mug, 200, 200));
        Assert.False(SpatialPredicates.CouldHold(table, "on", mug, 200, 200));
        Assert.True(SpatialPredicates.CouldHold(spot, "inside", table, 200, 200));
        Assert.True(SpatialPredicates.CouldHold(table, "contains", spot, 200, 200));
        Assert.True(SpatialPredicates.CouldHold(cup, "overlapping", new Box(15, 10, 25, 20), 200, 200)); // half the smaller box
        Assert.False(SpatialPredicates.CouldHold(cup, "overlapping", bowl, 200, 200));
        Assert.True(SpatialPredicates.CouldHold(cup, "next to", new Box(25, 12, 35, 22), 200, 200)); // gap 0.5 of the mean width
        Assert.False(SpatialPredicates.CouldHold(cup, "holding", bowl, 200, 200));
    }

    [Fact]
    public void The_same_predicate_object_asked_again_after_others_gets_the_answer_of_its_own_spelling()
    {
        // Normalize remembers the last predicate by reference: asking "Left of " after "above" and again must not
        // answer with the previous predicate's normal form.
        var spaced = new string("  Left of ".AsSpan());
        var above = new string("above".AsSpan());
        Assert.True(SpatialPredicates.CouldHold(s_left, spaced, s_right));
        Assert.False(SpatialPredicates.CouldHold(s_left, above, s_top));
        Assert.True(SpatialPredicates.CouldHold(s_top, above, s_left));
        Assert.True(SpatialPredicates.CouldHold(s_left, spaced, s_right));
        Assert.False(SpatialPredicates.CouldHold(s_right, spaced, s_left));
        Assert.False(SpatialPredicates.CouldHold(s_right, "holding", s_left));
        Assert.True(SpatialPredicates.CouldHold(s_left, spaced, s_right, 100, 100));
    }
    // Predicates a rule names and predicates none does (of the data sets' common ones), in several spellings.
    private static readonly string[] s_asked =
    [
        "to the left of", "left of", "on the left of", "to the right of", "right of", "on the right of", "above", "over", "below",
        "under", "beneath", "underneath", "near", "next to", "beside", "by", "close to", "on", "on top of", "sitting on",
        "standing on", "inside", "in", "inside of", "within", "contains", "containing", "overlapping", " Near ", "ON",
        "holding", "behind", "wearing", "has", "of", "with", "in front of", "riding", "looking at", "covering", "along",
        "parked on", "hanging on", "walking on", "at", "around", "against", "", "to the left", "leftof",
    ];

    [Fact]
    public void In_a_graph_a_predicate_no_rule_names_is_never_borne_out_and_a_named_one_is_asked_of_the_boxes()
    {
        // The graph overload answers an unnamed predicate without the boxes; over boxes in every arrangement (apart,
        // touching, nested, overlapping, stacked), it must answer as the boxes do, and an unnamed one never holds.
        Box[] boxes = [s_left, s_right, s_top, s_far, new(25, 40, 45, 60), new(5, 45, 15, 55), new(0, 0, 100, 100), new(10, 30, 30, 45), new(0, 58, 20, 90), new(10, 40, 70, 60)];
        var graph = new SceneGraph("img", null, 320, 320, [.. boxes.Select(b => new SceneObject("thing", b))], []);
        var held = 0;
        foreach (var predicate in s_asked)
        {
            var ruled = SpatialPredicates.IsRuled(predicate.Trim().ToLowerInvariant());
            for (var a = 0; a < boxes.Length; a++)
            {
                for (var b = 0; b < boxes.Length; b++)
                {
                    var byBoxes = SpatialPredicates.CouldHold(boxes[a], predicate, boxes[b], graph.Width, graph.Height);
                    Assert.True(ruled || !byBoxes, $"'{predicate}' holds of boxes {a}, {b} but no rule names it");
                    Assert.True(byBoxes == SpatialPredicates.CouldHold(graph, a, predicate, b), $"'{predicate}' of objects {a}, {b}");
                    held += byBoxes ? 1 : 0;
                }
            }
        }
        Assert.True(held > 100, $"{held}");
    }

    [Fact]
    public void A_drawn_image_answers_from_its_kept_boxes_as_the_graph_added()
    {
        // A drawn image reads two boxes without building its objects (and keeps them for its next draw): for every
        // predicate and object pair, the answer of the graph added, on the first draw and the next.
        Box[] boxes = [s_left, s_right, s_top, s_far, new(25, 40, 45, 60), new(5.5, 45, 15, 55.25), new(0, 0, 100, 100), new(10, 30, 30, 45)];
        var graph = new SceneGraph("img", null, 320, 240, [.. boxes.Select((b, i) => new SceneObject("thing" + (i % 3), b, i % 2 == 0 ? null : 0.5))], []);
        var index = new DataSetIndex([new SceneGraph("other", null, 10, 10, [new SceneObject("zebra", s_far)], []), graph]);
        foreach (var drawn in new[] { index[1], index[1] })
        {
            foreach (var predicate in s_asked)
            {
                for (var a = 0; a < boxes.Length; a++)
                {
                    for (var b = 0; b < boxes.Length; b++)
                    {
                        Assert.True(SpatialPredicates.CouldHold(graph, a, predicate, b) == SpatialPredicates.CouldHold(drawn, a, predicate, b), $"'{predicate}' of objects {a}, {b}");
                    }
                }
            }
        }
    }
}
