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

    /// <summary>
    /// Up to 16 keys are compared pairwise, more are hashed (<c>RepeatedKeys</c>, docs/performance.md, session 10): on
    /// both sides of that line the first repeated key is the one reported, wherever the repeat is, and distinct keys
    /// that share a prefix or differ in case pass.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void The_first_repeated_slot_or_tag_name_is_reported_at_any_count(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? $"k{i}" : $"K{i - 1}").ToArray();
        ImmutableArray<KeyValuePair<string, string>> Slots(string[] keys) => [.. keys.Select(k => new KeyValuePair<string, string>(k, "v"))];
        ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> Tags(string[] keys) =>
            [.. keys.Select(k => new KeyValuePair<string, ImmutableArray<TagValue>>(k, [1]))];

        var distinct = new GeneratedItem("a/G/0", "G", 0, ["x.png"], "q", "r", "a", slots: Slots(names), tags: Tags(names));
        Assert.Equal(names, distinct.Slots.Select(s => s.Key));
        Assert.Equal(names, distinct.Tags.Select(t => t.Key));

        foreach (var (repeat, of) in new[] { (count - 1, 0), (1, 0), (count - 1, count - 2) })
        {
            var keys = (string[])names.Clone();
            keys[repeat] = keys[of];
            var first = repeat - 1 > of ? repeat - 1 : repeat;
            keys[first] = keys[of]; // where two repeat the same key, the earlier repeat is the one reported
            var slotError = Assert.Throws<ArgumentException>(() => new GeneratedItem("a/G/0", "G", 0, ["x.png"], "q", "r", "a", slots: Slots(keys)));
            Assert.Contains($"Duplicate slot '{keys[first]}'", slotError.Message, StringComparison.Ordinal);
            var tagError = Assert.Throws<ArgumentException>(() => new GeneratedItem("a/G/0", "G", 0, ["x.png"], "q", "r", "a", tags: Tags(keys)));
            Assert.Contains($"Duplicate tag '{keys[first]}'", tagError.Message, StringComparison.Ordinal);
        }
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
