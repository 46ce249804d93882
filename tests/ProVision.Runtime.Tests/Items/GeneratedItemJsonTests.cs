using ProVision.Runtime.Items;

namespace ProVision.Runtime.Tests.Items;

public sealed class GeneratedItemJsonTests
{
    [Fact]
    public void Serialises_the_sample_record_with_keys_in_documented_order()
    {
        Assert.Equal(TestItems.SingleJson, GeneratedItemJson.Serialize(TestItems.Single()));
    }

    [Fact]
    public void Multi_image_evidence_is_written_per_image()
    {
        Assert.Equal(TestItems.MultiJson, GeneratedItemJson.Serialize(TestItems.Multi()));
    }

    [Fact]
    public void Non_ascii_text_stays_readable_and_only_required_characters_are_escaped()
    {
        var json = GeneratedItemJson.Serialize(TestItems.Unicode());

        Assert.Contains("\"prompt\":\"Wie viele Äpfel liegen auf dem Tisch? 日本語 «café» <b>&'\\\"\\\\\\t\"", json, StringComparison.Ordinal);
    }

    public static TheoryData<string> RoundTripCases => new() { TestItems.SingleJson, TestItems.MultiJson };

    [Theory]
    [MemberData(nameof(RoundTripCases))]
    public void Parse_then_serialise_gives_back_the_same_bytes(string line)
    {
        var item = GeneratedItemJson.Parse(line, "items.jsonl", 1);

        Assert.Equal(line, GeneratedItemJson.Serialize(item));
    }

    [Fact]
    public void Parse_reads_every_field()
    {
        var item = GeneratedItemJson.Parse(TestItems.MultiJson, "items.jsonl", 1);

        Assert.Equal("CompareCountGenerator", item.Generator);
        Assert.Equal(4, item.Template);
        Assert.Equal<string>(["images/a.png", "images/b.png"], item.Images);
        Assert.Empty(item.Choices);
        Assert.Equal(new ImageEvidence([1], [0]), item.Evidence.PerImage[1]);
        Assert.Equal<TagValue>([TagValue.FromNumber(2), TagValue.FromNumber(3)], item.Tags[1].Value);
        Assert.Equal(TestItems.Unicode().Prompt, GeneratedItemJson.Parse(GeneratedItemJson.Serialize(TestItems.Unicode()), "u", 1).Prompt);
    }

    /// <summary>Each case replaces one fragment of the sample line (an empty fragment: the whole line).</summary>
    [Theory]
    [InlineData("", "{\"id\": ", "(record)", "not valid JSON")]
    [InlineData("", "[]", "(record)", "expected an object, got an array")]
    [InlineData("\"template\":17,", "", "template", "missing")]
    [InlineData("\"template\":17", "\"template\":1.5", "template", "expected a 32-bit integer")]
    [InlineData("\"objects\":[1]", "\"objects\":[\"1\"]", "evidence.objects[0]", "expected a number, got a string")]
    [InlineData("\"objects\":[1]", "\"objects\":[-1]", "evidence.objects[0]", "index must be non-negative")]
    [InlineData("\"count\":[1]", "\"count\":[1.25]", "tags.count[0]", "64-bit integers")]
    [InlineData("\"choices\":[", "\"extra\":1,\"choices\":[", "extra", "unknown key")]
    [InlineData("\"choices\":[", "\"id\":\"again\",\"choices\":[", "id", "duplicate key")]
    [InlineData("\"name\":\"bat\"", "\"name\":7", "slots.name", "expected a string, got a number")]
    [InlineData("\"evidence\":{\"objects\":[1],\"relations\":[]}", "\"evidence\":{\"images\":[]}", "evidence.images", "single-image item has flat evidence")]
    [InlineData("\"relations\":[]", "\"relations\":[],\"boxes\":[]", "evidence.boxes", "unknown key")]
    [InlineData("\"id\":\"baseball_1/ExistsObjectGenerator/0\"", "\"id\":\"\"", "id", "empty")]
    public void Parse_errors_name_file_line_and_field(string find, string replace, string field, string problem)
    {
        var line = find.Length == 0 ? replace : TestItems.SingleJson.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(TestItems.SingleJson, line);

        var error = Assert.Throws<ItemFormatException>(() => GeneratedItemJson.Parse(line, "out/items.jsonl", 42));

        Assert.Equal(field, error.Field);
        Assert.Equal(42, error.LineNumber);
        Assert.StartsWith($"out/items.jsonl:42: field '{field}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Multi_image_record_with_wrong_evidence_count_is_rejected()
    {
        var line = TestItems.MultiJson.Replace(",{\"objects\":[1],\"relations\":[0]}", "", StringComparison.Ordinal);

        var error = Assert.Throws<ItemFormatException>(() => GeneratedItemJson.Parse(line, "f", 3));

        Assert.Equal("evidence.images", error.Field);
        Assert.Contains("expected 2 entries", error.Message, StringComparison.Ordinal);
    }
}
