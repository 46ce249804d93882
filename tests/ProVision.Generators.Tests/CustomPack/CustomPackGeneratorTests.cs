using static ProVision.Generators.Tests.CustomPack.ExampleCustomPack;

namespace ProVision.Generators.Tests.CustomPack;

/// <summary>The example custom pack's generators on hand-made graphs: exact answers, evidence, and when they stay silent.</summary>
public sealed class CustomPackGeneratorTests
{
    [Fact]
    public void LargestObject_answers_the_clearly_largest_object_with_the_other_labels_as_distractors()
    {
        var graph = Graph(
            Thing("cup", 10, 10, 40, 40),          // 900
            Thing("table", 0, 100, 300, 200),      // 30000
            Thing("cat", 200, 10, 300, 90));       // 8000

        var item = Assert.Single(Run("LargestObject", graph));

        Assert.Equal("table", item.Answer);
        Assert.Equal("the table", item.Response);
        Assert.Equal([1], EvidenceObjects(item));
        Assert.Equal("LargestObject", item.Generator);
    }

    [Fact]
    public void LargestObject_asks_nothing_when_two_labels_tie_within_the_margin()
    {
        var tie = Graph(Thing("bench", 20, 100, 120, 160), Thing("dog", 150, 100, 250, 160));          // 6000 and 6000
        var close = Graph(Thing("bench", 20, 100, 120, 160), Thing("dog", 150, 100, 260, 160));        // 6000 and 6600: 10% larger
        var clear = Graph(Thing("bench", 20, 100, 120, 160), Thing("dog", 150, 100, 280, 160));        // 6000 and 7800: 30% larger

        Assert.Empty(Run("LargestObject", tie));
        Assert.Empty(Run("LargestObject", close));
        Assert.Equal("dog", Assert.Single(Run("LargestObject", clear)).Answer);
    }

    [Fact]
    public void LargestObject_two_equally_large_objects_of_one_label_still_make_a_question()
    {
        var graph = Graph(Thing("car", 20, 150, 140, 220), Thing("car", 160, 150, 280, 220), Thing("person", 290, 120, 310, 220));

        var item = Assert.Single(Run("LargestObject", graph));

        Assert.Equal("car", item.Answer);
        Assert.Equal([0], EvidenceObjects(item));   // argmax keeps the first of equal keys
    }

    [Fact]
    public void LargestObject_needs_another_label_to_compare_with()
    {
        Assert.Empty(Run("LargestObject", Graph(Thing("cup", 0, 0, 10, 10), Thing("cup", 20, 0, 60, 40))));
    }

    [Fact]
    public void ColorLeftOf_answers_the_colour_of_the_only_object_left_of_a_unique_anchor()
    {
        var graph = Graph(
            Thing("cup", 60, 110, 90, 140, "red", "small"),   // left of the bowl, same row; "small" is not a colour
            Thing("bowl", 120, 105, 170, 140, "white"),
            Thing("lamp", 10, 0, 50, 40, "yellow"));        // above the row: left of nothing

        var item = Assert.Single(Run("ColorLeftOf", graph));

        Assert.Equal("red", item.Answer);
        Assert.Equal("bowl", item.Slot("anchor"));
        Assert.Equal([0, 1], EvidenceObjects(item));
        Assert.Contains("bowl", item.Prompt);
        Assert.DoesNotContain("red", item.Prompt);
    }

    [Fact]
    public void ColorLeftOf_asks_nothing_when_two_objects_are_left_of_the_anchor()
    {
        var graph = Graph(
            Thing("cup", 60, 110, 90, 140, "red"),
            Thing("apple", 95, 120, 110, 140, "red"),       // same colour, still two objects: "the object" is ambiguous
            Thing("bowl", 120, 105, 170, 140, "white"));

        Assert.DoesNotContain(Run("ColorLeftOf", graph), i => i.Slot("anchor") == "bowl");
    }

    [Fact]
    public void ColorLeftOf_asks_nothing_when_the_object_has_two_colours_or_the_anchor_label_repeats()
    {
        var twoColours = Graph(Thing("cup", 60, 110, 90, 140, "red", "white"), Thing("bowl", 120, 105, 170, 140, "white"));
        var repeatedAnchor = Graph(
            Thing("cup", 60, 110, 90, 140, "red"),
            Thing("bowl", 120, 105, 170, 140, "white"),
            Thing("bowl", 200, 105, 250, 140, "blue"));

        Assert.Empty(Run("ColorLeftOf", twoColours));
        Assert.Empty(Run("ColorLeftOf", repeatedAnchor));
    }

    [Fact]
    public void CountByColor_counts_objects_of_each_colour_across_labels()
    {
        var graph = Graph(
            Thing("cup", 0, 0, 10, 10, "red"),
            Thing("apple", 20, 0, 30, 10, "red", "small"),
            Thing("bowl", 40, 0, 50, 10, "white"),
            Thing("table", 0, 50, 300, 200, "wooden"));      // a material, not a colour

        var items = Run("CountByColor", graph);

        Assert.Equal(["red", "white"], items.Select(i => i.Slot("color")));
        Assert.Equal(["2", "1"], items.Select(i => i.Answer));
        Assert.Equal([0, 1], EvidenceObjects(items[0]));
        Assert.Equal([2], EvidenceObjects(items[1]));
    }

    [Fact]
    public void CountByColor_skips_a_colour_that_an_uncountable_object_has()
    {
        var graph = Graph(
            Thing("tree", 250, 20, 310, 120, "green"),
            Thing("grass", 0, 220, 320, 240, "green"),        // "how many green objects" cannot count grass
            Thing("car", 20, 150, 140, 220, "blue"));

        var item = Assert.Single(Run("CountByColor", graph));

        Assert.Equal("blue", item.Slot("color"));
        Assert.Equal("1", item.Answer);
    }
}
