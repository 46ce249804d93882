using System.Text.Json;
using Parquet;
using Parquet.Schema;
using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Tests.Writing.Parquet;

public sealed class ParquetItemWriterTests
{
    private static readonly string[] s_columns =
        ["id", "generator", "template", "images", "prompt", "response", "answer", "choices", "slots", "evidence", "tags", "conversations"];

    [Fact]
    public async Task Columns_are_typed_lists_and_structs_not_json_text()
    {
        using var temp = new TempDirectory();
        var path = Write(temp.File("items.parquet"), ParquetLayout.Default, TestItems.Single(), TestItems.Multi());

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(s_columns.Order(), reader.Schema.Fields.Select(f => f.Name).Order());
        Assert.Equal(typeof(int), Assert.IsType<DataField>(Field(reader, "template")).ClrType);
        var slots = Assert.IsType<StructField>(Assert.IsType<ListField>(Field(reader, "slots")).Item);
        Assert.Equal(["name", "value"], slots.Fields.Select(f => f.Name));
        var evidence = Assert.IsType<StructField>(Assert.IsType<ListField>(Field(reader, "evidence")).Item);
        var objects = Assert.IsType<ListField>(evidence.Fields.Single(f => f.Name == "objects"));
        Assert.Equal(typeof(int), Assert.IsType<DataField>(objects.Item).ClrType);
        var tags = Assert.IsType<StructField>(Assert.IsType<ListField>(Field(reader, "tags")).Item);
        Assert.Equal(typeof(long), Assert.IsType<DataField>(Assert.IsType<ListField>(tags.Fields.Single(f => f.Name == "number")).Item).ClrType);
        var turn = Assert.IsType<StructField>(Assert.IsType<ListField>(Field(reader, "conversations")).Item);
        Assert.Equal(["from", "value"], turn.Fields.Select(f => f.Name));
        Assert.IsType<DataField>(Assert.IsType<ListField>(Field(reader, "images")).Item);
    }

    [Theory]
    [InlineData(ChatColumn.Conversations, false)]
    [InlineData(ChatColumn.Messages, false)]
    [InlineData(ChatColumn.Messages, true)]
    [InlineData(ChatColumn.Conversations, true)]
    public async Task Huggingface_metadata_declares_every_column_with_the_type_it_has(ChatColumn chat, bool embed)
    {
        using var temp = new TempDirectory();
        var layout = new ParquetLayout(chat, embed);
        WriteImages(temp);
        var path = Write(temp.File("items.parquet"), layout, temp.Path, TestItems.Single(), TestItems.Multi());

        await using var reader = await ParquetReader.CreateAsync(path);
        using var metadata = JsonDocument.Parse(reader.CustomMetadata[HuggingFaceFeatures.MetadataKey]);
        var features = metadata.RootElement.GetProperty("info").GetProperty("features");
        Assert.Equal(reader.Schema.Fields.Select(f => f.Name).Order(), features.EnumerateObject().Select(p => p.Name).Order());
        foreach (var field in reader.Schema.Fields) AssertMatches(features.GetProperty(field.Name), field, field.Name);
        var images = features.GetProperty("images")[0];
        Assert.Equal(embed ? "Image" : "Value", images.GetProperty("_type").GetString());
    }

    [Theory]
    [InlineData(ChatColumn.Conversations, false)]
    [InlineData(ChatColumn.Messages, true)]
    public void Items_read_back_equal_to_what_was_written_in_row_groups_of_the_set_size(ChatColumn chat, bool embed)
    {
        using var temp = new TempDirectory();
        WriteImages(temp);
        GeneratedItem[] items = [TestItems.Single(), TestItems.Multi(imageTokenFirst: false), TestItems.Unicode(), .. TestItems.Many(4)];
        var path = temp.File("items.parquet");
        using (var writer = new ParquetItemWriter(path, new ParquetLayout(chat, embed), temp.Path, rowGroupSize: 2))
        {
            foreach (var item in items) writer.Write(item);
            writer.Complete();
        }

        var back = ParquetItemReader.ReadItems(path).ToList();
        Assert.Equal(items.Select(GeneratedItemJson.Serialize), back.Select(GeneratedItemJson.Serialize));
        Assert.Equal(items.Select(i => i.ImageTokenFirst), back.Select(i => i.ImageTokenFirst));
        Assert.Equal(4, ParquetItemReader.WithReader(path, r => r.RowGroupCount));
        Assert.Equal(new ParquetLayout(chat, embed), ParquetItemReader.Layout(path));
    }

    [Fact]
    public async Task Embedded_images_hold_the_file_bytes_and_the_path_as_the_item_names_it()
    {
        using var temp = new TempDirectory();
        WriteImages(temp);
        var path = Write(temp.File("items.parquet"), new ParquetLayout(ChatColumn.Messages, true), temp.Path, TestItems.Multi());

        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var bytesField = reader.Schema.DataFields.Single(f => f.Path.ToList()[0] == "images" && f.Name == "bytes");
        var count = (int)group.GetMetadata(bytesField)!.MetaData!.NumValues;
        var values = new ReadOnlyMemory<byte>[count];
        await group.ReadRawAsync<ReadOnlyMemory<byte>>(bytesField, values.AsMemory(), new int[count].AsMemory(), new int[count].AsMemory());
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "images", "a.png")), values[0].ToArray());
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "images", "b.png")), values[1].ToArray());
    }

    [Fact]
    public void A_missing_image_to_embed_is_a_located_error_and_leaves_no_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.parquet");
        using var writer = new ParquetItemWriter(path, new ParquetLayout(ChatColumn.Conversations, true), temp.Path);

        var error = Assert.Throws<ItemWriteException>(() => writer.Write(TestItems.Single()));

        Assert.Contains("baseball_1/ExistsObjectGenerator/0", error.Message, StringComparison.Ordinal);
        Assert.Contains("images/baseball_1.png", error.Message, StringComparison.Ordinal);
        writer.Dispose();
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task No_items_gives_a_readable_file_with_the_schema_and_no_rows()
    {
        using var temp = new TempDirectory();
        var path = Write(temp.File("empty.parquet"), ParquetLayout.Default);

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(0, reader.RowGroups.Sum(g => g.RowCount));
        Assert.Equal(s_columns.Order(), reader.Schema.Fields.Select(f => f.Name).Order());
        Assert.Empty(ParquetItemReader.ReadItems(path));
    }

    [Fact]
    public async Task Foreign_and_broken_files_are_refused_with_the_path()
    {
        using var temp = new TempDirectory();
        var text = temp.File("not.parquet");
        File.WriteAllText(text, "PAR1 this is not parquet");
        Assert.Contains(text, Assert.Throws<InvalidDataException>(() => ParquetItemReader.Layout(text)).Message, StringComparison.Ordinal);

        var other = temp.File("other.parquet");
        await global::Parquet.Serialization.ParquetSerializer.SerializeAsync(new[] { new ForeignRow { Name = "x" } }, other);
        Assert.Contains("not an item file", Assert.Throws<InvalidDataException>(() => ParquetItemReader.ReadItems(other).ToList()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_group_size_must_be_positive_and_leaves_no_file_behind()
    {
        using var temp = new TempDirectory();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetItemWriter(temp.File("x.parquet"), rowGroupSize: 0));
        Assert.Empty(temp.Entries());
    }

    public sealed class ForeignRow
    {
        public string Name { get; set; } = "";
    }

    private static string Write(string path, ParquetLayout layout, params GeneratedItem[] items) => Write(path, layout, null, items);

    private static string Write(string path, ParquetLayout layout, string? folder, params GeneratedItem[] items)
    {
        using var writer = new ParquetItemWriter(path, layout, folder);
        foreach (var item in items) writer.Write(item);
        writer.Complete();
        return path;
    }

    // The image files the test items name, with distinct contents.
    private static void WriteImages(TempDirectory temp)
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "images"));
        var names = new[] { "a.png", "b.png", "baseball_1.png", "küche_7.png" }.Concat(Enumerable.Range(0, 4).Select(i => $"img_{i}.png"));
        var n = 0;
        foreach (var name in names) File.WriteAllBytes(Path.Combine(temp.Path, "images", name), [0x89, (byte)'P', (byte)'N', (byte)'G', (byte)n++]);
    }

    private static Field Field(ParquetReader reader, string name) => reader.Schema.Fields.Single(f => f.Name == name);

    // A feature and a Parquet field agree: Value <-> leaf of that type, [x] <-> list of x, {..} <-> struct with those fields, Image <-> struct{bytes, path}.
    private static void AssertMatches(JsonElement feature, Field field, string where)
    {
        switch (feature.ValueKind)
        {
            case JsonValueKind.Array:
                AssertMatches(feature[0], Assert.IsType<ListField>(field).Item, where + "[]");
                return;
            case JsonValueKind.Object when feature.TryGetProperty("_type", out var type) && type.GetString() == "Image":
                Assert.Equal(["bytes", "path"], Assert.IsType<StructField>(field).Fields.Select(f => f.Name));
                return;
            case JsonValueKind.Object when feature.TryGetProperty("_type", out var type) && type.GetString() == "Value":
                var clr = Assert.IsType<DataField>(field).ClrType;
                var expected = feature.GetProperty("dtype").GetString() switch
                {
                    "string" => typeof(string),
                    "int32" => typeof(int),
                    "int64" => typeof(long),
                    var other => throw new Xunit.Sdk.XunitException($"{where}: unexpected dtype {other}"),
                };
                Assert.True(clr == expected || (expected == typeof(string) && clr == typeof(ReadOnlyMemory<char>)), $"{where}: {clr} is not {expected}");
                return;
            default:
                var structure = Assert.IsType<StructField>(field);
                Assert.Equal(feature.EnumerateObject().Select(p => p.Name), structure.Fields.Select(f => f.Name));
                foreach (var child in structure.Fields) AssertMatches(feature.GetProperty(child.Name), child, where + "." + child.Name);
                return;
        }
    }
}
