using System.Buffers;
using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing;

/// <summary>
/// Writes items to a Parquet file (Parquet.Net). Items are buffered and written as row groups of
/// <see cref="RowGroupSize"/> rows, so memory is bounded by one row group whatever the item count.
/// Columns: id, generator, template, images (list&lt;string&gt;), prompt, response, answer,
/// choices (list&lt;string&gt;), and slots, evidence and tags as canonical JSON strings.
/// </summary>
/// <remarks>
/// Parquet.Net is asynchronous only; the sink interface is synchronous because generation is CPU-bound
/// and runs on its own threads. The async calls are awaited with <c>GetAwaiter().GetResult()</c>, which
/// is safe here: the runtime has no synchronisation context, and the library does file I/O only.
/// </remarks>
public sealed class ParquetItemWriter : FileItemSink
{
    /// <summary>Rows per row group unless the caller says otherwise.</summary>
    public const int DefaultRowGroupSize = 10_000;

    private readonly ParquetItemSchema _schema = new();
    private readonly List<ParquetItemRow> _pending;
    private readonly ArrayBufferWriter<byte> _json = new(256);
    private ParquetWriter? _writer;

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    public ParquetItemWriter(string path, int rowGroupSize = DefaultRowGroupSize)
        : base(path)
    {
        try
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
            RowGroupSize = rowGroupSize;
            _pending = new List<ParquetItemRow>(Math.Min(rowGroupSize, 1024));
            var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
            _writer = ParquetWriter.CreateAsync(_schema.Schema, Output, options).GetAwaiter().GetResult();
        }
        catch
        {
            Dispose(); // removes the temporary file the base constructor created
            throw;
        }
    }

    /// <summary>Maximum rows per row group.</summary>
    public int RowGroupSize { get; }

    /// <inheritdoc/>
    protected override void WriteItem(GeneratedItem item) => WriteRow(new ParquetItemRow(
        item.Id, item.Generator, item.Template, item.Images, item.Prompt, item.Response, item.Answer, item.Choices,
        ItemJsonWriter.ToJsonString(_json, item.Slots, ItemJsonWriter.WriteSlots),
        ItemJsonWriter.ToJsonString(_json, item, ItemJsonWriter.WriteEvidence),
        ItemJsonWriter.ToJsonString(_json, item.Tags, ItemJsonWriter.WriteTags)));

    /// <summary>Writes one row as read back from another item file (<c>provision merge</c>): the same bytes as writing its item.</summary>
    internal void WriteRow(ParquetItemRow row)
    {
        _pending.Add(row);
        if (_pending.Count >= RowGroupSize)
        {
            FlushRowGroup();
        }
    }

    /// <inheritdoc/>
    protected override void WriteTrailer()
    {
        FlushRowGroup();
        // Disposing the Parquet writer writes the footer; the stream itself belongs to the atomic file.
        _writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer = null;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// On an aborted run the Parquet writer is deliberately not disposed: that would write a footer into a
    /// file about to be deleted, and a second failure there would mask the one that aborted the run.
    /// </remarks>
    protected override void ReleaseResources(bool completed)
    {
        _writer = null;
        _pending?.Clear();
    }

    private void FlushRowGroup()
    {
        if (_pending.Count == 0)
        {
            return;
        }
        using (var group = _writer!.CreateRowGroup())
        {
            WriteStrings(group, _schema.Id, static row => row.Id);
            WriteStrings(group, _schema.Generator, static row => row.Generator);
            var templates = _pending.Select(static row => row.Template).ToArray();
            group.WriteAsync<int>(_schema.Template, templates.AsMemory()).GetAwaiter().GetResult();
            WriteList(group, _schema.ImagesItem, static row => row.Images);
            WriteStrings(group, _schema.Prompt, static row => row.Prompt);
            WriteStrings(group, _schema.Response, static row => row.Response);
            WriteStrings(group, _schema.Answer, static row => row.Answer);
            WriteList(group, _schema.ChoicesItem, static row => row.Choices);
            WriteStrings(group, _schema.Slots, static row => row.Slots);
            WriteStrings(group, _schema.Evidence, static row => row.Evidence);
            WriteStrings(group, _schema.Tags, static row => row.Tags);
            group.CompleteValidate();
        }
        _pending.Clear();
    }

    private void WriteStrings(ParquetRowGroupWriter group, DataField field, Func<ParquetItemRow, string> select)
    {
        var values = new ReadOnlyMemory<char>[_pending.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(_pending[i]).AsMemory();
        }
        group.WriteAsync<ReadOnlyMemory<char>>(field, values.AsMemory()).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes a list column with explicit definition and repetition levels, because an empty list (an
    /// open-ended item's choices) must stay distinguishable from a missing one in other readers.
    /// </summary>
    private void WriteList(ParquetRowGroupWriter group, DataField leaf, Func<ParquetItemRow, ImmutableArray<string>> select)
    {
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (var item in _pending)
        {
            var list = select(item);
            if (list.IsEmpty)
            {
                definitions.Add(_schema.EmptyListLevel);
                repetitions.Add(0);
                continue;
            }
            for (var i = 0; i < list.Length; i++)
            {
                values.Add(list[i].AsMemory());
                definitions.Add(_schema.PresentLevel);
                repetitions.Add(i == 0 ? 0 : 1); // 0 starts a new row, 1 continues the row's list
            }
        }
        group.WriteAllPartsAsync<ReadOnlyMemory<char>>(
            leaf, values.ToArray(), definitions.ToArray().AsMemory(), repetitions.ToArray().AsMemory(), CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}
