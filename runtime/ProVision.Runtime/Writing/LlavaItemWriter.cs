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

    private static readonly JsonEncodedText s_human = ItemJsonNames.Encode(ChatTurns.Human);
    private static readonly JsonEncodedText s_gpt = ItemJsonNames.Encode(ChatTurns.Gpt);

    private readonly JsonRecordBuffer _record = new();
    private readonly LlavaLayout _layout;
    // The human turn of the record being written (ChatTurns.WriteLlavaHuman), grown as prompts need.
    private char[] _human = new char[256];

    /// <summary>Starts writing to <paramref name="path"/>; nothing appears there until <see cref="FileItemSink.Complete"/>.</summary>
    public LlavaItemWriter(string path, LlavaLayout layout = LlavaLayout.JsonArray)
        : base(path)
    {
        if (!Enum.IsDefined(typeof(LlavaLayout), layout)) // not Enum.IsDefined<TEnum>: generic code the JIT compiles at every start
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
        writer.WriteString(ItemJsonNames.Id, item.Id);
        if (item.IsMultiImage)
        {
            writer.WriteStartArray(ItemJsonNames.Image);
            foreach (var image in item.Images)
            {
                writer.WriteStringValue(image);
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString(ItemJsonNames.Image, item.Images[0]);
        }
        writer.WriteStartArray(ItemJsonNames.Conversations);
        WriteTurn(writer, s_human, HumanTurn(item));
        WriteTurn(writer, s_gpt, item.Response);
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

    // HumanValue(item) in this writer's buffer: written straight from there, the string is never made.
    private ReadOnlySpan<char> HumanTurn(GeneratedItem item)
    {
        var length = ChatTurns.LlavaHumanLength(item);
        if (length > _human.Length) _human = new char[Math.Max(length, _human.Length * 2)];
        ChatTurns.WriteLlavaHuman(item, _human);
        return _human.AsSpan(0, length);
    }

    private static void WriteTurn(Utf8JsonWriter writer, JsonEncodedText from, ReadOnlySpan<char> value)
    {
        writer.WriteStartObject();
        writer.WriteString(ItemJsonNames.From, from);
        writer.WriteString(ItemJsonNames.Value, value);
        writer.WriteEndObject();
    }
}
