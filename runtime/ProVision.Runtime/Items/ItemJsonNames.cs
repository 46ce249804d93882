using System.Text.Json;

namespace ProVision.Runtime.Items;

/// <summary>
/// The property names the item writers put in every record, encoded once: a name passed as a string is transcoded
/// to UTF-8 and checked for characters to escape on every write, a few hundred nanoseconds per record
/// (docs/performance.md, session 10). Encoded with the writers' own encoder, so the bytes are those of the string.
/// </summary>
internal static class ItemJsonNames
{
    public static readonly JsonEncodedText Id = Encode("id");
    public static readonly JsonEncodedText Generator = Encode("generator");
    public static readonly JsonEncodedText Template = Encode("template");
    public static readonly JsonEncodedText Images = Encode("images");
    public static readonly JsonEncodedText Prompt = Encode("prompt");
    public static readonly JsonEncodedText Response = Encode("response");
    public static readonly JsonEncodedText Answer = Encode("answer");
    public static readonly JsonEncodedText Choices = Encode("choices");
    public static readonly JsonEncodedText Slots = Encode("slots");
    public static readonly JsonEncodedText Evidence = Encode("evidence");
    public static readonly JsonEncodedText Tags = Encode("tags");
    public static readonly JsonEncodedText Objects = Encode("objects");
    public static readonly JsonEncodedText Relations = Encode("relations");

    // LLaVA records.
    public static readonly JsonEncodedText Image = Encode("image");
    public static readonly JsonEncodedText Conversations = Encode("conversations");
    public static readonly JsonEncodedText From = Encode("from");
    public static readonly JsonEncodedText Value = Encode("value");

    /// <summary><paramref name="text"/> as the item writers' encoder writes it.</summary>
    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, ItemJsonWriter.Options.Encoder);

    // The names items choose (slot and tag names, generator names): a few dozen, written with every item.
    private static readonly Text.RecentTexts<JsonEncodedText> s_chosen = new(Encode);

    /// <summary>
    /// <paramref name="text"/> encoded as <see cref="Encode"/> encodes it, kept for the next item: for the names an
    /// item chooses (slots, tags, its generator), which the writer would otherwise escape and transcode every time.
    /// </summary>
    public static JsonEncodedText Chosen(string text) => s_chosen.Of(text);
}
