using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProVision.Runtime.Items;

/// <summary>
/// Writes the canonical JSON form of an item and of its parts. Shared by the JSONL writer, the
/// Parquet writer (which stores slots, evidence and tags as JSON strings) and <see cref="GeneratedItemJson"/>.
/// </summary>
internal static class ItemJsonWriter
{
    /// <summary>
    /// Compact output with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.
    /// </summary>
    /// <remarks>
    /// The default encoder escapes every non-ASCII letter (<c>"café"</c> becomes <c>"caf\u00E9"</c>) and the
    /// HTML-sensitive characters, so the LLaVA token <c>&lt;image&gt;</c> would be written <c>\u003Cimage\u003E</c>:
    /// valid, but unreadable and ungreppable. The relaxed encoder is "unsafe" only for text pasted into HTML
    /// or a script block, where <c>&lt;</c> and <c>&amp;</c> matter. Our files are standalone JSON data read by JSON
    /// parsers, and the relaxed encoder still escapes everything RFC 8259 requires (quote, backslash,
    /// control characters), so every output stays valid JSON that any parser reads back unchanged.
    /// </remarks>
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes the whole record as one JSON object, keys in the documented order.</summary>
    public static void WriteItem(Utf8JsonWriter writer, GeneratedItem item)
    {
        writer.WriteStartObject();
        writer.WriteString(ItemJsonNames.Id, item.Id);
        writer.WriteString(ItemJsonNames.Generator, ItemJsonNames.Chosen(item.Generator));
        writer.WriteNumber(ItemJsonNames.Template, item.Template);
        WriteStrings(writer, ItemJsonNames.Images, item.Images);
        writer.WriteString(ItemJsonNames.Prompt, item.Prompt);
        writer.WriteString(ItemJsonNames.Response, item.Response);
        writer.WriteString(ItemJsonNames.Answer, item.Answer);
        WriteStrings(writer, ItemJsonNames.Choices, item.Choices);
        writer.WritePropertyName(ItemJsonNames.Slots);
        WriteSlots(writer, item.Slots);
        writer.WritePropertyName(ItemJsonNames.Evidence);
        WriteEvidence(writer, item);
        writer.WritePropertyName(ItemJsonNames.Tags);
        WriteTags(writer, item.Tags);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"name": "value", ...}</c> in slot order.</summary>
    public static void WriteSlots(Utf8JsonWriter writer, ImmutableArray<KeyValuePair<string, string>> slots)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in slots)
        {
            writer.WriteString(ItemJsonNames.Chosen(key), value);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the flat form <c>{"objects": [..], "relations": [..]}</c> for a single-image item and
    /// <c>{"images": [{..}, ..]}</c> for a multi-image one, so single-image data stays simple to read.
    /// </summary>
    public static void WriteEvidence(Utf8JsonWriter writer, GeneratedItem item)
    {
        if (!item.IsMultiImage)
        {
            WriteImageEvidence(writer, item.Evidence.PerImage[0]);
            return;
        }
        writer.WriteStartObject();
        writer.WriteStartArray(ItemJsonNames.Images);
        foreach (var entry in item.Evidence.PerImage)
        {
            WriteImageEvidence(writer, entry);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"tag": [values], ...}</c>; strings as JSON strings, numbers as JSON numbers.</summary>
    public static void WriteTags(Utf8JsonWriter writer, ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> tags)
    {
        writer.WriteStartObject();
        foreach (var (key, values) in tags)
        {
            writer.WriteStartArray(ItemJsonNames.Chosen(key));
            foreach (var value in values)
            {
                if (value.IsString)
                {
                    writer.WriteStringValue(value.AsString);
                }
                else
                {
                    writer.WriteNumberValue(value.AsNumber);
                }
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>Runs <paramref name="write"/> against a fresh writer over <paramref name="buffer"/> and returns the text.</summary>
    /// <remarks>The buffer is caller-owned so that per-row JSON columns reuse one allocation.</remarks>
    public static string ToJsonString<T>(ArrayBufferWriter<byte> buffer, T value, Action<Utf8JsonWriter, T> write)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteImageEvidence(Utf8JsonWriter writer, ImageEvidence evidence)
    {
        writer.WriteStartObject();
        WriteInts(writer, ItemJsonNames.Objects, evidence.Objects);
        WriteInts(writer, ItemJsonNames.Relations, evidence.Relations);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteInts(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
    }
}
