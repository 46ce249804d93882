using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>One member of a top-level JSON object (<see cref="Key"/> set) or one item of a top-level array.</summary>
/// <param name="Key">The property name, or null for an array item.</param>
/// <param name="Index">Position in the container, from 0.</param>
/// <param name="Document">The parsed value; the caller disposes it (or the entry) when done.</param>
/// <param name="ByteOffset">Where the entry starts in the file, for messages.</param>
public sealed record JsonEntry(string? Key, long Index, JsonDocument Document, long ByteOffset) : IDisposable
{
    public void Dispose() => Document.Dispose();

    public JsonElement Value => Document.RootElement;
}
