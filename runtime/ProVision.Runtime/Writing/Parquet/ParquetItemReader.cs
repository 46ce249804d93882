using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>Reads item Parquet files that <see cref="ParquetItemWriter"/> wrote: their layout, and their items row group by row group.</summary>
public static class ParquetItemReader
{
    private static readonly string[] s_columns = ["id", "generator", "template", "images", "prompt", "response", "answer", "choices", "slots", "evidence", "tags"];

    /// <summary>The layout of <paramref name="path"/>, read from its schema.</summary>
    /// <exception cref="InvalidDataException">The file is not an item file of this version (other columns, or not Parquet).</exception>
    public static ParquetLayout Layout(string path)
    {
        return WithReader(path, reader =>
        {
            var fields = reader.Schema.Fields;
            var names = fields.Select(f => f.Name).ToArray();
            var chat = names.Contains("messages") ? ChatColumn.Messages : ChatColumn.Conversations;
            var expected = s_columns.Append(chat == ChatColumn.Messages ? "messages" : "conversations").Order(StringComparer.Ordinal);
            if (!names.Order(StringComparer.Ordinal).SequenceEqual(expected) || fields.First(f => f.Name == "images") is not ListField images)
                throw new InvalidDataException($"{path}: not an item file written by `provision generate --format parquet` of this version (its columns are {string.Join(", ", names)})");
            return new ParquetLayout(chat, EmbedImages: images.Item is StructField);
        });
    }

    /// <summary>Runs <paramref name="read"/> on the file's reader (closed after); a file Parquet.Net cannot open is invalid data.</summary>
    internal static T WithReader<T>(string path, Func<ParquetReader, T> read)
    {
        using var stream = File.OpenRead(path);
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a Parquet file ({e.Message})", e);
        }
        try
        {
            return read(reader);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The items of <paramref name="path"/> in file order, one row group in memory at a time.</summary>
    /// <exception cref="InvalidDataException">The file is not an item file, or a row breaks an item rule.</exception>
    public static IEnumerable<GeneratedItem> ReadItems(string path) => Layout(path) switch
    {
        { Chat: ChatColumn.Messages, EmbedImages: false } => Read<MessagesParquetRecord<string>, string>(path, p => p),
        { Chat: ChatColumn.Messages, EmbedImages: true } => Read<MessagesParquetRecord<EmbeddedImage>, EmbeddedImage>(path, i => i.Path ?? ""),
        { EmbedImages: false } => Read<LlavaParquetRecord<string>, string>(path, p => p),
        _ => Read<LlavaParquetRecord<EmbeddedImage>, EmbeddedImage>(path, i => i.Path ?? ""),
    };

    private static IEnumerable<GeneratedItem> Read<TRecord, TImage>(string path, Func<TImage, string> imagePath)
        where TRecord : ParquetItemRecord<TImage>, new()
    {
        var groups = WithReader(path, reader => reader.RowGroupCount);
        for (var g = 0; g < groups; g++)
        {
            IList<TRecord> rows;
            using (var stream = File.OpenRead(path))
            {
                rows = ParquetSerializer.DeserializeAsync<TRecord>(stream, rowGroupIndex: g).GetAwaiter().GetResult().Data ?? [];
            }
            var row = 0;
            foreach (var record in rows)
            {
                row++;
                GeneratedItem item;
                try
                {
                    item = ParquetRecordMapping.ToItem(record, imagePath);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{path}: row group {g + 1}, row {row}: {e.Message}", e);
                }
                yield return item;
            }
        }
    }
}
