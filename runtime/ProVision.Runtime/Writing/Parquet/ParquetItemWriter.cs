using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>
/// Writes items to a Parquet file made for the Hugging Face <c>datasets</c> library (Parquet.Net): typed columns
/// (<c>slots</c>, <c>evidence</c> and <c>tags</c> as lists of structs), a conversation column, an <c>images</c> column
/// of paths or of embedded images (the HF Image struct <c>{bytes, path}</c>), and the <c>huggingface</c> schema
/// metadata declaring the features (<see cref="HuggingFaceFeatures"/>). docs/formats.md gives the schema.
/// Rows are buffered one row group at a time, so memory does not grow with the item count.
/// </summary>
/// <remarks>
/// Parquet.Net is asynchronous only; the sink interface is synchronous because generation is CPU-bound and runs on
/// its own threads. The async calls are awaited with <c>GetAwaiter().GetResult()</c>, which is safe here: the runtime
/// has no synchronisation context, and the library does file I/O only.
/// </remarks>
public sealed class ParquetItemWriter : FileItemSink
{
    /// <summary>Rows per row group unless the caller says otherwise.</summary>
    public const int DefaultRowGroupSize = 10_000;

    private readonly IParquetRowGroups _groups;

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    /// <param name="path">The final output path.</param>
    /// <param name="layout">The conversation column and whether images are embedded.</param>
    /// <param name="imageFolder">The folder item image paths are relative to (read when embedding); default: the current one.</param>
    /// <param name="rowGroupSize">Maximum rows per row group.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    public ParquetItemWriter(string path, ParquetLayout layout = default, string? imageFolder = null, int rowGroupSize = DefaultRowGroupSize)
        : base(path)
    {
        try
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
            RowGroupSize = rowGroupSize;
            Layout = layout;
            var metadata = new Dictionary<string, string>
            {
                [HuggingFaceFeatures.MetadataKey] = HuggingFaceFeatures.MetadataJson(HuggingFaceFeatures.Parquet(layout)),
            };
            var images = new EmbeddedImages(imageFolder ?? Environment.CurrentDirectory);
            _groups = (layout.Chat, layout.EmbedImages) switch
            {
                (ChatColumn.Messages, false) => Groups<MessagesParquetRecord<string>>(
                    item => ParquetRecordMapping.Fill(new MessagesParquetRecord<string> { Messages = [.. ParquetRecordMapping.Messages(item)] }, item, p => p), _ => 0, metadata),
                (ChatColumn.Messages, true) => Groups<MessagesParquetRecord<EmbeddedImage>>(
                    item => ParquetRecordMapping.Fill(new MessagesParquetRecord<EmbeddedImage> { Messages = [.. ParquetRecordMapping.Messages(item)] }, item, p => images.Read(item, p)), EmbeddedImages.Bytes, metadata),
                (_, false) => Groups<LlavaParquetRecord<string>>(
                    item => ParquetRecordMapping.Fill(new LlavaParquetRecord<string> { Conversations = [.. ParquetRecordMapping.Conversations(item)] }, item, p => p), _ => 0, metadata),
                (_, true) => Groups<LlavaParquetRecord<EmbeddedImage>>(
                    item => ParquetRecordMapping.Fill(new LlavaParquetRecord<EmbeddedImage> { Conversations = [.. ParquetRecordMapping.Conversations(item)] }, item, p => images.Read(item, p)), EmbeddedImages.Bytes, metadata),
            };
        }
        catch
        {
            Dispose(); // removes the temporary file the base constructor created
            throw;
        }
    }

    /// <summary>Maximum rows per row group.</summary>
    public int RowGroupSize { get; }

    /// <summary>The conversation column and image storage of the file.</summary>
    public ParquetLayout Layout { get; }

    /// <summary>Appends every row of <paramref name="path"/>, a file of the same <see cref="Layout"/> (merging shards).</summary>
    internal void WriteRowsOf(string path) => _groups.AddRowsOf(path);

    /// <inheritdoc/>
    protected override void WriteItem(GeneratedItem item) => _groups.Add(item);

    /// <inheritdoc/>
    protected override void WriteTrailer() => _groups.Finish();

    private ParquetRowGroups<TRecord> Groups<TRecord>(Func<GeneratedItem, TRecord> toRecord, Func<TRecord, long> bytes, Dictionary<string, string> metadata)
        where TRecord : class, new() =>
        new(Output, toRecord, bytes, metadata, RowGroupSize);
}
