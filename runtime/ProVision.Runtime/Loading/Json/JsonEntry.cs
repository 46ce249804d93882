using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>One member of a top-level JSON object (<see cref="Key"/> set) or one item of a top-level array.</summary>
/// <param name="Key">The property name, or null for an array item.</param>
/// <param name="Index">Position in the container, from 0.</param>
/// <param name="Bytes">The entry's JSON text, owned by the entry (a fast reader reads it; the document parser parses it).</param>
/// <param name="ByteOffset">Where the entry starts in the file, for messages.</param>
public sealed record JsonEntry(string? Key, long Index, ReadOnlyMemory<byte> Bytes, long ByteOffset) : IDisposable
{
    private JsonDocument? _document;

    /// <summary>
    /// The parsed value, parsed on first use with the options the streamer read it with (it already read it whole, so
    /// this does not fail); the entry disposes it.
    /// </summary>
    public JsonDocument Document => _document ??= JsonDocument.Parse(Bytes, JsonEntryStreamer.DocumentOptions);

    public JsonElement Value => Document.RootElement;

    public void Dispose() => _document?.Dispose();
}

/// <summary>A <see cref="JsonEntry"/> whose bytes lie in the streamer's buffer, valid until its next read.</summary>
public readonly record struct JsonEntrySpan(string? Key, long Index, ReadOnlyMemory<byte> Bytes, long ByteOffset);
