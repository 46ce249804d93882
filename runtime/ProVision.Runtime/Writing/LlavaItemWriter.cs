using System.Text.Json;
using ProVision.Runtime.Items;
using ProVision.Runtime.Writing.Chat;

namespace ProVision.Runtime.Writing;

/// <summary>
/// Writes items in the LLaVA conversation format:
/// <c>{"id", "image": path or [paths], "conversations": [{"from": "human", "value": ..}, {"from": "gpt", "value": ..}]}</c>.
/// The human turn carries one <c>&lt;image&gt;</c> token per image, placed before or after the question as the
/// item's <see cref="GeneratedItem.ImageTokenFirst"/> says.
/// </summary>
/// <remarks>
/// "image" is a string for a single-image item and an array otherwise, as LLaVA's loaders expect.
/// In <see cref="LlavaLayout.JsonArray"/> mode the array is written incrementally, so memory stays flat.
/// </remarks>
public sealed class LlavaItemWriter : FileItemSink
{
    /// <summary>The image placeholder token of LLaVA-style models.</summary>
    public const string ImageToken = ChatTurns.ImageToken;

    private readonly JsonRecordBuffer _record = new();
    private readonly LlavaLayout _layout;

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    public LlavaItemWriter(string path, LlavaLayout layout = LlavaLayout.JsonArray)
        : base(path)
    {
        if (!Enum.IsDefined(layout))
        {
            Dispose();
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown LLaVA layout.");
        }
        _layout = layout;
    }

    /// <summary>The human turn (<see cref="ChatTurns.LlavaHuman"/>).</summary>
    public static string HumanValue(GeneratedItem item) => ChatTurns.LlavaHuman(item);

    /// <inheritdoc/>
    protected override void WriteItem(GeneratedItem item)
    {
        if (_layout == LlavaLayout.JsonArray)
        {
            Output.Write(Count == 0 ? "[\n"u8 : ",\n"u8);
        }
        var writer = _record.Begin();
        writer.WriteStartObject();
        writer.WriteString("id", item.Id);
        if (item.IsMultiImage)
        {
            writer.WriteStartArray("image");
            foreach (var image in item.Images)
            {
                writer.WriteStringValue(image);
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("image", item.Images[0]);
        }
        writer.WriteStartArray("conversations");
        WriteTurn(writer, ChatTurns.Human, HumanValue(item));
        WriteTurn(writer, ChatTurns.Gpt, item.Response);
        writer.WriteEndArray();
        writer.WriteEndObject();
        Output.Write(_record.End(_layout == LlavaLayout.JsonLines ? "\n"u8 : default));
    }

    /// <inheritdoc/>
    protected override void WriteTrailer()
    {
        if (_layout == LlavaLayout.JsonArray)
        {
            Output.Write(Count == 0 ? "[]\n"u8 : "\n]\n"u8);
        }
    }

    /// <inheritdoc/>
    protected override void ReleaseResources(bool completed) => _record.Dispose();

    private static void WriteTurn(Utf8JsonWriter writer, string from, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("from", from);
        writer.WriteString("value", value);
        writer.WriteEndObject();
    }
}
