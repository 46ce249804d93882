using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ProVision.Runtime.Items;

/// <summary>
/// The canonical JSON record of a <see cref="GeneratedItem"/> (one line of a <c>.jsonl</c> file):
/// <c>id, generator, template, images, prompt, response, answer, choices, slots, evidence, tags</c>,
/// in that order, compact, UTF-8.
/// </summary>
public static class GeneratedItemJson
{
    /// <summary>The record as a single line of JSON, without the trailing line feed.</summary>
    public static string Serialize(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, ItemJsonWriter.Options))
        {
            ItemJsonWriter.WriteItem(writer, item);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Reads one record back. <paramref name="fileName"/> and <paramref name="lineNumber"/> only label errors.
    /// </summary>
    /// <param name="line">One JSONL line; a trailing CR or LF is not expected (strip it when splitting).</param>
    /// <param name="fileName">The file the line came from, for error messages.</param>
    /// <param name="lineNumber">The line's number (1-based by convention), for error messages.</param>
    /// <exception cref="ItemFormatException">
    /// The line is not JSON, a key is missing, unknown or duplicated, a value has the wrong type, or the
    /// values break an item rule (for example evidence in the wrong form for the number of images).
    /// </exception>
    public static GeneratedItem Parse(string line, string fileName, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(fileName);
        return new ItemJsonReader(fileName, lineNumber).Read(line);
    }
}
