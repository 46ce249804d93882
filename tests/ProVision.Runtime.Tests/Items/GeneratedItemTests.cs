using System.Collections.Immutable;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Tests.Items;

public sealed class GeneratedItemTests
{
    [Fact]
    public void Optional_parts_default_to_empty_and_evidence_to_one_empty_entry_per_image()
    {
        var item = new GeneratedItem("a/G/0", "G", 0, ["x.png", "y.png"], "q", "r", "a");

        Assert.Empty(item.Choices);
        Assert.Empty(item.Slots);
        Assert.Empty(item.Tags);
        Assert.Equal(2, item.Evidence.PerImage.Length);
        Assert.All(item.Evidence.PerImage, e => Assert.Equal(ImageEvidence.None, e));
        Assert.True(item.ImageTokenFirst);
        Assert.True(item.IsMultiImage);
    }

    [Fact]
    public void Slot_lookup_is_by_exact_name()
    {
        var item = TestItems.Single();

        Assert.Equal("bat", item.Slot("name"));
        Assert.Null(item.Slot("Name"));
    }

    [Fact]
    public void Rejects_an_item_without_images()
    {
        var error = Assert.Throws<ArgumentException>(() => new GeneratedItem("a", "G", 0, [], "q", "r", "a"));
        Assert.Equal("images", error.ParamName);
    }

    [Fact]
    public void Rejects_evidence_whose_entry_count_differs_from_the_image_count()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GeneratedItem("a", "G", 0, ["x.png", "y.png"], "q", "r", "a", evidence: Evidence.Single([0], [])));
        Assert.Equal("evidence", error.ParamName);
    }

    [Fact]
    public void Rejects_duplicate_slot_and_tag_names()
    {
        Assert.Throws<ArgumentException>(() =>
            new GeneratedItem("a", "G", 0, ["x.png"], "q", "r", "a", slots: [new("n", "1"), new("n", "2")]));
        Assert.Throws<ArgumentException>(() =>
            new GeneratedItem("a", "G", 0, ["x.png"], "q", "r", "a", tags: [new("t", [1]), new("t", [2])]));
    }

    [Fact]
    public void Rejects_empty_id_and_negative_evidence_index()
    {
        Assert.Throws<ArgumentException>(() => new GeneratedItem("", "G", 0, ["x.png"], "q", "r", "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageEvidence([-1], []));
    }

    [Fact]
    public void Tag_values_keep_their_kind()
    {
        TagValue text = "bat";
        TagValue number = 3L;

        Assert.True(text.IsString);
        Assert.Equal("bat", text.AsString);
        Assert.True(number.IsNumber);
        Assert.Equal(3, number.AsNumber);
        Assert.NotEqual(TagValue.FromString("3"), number);
        Assert.Throws<InvalidOperationException>(() => number.AsString);
        Assert.Throws<InvalidOperationException>(() => text.AsNumber);
    }

    [Fact]
    public void Evidence_compares_by_value()
    {
        Assert.Equal(Evidence.Single([1, 2], [0]), Evidence.Single(ImmutableArray.Create(1, 2), ImmutableArray.Create(0)));
        Assert.NotEqual(Evidence.Single([1], []), Evidence.Single([], [1]));
    }
}
