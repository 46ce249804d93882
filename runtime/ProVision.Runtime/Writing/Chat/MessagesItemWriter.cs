using System.Text.Json;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Chat;

/// <summary>
/// Writes items as OpenAI/Hugging Face chat JSON Lines, one record per line:
/// <c>{"id", "images": [paths], "messages": [{"role": "user", "content": [{"type": "image"}, ..., {"type": "text", "text": prompt}]},
/// {"role": "assistant", "content": [{"type": "text", "text": response}]}]}</c> — the layout chat templates and
/// TRL's vision trainers read (image parts stand for <c>images</c> in order; see <see cref="ChatTurns.UserParts"/>).
/// </summary>
public sealed class MessagesItemWriter : FileItemSink
{
    private readonly JsonRecordBuffer _record = new();

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    public MessagesItemWriter(string path)
        : base(path)
    {
    }

    /// <inheritdoc/>
    protected override void WriteItem(GeneratedItem item)
    {
        var writer = _record.Begin();
        writer.WriteStartObject();
        writer.WriteString("id", item.Id);
        writer.WriteStartArray("images");
        foreach (var image in item.Images) writer.WriteStringValue(image);
        writer.WriteEndArray();
        writer.WriteStartArray("messages");
        WriteMessage(writer, ChatTurns.User, ChatTurns.UserParts(item));
        WriteMessage(writer, ChatTurns.Assistant, [("text", item.Response)]);
        writer.WriteEndArray();
        writer.WriteEndObject();
        Output.Write(_record.End("\n"u8));
    }

    /// <inheritdoc/>
    protected override void WriteTrailer()
    {
        // JSON Lines: the last record's LF ends the file.
    }

    /// <inheritdoc/>
    protected override void ReleaseResources(bool completed) => _record.Dispose();

    private static void WriteMessage(Utf8JsonWriter writer, string role, IReadOnlyList<(string Type, string? Text)> parts)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteStartArray("content");
        foreach (var (type, text) in parts)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (text is not null) writer.WriteString("text", text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
