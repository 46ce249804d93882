using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Cli.Tests;

/// <summary>generate's output choices: the format from the extension, clashes, --image-root, --embed-images, --chat.</summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs(string image = "images/g{0}.jpg")
    {
        Directory.CreateDirectory(_dir.File("images"));
        for (var i = 0; i < 3; i++) File.WriteAllBytes(_dir.File($"images/g{i}.jpg"), [0xFF, 0xD8, (byte)i]);
        return _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, 3).Select(i =>
            $"{{'image_id': 'g{i}', 'image': '{string.Format(System.Globalization.CultureInfo.InvariantCulture, image, i)}', 'width': 100, 'height': 100, 'objects': [{{'label': 'dog', 'box': [0, 0, 10, 10]}}]}}")) + "\n");
    }

    private (int Code, string Out, string Err) Generate(string graphs, params string[] extra) =>
        CliRunner.Run(["generate", "--graphs", graphs, "--generators", "ExistsObjectGenerator", "--seed", "3", "--no-card", .. extra]);

    [Theory]
    [InlineData("items.parquet", "PAR1")]
    [InlineData("items.json", "[\n{\"id\"")]
    [InlineData("items.jsonl", "{\"id\":\"g0/")]
    public void Without_format_the_extension_of_out_decides(string name, string start)
    {
        var output = _dir.File(name);

        var (code, _, err) = Generate(Graphs(), "--out", output);

        Assert.True(code == 0, err);
        Assert.StartsWith(start, File.ReadAllText(output));
    }

    [Theory]
    [InlineData("jsonl", "items.parquet")]
    [InlineData("parquet", "items.json")]
    [InlineData("messages", "items.json")]
    public void A_format_that_clashes_with_the_extension_is_an_error_and_nothing_is_written(string format, string name)
    {
        var output = _dir.File(name);

        var (code, _, err) = Generate(Graphs(), "--format", format, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"error: --format {format} writes", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Image_root_makes_paths_relative_and_an_image_outside_it_fails_with_the_item()
    {
        var graphs = Graphs();
        var output = _dir.File("items.jsonl");
        Assert.Equal(0, Generate(graphs, "--out", output, "--image-root", _dir.File("images")).Code);
        Assert.Contains("\"images\":[\"g0.jpg\"]", File.ReadAllText(output), StringComparison.Ordinal);

        var outside = _dir.File("outside.jsonl");
        var (code, _, err) = Generate(Graphs("../elsewhere/g{0}.jpg"), "--out", outside, "--image-root", _dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("image ../elsewhere/g0.jpg", err, StringComparison.Ordinal);
        Assert.Contains("is outside --image-root", err, StringComparison.Ordinal);
        Assert.False(File.Exists(outside));

        Assert.Equal(1, Generate(graphs, "--out", outside, "--image-root", _dir.File("missing")).Code);
    }

    [Fact]
    public void Embedded_parquet_with_messages_reads_back_with_bytes_and_its_layout()
    {
        var output = _dir.File("items.parquet");

        var (code, _, err) = Generate(Graphs(), "--out", output, "--embed-images", "--chat", "messages", "--image-root", _dir.Path);

        Assert.True(code == 0, err);
        Assert.Equal(new ParquetLayout(ChatColumn.Messages, EmbedImages: true), ParquetItemReader.Layout(output));
        var items = ParquetItemReader.ReadItems(output).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("images/g0.jpg", items[0].Images[0]);
    }

    [Fact]
    public void Embedding_needs_parquet_and_existing_files()
    {
        var graphs = Graphs();
        var (code, _, err) = Generate(graphs, "--out", _dir.File("x.jsonl"), "--embed-images");
        Assert.Equal(1, code);
        Assert.Contains("--embed-images needs Parquet output", err, StringComparison.Ordinal);

        File.Delete(_dir.File("images/g1.jpg"));
        (code, _, err) = Generate(graphs, "--out", _dir.File("x.parquet"), "--embed-images");
        Assert.Equal(2, code);
        Assert.Contains("cannot embed image images/g1.jpg", err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("x.parquet")));
    }
}
