using System.Text.Json;
using Parquet;
using Parquet.Schema;
using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Writing;

public sealed class ParquetItemWriterTests
{
    [Fact]
    public async Task Round_trip_reads_back_rows_in_row_groups_of_the_configured_size()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.parquet");
        var items = TestItems.Many(5);

        using (var writer = new ParquetItemWriter(path, rowGroupSize: 2))
        {
            foreach (var item in items)
            {
                writer.Write(item);
            }
            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(
            ["id", "generator", "template", "images", "prompt", "response", "answer", "choices", "slots", "evidence", "tags"],
            reader.Schema.Fields.Select(f => f.Name));
        Assert.Equal(3, reader.RowGroupCount);
        Assert.Equal([2L, 2L, 1L], reader.RowGroups.Select(g => g.RowCount));

        var ids = new List<string?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            ids.AddRange(await ReadStrings(reader, g, "id"));
        }
        Assert.Equal(items.Select(i => i.Id), ids);

        using var group = reader.OpenRowGroupReader(1);
        var templates = new int[group.RowCount];
        await group.ReadAsync<int>(reader.Schema.FindDataField("template"), templates.AsMemory());
        Assert.Equal([2, 0], templates);
    }

    [Fact]
    public async Task Lists_keep_empty_choices_and_structured_parts_are_canonical_json()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.parquet");

        using (var writer = new ParquetItemWriter(path))
        {
            writer.Write(TestItems.Single());
            writer.Write(TestItems.Multi());
            writer.Write(TestItems.Unicode());
            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(1, reader.RowGroupCount);
        Assert.Equal(3, reader.RowGroups[0].RowCount);
        Assert.Equal([["images/baseball_1.png"], ["images/a.png", "images/b.png"], ["images/küche_7.png"]], await ReadLists(reader, "images"));
        Assert.Equal([["one", "two", "three", "four"], [], []], await ReadLists(reader, "choices"));
        Assert.Equal(TestItems.UnicodePrompt, (await ReadStrings(reader, 0, "prompt"))[2]);

        var evidence = await ReadStrings(reader, 0, "evidence");
        Assert.Equal("""{"objects":[1],"relations":[]}""", evidence[0]);
        Assert.Equal("""{"images":[{"objects":[0,2],"relations":[]},{"objects":[1],"relations":[0]}]}""", evidence[1]);
        Assert.Equal("""{"name":"bat","count":"one"}""", (await ReadStrings(reader, 0, "slots"))[0]);
        using var tags = JsonDocument.Parse((await ReadStrings(reader, 0, "tags"))[1]!);
        Assert.Equal(3, tags.RootElement.GetProperty("count")[1].GetInt32());
    }

    [Fact]
    public async Task No_items_gives_a_readable_file_with_no_rows()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.parquet");

        using (var writer = new ParquetItemWriter(path))
        {
            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(11, reader.Schema.DataFields.Length);
    }

    [Fact]
    public void Row_group_size_must_be_positive_and_leaves_no_file_behind()
    {
        using var temp = new TempDirectory();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetItemWriter(temp.File("x.parquet"), rowGroupSize: 0));
        Assert.Empty(temp.Entries());
    }

    private static async Task<string?[]> ReadStrings(ParquetReader reader, int rowGroup, string column)
    {
        using var group = reader.OpenRowGroupReader(rowGroup);
        var values = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.FindDataField(column), values.AsMemory());
        return values;
    }

    /// <summary>Reassembles list rows from the leaf's values and Dremel levels (row group 0).</summary>
    private static async Task<List<List<string>>> ReadLists(ParquetReader reader, string column)
    {
        var leaf = reader.Schema.DataFields.Single(f => f.Path.ToList()[0] == column);
        using var group = reader.OpenRowGroupReader(0);
        var count = (int)group.GetMetadata(leaf)!.MetaData!.NumValues;
        var values = new ReadOnlyMemory<char>[count];
        var definitions = new int[count];
        var repetitions = new int[count];
        await group.ReadRawAsync<ReadOnlyMemory<char>>(leaf, values.AsMemory(), definitions.AsMemory(), repetitions.AsMemory());

        var rows = new List<List<string>>();
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (repetitions[i] == 0)
            {
                rows.Add([]);
            }
            if (definitions[i] == leaf.MaxDefinitionLevel)
            {
                rows[^1].Add(values[next++].ToString()!);
            }
        }
        return rows;
    }
}
