using System.Text;
using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Writing;

public sealed class JsonLinesItemWriterTests
{
    [Fact]
    public void Writes_exact_bytes_one_record_per_lf_terminated_line()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");

        using (var writer = new JsonLinesItemWriter(path))
        {
            writer.Write(TestItems.Single());
            writer.Write(TestItems.Multi());
            writer.Complete();
        }

        var expected = Encoding.UTF8.GetBytes(TestItems.SingleJson + "\n" + TestItems.MultiJson + "\n");
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void Output_has_no_bom_and_no_carriage_returns()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");

        using (var writer = new JsonLinesItemWriter(path))
        {
            foreach (var item in TestItems.Many(5))
            {
                writer.Write(item);
            }
            writer.Write(TestItems.Unicode());
            writer.Complete();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 BOM written");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(6, bytes.Count(b => b == (byte)'\n'));
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Unicode_prompt_survives_and_stays_readable_in_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");

        using (var writer = new JsonLinesItemWriter(path))
        {
            writer.Write(TestItems.Unicode());
            writer.Complete();
        }

        var text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        Assert.Contains("Äpfel liegen auf dem Tisch? 日本語 «café» <b>&", text, StringComparison.Ordinal);
        var lines = File.ReadAllLines(path);
        var item = GeneratedItemJson.Parse(lines[0], path, 1);
        Assert.Equal(TestItems.UnicodePrompt, item.Prompt);
        Assert.Equal("küche_7/CountGenerator/1", item.Id);
    }

    [Fact]
    public void No_items_gives_an_empty_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");

        using (var writer = new JsonLinesItemWriter(path))
        {
            writer.Complete();
        }

        Assert.Empty(File.ReadAllBytes(path));
    }

    [Fact]
    public void Every_line_reads_back_to_the_item_written()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");
        var items = TestItems.Many(20);

        using (var writer = new JsonLinesItemWriter(path))
        {
            foreach (var item in items)
            {
                writer.Write(item);
            }
            writer.Complete();
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(items.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(GeneratedItemJson.Serialize(items[i]), GeneratedItemJson.Serialize(GeneratedItemJson.Parse(lines[i], path, i + 1)));
        }
    }
}
