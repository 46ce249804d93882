using System.Collections.Immutable;
using Parquet;

namespace ProVision.Runtime.Writing;

/// <summary>One row of an item Parquet file, in the column order of <see cref="ParquetItemSchema"/>.</summary>
internal sealed record ParquetItemRow(
    string Id, string Generator, int Template, ImmutableArray<string> Images, string Prompt, string Response, string Answer,
    ImmutableArray<string> Choices, string Slots, string Evidence, string Tags)
{
    /// <summary>
    /// The rows of an item file that <see cref="ParquetItemWriter"/> wrote, row group by row group (one group in memory).
    /// </summary>
    /// <exception cref="InvalidDataException">The file does not have the item schema.</exception>
    public static IEnumerable<ParquetItemRow> ReadAll(string path)
    {
        var schema = new ParquetItemSchema();
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            if (!reader.Schema.Equals(schema.Schema))
                throw new InvalidDataException($"{path}: not an item file written by `provision generate --format parquet` (its columns differ)");
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                foreach (var row in ReadGroup(reader, g, schema, path)) yield return row;
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ParquetItemRow[] ReadGroup(ParquetReader reader, int index, ParquetItemSchema schema, string path)
    {
        using var group = reader.OpenRowGroupReader(index);
        var rows = checked((int)group.RowCount);
        string[] Strings(Parquet.Schema.DataField field)
        {
            var values = new string?[rows];
            group.ReadAsync(field, values.AsMemory(), null).AsTask().GetAwaiter().GetResult();
            return Array.ConvertAll(values, v => v ?? throw new InvalidDataException($"{path}: column {field.Name} has a missing value"));
        }
        ImmutableArray<string>[] Lists(Parquet.Schema.DataField leaf)
        {
            var levels = checked((int)group.GetMetadata(leaf)!.MetaData!.NumValues);
            var (values, definitions, repetitions) = (new ReadOnlyMemory<char>[levels], new int[levels], new int[levels]);
            group.ReadRawAsync(leaf, values.AsMemory(), definitions.AsMemory(), repetitions.AsMemory()).AsTask().GetAwaiter().GetResult();
            return Rebuild(values, definitions, repetitions, schema.PresentLevel, rows, path);
        }
        var templates = new int[rows];
        group.ReadAsync<int>(schema.Template, templates.AsMemory(), null).AsTask().GetAwaiter().GetResult();
        var (ids, generators, images, prompts, responses, answers) = (Strings(schema.Id), Strings(schema.Generator), Lists(schema.ImagesItem), Strings(schema.Prompt), Strings(schema.Response), Strings(schema.Answer));
        var (choices, slots, evidence, tags) = (Lists(schema.ChoicesItem), Strings(schema.Slots), Strings(schema.Evidence), Strings(schema.Tags));
        if (templates.Length != rows) throw new InvalidDataException($"{path}: column template has {templates.Length} values in a group of {rows} rows");
        var result = new ParquetItemRow[rows];
        for (var i = 0; i < rows; i++)
            result[i] = new ParquetItemRow(ids[i], generators[i], templates[i], images[i], prompts[i], responses[i], answers[i], choices[i], slots[i], evidence[i], tags[i]);
        return result;
    }

    /// <summary>
    /// Rebuilds each row's list from the leaf's present values (packed) and Dremel levels: repetition 0 starts a row,
    /// and only entries at the present definition level carry a value (an empty list is one entry below it).
    /// </summary>
    private static ImmutableArray<string>[] Rebuild(ReadOnlyMemory<char>[] values, int[] definitions, int[] repetitions, int presentLevel, int rows, string path)
    {
        var result = new ImmutableArray<string>[rows];
        var builder = ImmutableArray.CreateBuilder<string>();
        var row = -1;
        var next = 0;
        for (var i = 0; i < definitions.Length; i++)
        {
            if (repetitions[i] == 0)
            {
                if (row >= 0) result[row] = builder.ToImmutable();
                builder.Clear();
                if (++row >= rows) throw new InvalidDataException($"{path}: a list column has more rows than the group");
            }
            if (definitions[i] == presentLevel) builder.Add(values[next++].ToString());
        }
        if (row >= 0) result[row] = builder.ToImmutable();
        if (row + 1 != rows) throw new InvalidDataException($"{path}: a list column has {row + 1} rows, the others {rows}");
        return result;
    }
}
