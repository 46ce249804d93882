using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing;

/// <summary>
/// Writes items as JSON Lines: one canonical record (see <see cref="GeneratedItemJson"/>) per line,
/// UTF-8 without a byte-order mark, each line ended by a single LF.
/// </summary>
/// <remarks>
/// The canonical format: it streams (memory does not grow with the item count), can be read back for
/// resume and verification, and a partial file is still line-parseable up to its last complete line.
/// </remarks>
public sealed class JsonLinesItemWriter : FileItemSink
{
    private readonly JsonRecordBuffer _record = new();

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    public JsonLinesItemWriter(string path)
        : base(path)
    {
    }

    /// <inheritdoc/>
    protected override void WriteItem(GeneratedItem item)
    {
        ItemJsonWriter.WriteItem(_record.Begin(), item);
        Output.Write(_record.End("\n"u8));
    }

    /// <inheritdoc/>
    protected override void WriteTrailer()
    {
        // JSONL has no trailer: the last record's LF ends the file.
    }

    /// <inheritdoc/>
    protected override void ReleaseResources(bool completed) => _record.Dispose();
}
