using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Writing;

public sealed class ItemWriterFactoryTests
{
    [Theory]
    [InlineData("jsonl", typeof(JsonLinesItemWriter))]
    [InlineData("llava", typeof(LlavaItemWriter))]
    [InlineData("llava-jsonl", typeof(LlavaItemWriter))]
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
        Assert.Contains("jsonl, llava, llava-jsonl, parquet", error.Message, StringComparison.Ordinal);
        Assert.Empty(temp.Entries());
    }
}
