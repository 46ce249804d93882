using System.Buffers;
using System.Text.Json;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing;

/// <summary>
/// One reusable buffer and JSON writer for rendering a record at a time. Records are rendered in memory
/// and then copied to the file in one write, so the writer's state never spans two records.
/// </summary>
internal sealed class JsonRecordBuffer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public JsonRecordBuffer()
    {
        _writer = new Utf8JsonWriter(_buffer, ItemJsonWriter.Options);
    }

    /// <summary>Clears the buffer and returns the writer to render the next record with.</summary>
    public Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    /// <summary>Flushes the record and returns its UTF-8 bytes, followed by <paramref name="suffix"/>.</summary>
    public ReadOnlySpan<byte> End(ReadOnlySpan<byte> suffix)
    {
        _writer.Flush();
        _buffer.Write(suffix);
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _writer.Dispose();
}
