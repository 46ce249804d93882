using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Chat;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Tests.Writing;

public sealed class ItemWriterFactoryTests
{
    [Theory]
    [InlineData("jsonl", typeof(JsonLinesItemWriter))]
    [InlineData("llava", typeof(LlavaItemWriter))]
    [InlineData("llava-jsonl", typeof(LlavaItemWriter))]
    [InlineData("messages", typeof(MessagesItemWriter))]
    [InlineData("parquet", typeof(ParquetItemWriter))]
    public void Creates_the_writer_for_each_format(string format, Type expected)
    {
        using var temp = new TempDirectory();

        using var writer = ItemWriterFactory.Create(format, temp.File("out"));

        Assert.IsType(expected, writer);
    }

    [Fact]
    public void Llava_formats_differ_in_layout()
    {
        using var temp = new TempDirectory();

        using (var array = ItemWriterFactory.Create("llava", temp.File("a.json")))
        {
            array.Complete();
        }
        using (var lines = ItemWriterFactory.Create("llava-jsonl", temp.File("b.jsonl")))
        {
            lines.Complete();
        }

        Assert.Equal("[]\n", File.ReadAllText(temp.File("a.json")));
        Assert.Equal("", File.ReadAllText(temp.File("b.jsonl")));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("JSONL")]
    [InlineData("")]
    public void Unknown_format_lists_the_valid_names_and_creates_nothing(string format)
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<ArgumentException>(() => ItemWriterFactory.Create(format, temp.File("out")));

        Assert.Equal("format", error.ParamName);
        Assert.Contains("jsonl, llava, llava-jsonl, messages, parquet", error.Message, StringComparison.Ordinal);
        Assert.Empty(temp.Entries());
    }

    [Theory]
    [InlineData(null, "items.jsonl", "jsonl")]
    [InlineData(null, "items.json", "llava")]
    [InlineData(null, "data/Items.PARQUET", "parquet")]
    [InlineData(null, "items.out", "jsonl")]
    [InlineData(null, "items", "jsonl")]
    [InlineData("messages", "items.jsonl", "messages")]
    [InlineData("llava-jsonl", "items.jsonl", "llava-jsonl")]
    [InlineData("parquet", "items.bin", "parquet")]
    [InlineData("llava", "items.json", "llava")]
    public void The_format_follows_the_extension_when_not_given(string? format, string path, string expected) =>
        Assert.Equal(expected, ItemWriterFactory.ResolveFormat(format, path));

    [Theory]
    [InlineData("jsonl", "items.parquet", "--format jsonl writes .jsonl files, but --out items.parquet ends in .parquet (which means --format parquet)")]
    [InlineData("parquet", "items.json", "--format parquet writes .parquet files, but --out items.json ends in .json (which means --format llava)")]
    [InlineData("llava", "items.jsonl", "--format llava writes .json files, but --out items.jsonl ends in .jsonl (which means --format jsonl)")]
    [InlineData("messages", "x.parquet", "--format messages writes .jsonl files")]
    public void A_format_that_clashes_with_the_extension_is_an_error(string format, string path, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ItemWriterFactory.ResolveFormat(format, path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedding_images_is_refused_for_formats_that_hold_paths_only()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<ArgumentException>(() => ItemWriterFactory.Create("jsonl", temp.File("x.jsonl"), new ItemWriterOptions { EmbedImages = true }));

        Assert.Contains("--embed-images needs --format parquet", error.Message, StringComparison.Ordinal);
        Assert.Empty(temp.Entries());
    }
}
