using Parquet;
using Parquet.Serialization;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>The rows of one layout, buffered and written a row group at a time (type-erased for the writer).</summary>
internal interface IParquetRowGroups
{
    /// <summary>Buffers the row of <paramref name="item"/>; writes a row group when the buffer is full.</summary>
    void Add(Items.GeneratedItem item);

    /// <summary>Buffers every row of another file of the same layout (<c>provision merge</c>): the same bytes as adding its items.</summary>
    void AddRowsOf(string path);

    /// <summary>Writes the buffered rows and the footer (an empty file still gets its schema).</summary>
    void Finish();
}

/// <summary>
/// Buffers rows of <typeparamref name="TRecord"/> and appends them to the file as row groups through Parquet.Net's
/// serializer. A group ends at <paramref name="rowGroupSize"/> rows or once its embedded image bytes pass
/// <see cref="MaxGroupBytes"/>, a rule that depends only on the row sequence, so shards merged give the same groups.
/// </summary>
internal sealed class ParquetRowGroups<TRecord>(
    Stream output, Func<Items.GeneratedItem, TRecord> toRecord, Func<TRecord, long> embeddedBytes,
    IReadOnlyDictionary<string, string> metadata, int rowGroupSize) : IParquetRowGroups
    where TRecord : class, new()
{
    /// <summary>Embedded image bytes after which a row group ends, so memory stays bounded whatever the images weigh.</summary>
    public const long MaxGroupBytes = 128L << 20;

    private readonly List<TRecord> _pending = [];
    private long _pendingBytes;
    private bool _written;

    public void Add(Items.GeneratedItem item) => Buffer(toRecord(item));

    public void AddRowsOf(string path)
    {
        var groups = ParquetItemReader.WithReader(path, reader => reader.RowGroupCount);
        using var stream = File.OpenRead(path);
        for (var g = 0; g < groups; g++)
        {
            stream.Position = 0;
            var rows = ParquetSerializer.DeserializeAsync<TRecord>(stream, rowGroupIndex: g).GetAwaiter().GetResult();
            foreach (var row in rows.Data ?? []) Buffer(row);
        }
    }

    public void Finish()
    {
        if (_pending.Count > 0 || !_written) Flush();
    }

    private void Buffer(TRecord record)
    {
        _pending.Add(record);
        _pendingBytes += embeddedBytes(record);
        if (_pending.Count >= rowGroupSize || _pendingBytes >= MaxGroupBytes) Flush();
    }

    private void Flush()
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy, Append = _written, RowGroupSize = Math.Max(_pending.Count, 1) };
        ParquetSerializer.SerializeAsync(_pending, output, options, metadata).GetAwaiter().GetResult();
        _written = true;
        _pending.Clear();
        _pendingBytes = 0;
    }
}
