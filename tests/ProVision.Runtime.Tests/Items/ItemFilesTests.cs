using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Writing;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Items;

public sealed class ItemFilesTests
{
    [Theory]
    [InlineData("jsonl", "a.jsonl", ItemFileKind.JsonLines)]
    [InlineData("llava", "a.json", ItemFileKind.LlavaArray)]
    [InlineData("llava-jsonl", "a.jsonl", ItemFileKind.LlavaLines)]
    [InlineData("messages", "a.jsonl", ItemFileKind.Messages)]
    [InlineData("parquet", "a.parquet", ItemFileKind.Parquet)]
    public void Every_format_is_recognised_and_counted_by_generator(string format, string name, ItemFileKind kind)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        using (var writer = ItemWriterFactory.Create(format, path))
        {
            writer.Write(TestItems.Single());
            writer.Write(TestItems.Multi());
            foreach (var item in TestItems.Many(3)) writer.Write(item);
            writer.Complete();
        }

        Assert.Equal(kind, ItemFiles.KindOf(path));
        Assert.Equal([new("ExistsObjectGenerator", 4L), new("CompareCountGenerator", 1L)], ItemFiles.CountByGenerator(path));
    }

    [Fact]
    public void Items_are_read_back_from_jsonl_and_parquet_only()
    {
        using var temp = new TempDirectory();
        var llava = temp.File("a.json");
        using (var writer = ItemWriterFactory.Create("llava", llava))
        {
            writer.Write(TestItems.Single());
            writer.Complete();
        }

        var error = Assert.Throws<ItemFormatException>(() => ItemFiles.ReadItems(llava).ToList());

        Assert.Contains("a LLaVA JSON file keeps only ids, images and the conversation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\n  {\"image_id\": 1, \"objects\": []}\n]\n")]
    [InlineData("{\"image_id\": \"a\", \"width\": 10, \"height\": 10}\n")]
    [InlineData("{\"kitchen_1\": {\n")]
    [InlineData("not json at all\n")]
    public void Graph_files_and_other_text_are_not_item_files(string text)
    {
        using var temp = new TempDirectory();
        var path = temp.File("g.json");
        File.WriteAllText(path, text);

        Assert.Throws<ItemFormatException>(() => ItemFiles.KindOf(path));
    }

    [Fact]
    public void A_bad_id_and_an_endless_line_are_located_errors()
    {
        using var temp = new TempDirectory();
        var ids = temp.File("ids.jsonl");
        File.WriteAllText(ids, "{\"id\":\"x/Gen/0\",\"conversations\":[]}\n{\"id\":\"nogenerator\",\"conversations\":[]}\n");
        Assert.Contains("ids.jsonl:2: field 'id'", Assert.Throws<ItemFormatException>(() => ItemFiles.CountByGenerator(ids)).Message, StringComparison.Ordinal);

        var endless = temp.File("endless.jsonl");
        File.WriteAllText(endless, TestItems.SingleJson + "\n" + new string('x', ItemFiles.MaxLineChars + 5));
        Assert.Contains("line longer than", Assert.Throws<ItemFormatException>(() => ItemFiles.ReadItems(endless).ToList()).Message, StringComparison.Ordinal);
    }
}
