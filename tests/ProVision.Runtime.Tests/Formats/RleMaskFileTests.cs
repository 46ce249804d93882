using System.Text.Json;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.Tests.Formats;

public sealed class RleMaskFileTests
{
    // The 3x4 example from RleCodecTests and a single pixel at (row 2, col 1).
    private static readonly RleMask First = new(3, 4, [0, 2, 2, 2, 3, 1, 1, 1]);
    private static readonly RleMask Second = new(3, 4, [5, 1, 6]);

    [Fact]
    public void RoundTripsMasksAndWritesTheDocumentedFields()
    {
        using var dir = new TempDirectory();
        var path = dir.File("img.rle.json");

        RleMaskFile.Write(path, "img", 3, 4, [("cat", First), ("ball", Second)]);
        var masks = RleMaskFile.Read(path);

        Assert.Equal(2, masks.Length);
        Assert.Equal<int>(First.Counts, masks[0].Counts);
        Assert.Equal<int>(Second.Counts, masks[1].Counts);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("img", root.GetProperty("image_id").GetString());
        Assert.Equal(3, root.GetProperty("height").GetInt32());
        var ball = root.GetProperty("masks")[1];
        Assert.Equal(1, ball.GetProperty("index").GetInt32());
        Assert.Equal("ball", ball.GetProperty("label").GetString());
        Assert.Equal(1, ball.GetProperty("area").GetInt32());
        Assert.Equal("[1,2,2,3]", ball.GetProperty("bbox_xyxy").GetRawText());
        Assert.Equal("[0,0,4,3]", root.GetProperty("masks")[0].GetProperty("bbox_xyxy").GetRawText());
        Assert.Equal("[3,4]", ball.GetProperty("segmentation").GetProperty("size").GetRawText());
    }

    [Fact]
    public void OrdersByIndexAndAcceptsCompressedCounts()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.rle.json");
        File.WriteAllText(path, Document(
            """{"index": 1, "segmentation": {"size": [3, 4], "counts": "02201ON0"}}""",
            """{"index": 0, "segmentation": {"size": [3, 4], "counts": [5, 1, 6]}}"""));

        var masks = RleMaskFile.Read(path);

        Assert.Equal<int>(Second.Counts, masks[0].Counts);
        Assert.Equal<int>(First.Counts, masks[1].Counts);
    }

    [Fact]
    public void MissingMasksIsReported()
    {
        var e = ReadFails("""{"image_id": "x", "height": 3, "width": 4}""", out var path);

        Assert.Contains($"{path}: masks: is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsOfTheWrongSumAreReportedWithTheirField()
    {
        var e = ReadFails(Document(
            """{"index": 0, "segmentation": {"size": [3, 4], "counts": [12]}}""",
            """{"index": 1, "segmentation": {"size": [3, 4], "counts": [5, 1, 5]}}"""), out var path);

        Assert.Contains($"{path}: masks[1].segmentation.counts: sum 11 != 3*4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"index": 0, "segmentation": {"size": [3, 5], "counts": [12]}}""", "masks[0].segmentation.size: [3, 5] is not [3, 4]")]
    [InlineData("""{"index": 0, "segmentation": {"size": [3, 4], "counts": [12, 1.5]}}""", "masks[0].segmentation.counts[1]: 1.5 is not a 32-bit integer")]
    [InlineData("""{"index": 0, "segmentation": {"size": [3, 4], "counts": [0, -1, 13]}}""", "masks[0].segmentation.counts: counts[1] = -1 is negative")]
    [InlineData("""{"index": 0, "segmentation": {"size": [3, 4], "counts": "0!"}}""", "masks[0].segmentation.counts: compressed RLE string: character '!'")]
    [InlineData("""{"index": 0, "area": 3, "segmentation": {"size": [3, 4], "counts": [5, 1, 6]}}""", "masks[0].area: 3 != 1")]
    [InlineData("""{"index": 3, "segmentation": {"size": [3, 4], "counts": [12]}}""", "masks[0].index: 3 is out of range")]
    [InlineData("""{"segmentation": {"size": [3, 4], "counts": [12]}}""", "masks[0].index: is missing")]
    [InlineData("""{"index": 0, "segmentation": {"size": [3, 4]}}""", "masks[0].segmentation.counts: is missing")]
    public void MalformedMaskFieldsAreReported(string mask, string expected)
    {
        var e = ReadFails(Document(mask), out var path);

        Assert.Contains($"{path}: {expected}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonIsReportedWithItsLine()
    {
        var e = ReadFails("{\"masks\": [\n  {,}\n]}", out var path);

        Assert.Contains($"{path}: not valid JSON at line 2", e.Message, StringComparison.Ordinal);
    }

    private static string Document(params string[] masks) =>
        $$"""{"image_id": "x", "height": 3, "width": 4, "format": "f", "masks": [{{string.Join(", ", masks)}}]}""";

    private static DataFormatException ReadFails(string json, out string path)
    {
        using var dir = new TempDirectory();
        path = dir.File("bad.rle.json");
        File.WriteAllText(path, json);
        var file = path;
        return Assert.Throws<DataFormatException>(() => RleMaskFile.Read(file));
    }
}
