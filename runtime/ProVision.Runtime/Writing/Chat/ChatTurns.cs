using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Chat;

/// <summary>
/// How an item becomes a two-turn conversation, for every conversation format (LLaVA JSON, chat JSONL, the Parquet
/// chat columns): the user turn holds one image placeholder per image, in the item's image order (so "Image 1" is
/// the first placeholder), before or after the prompt as <see cref="GeneratedItem.ImageTokenFirst"/> says.
/// </summary>
public static class ChatTurns
{
    /// <summary>The image placeholder token of LLaVA-style models.</summary>
    public const string ImageToken = "<image>";

    /// <summary>
    /// The LLaVA human turn: the image tokens (one per image, joined by LF) and the prompt, joined by LF, tokens
    /// first or last as <see cref="GeneratedItem.ImageTokenFirst"/> says.
    /// </summary>
    public static string LlavaHuman(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tokens = string.Join('\n', Enumerable.Repeat(ImageToken, item.Images.Length));
        return item.ImageTokenFirst ? $"{tokens}\n{item.Prompt}" : $"{item.Prompt}\n{tokens}";
    }

    /// <summary>
    /// The user message's content parts: <c>("image", null)</c> once per image and <c>("text", prompt)</c>, images
    /// first or last as the item says. A description item (empty prompt) has image parts only.
    /// </summary>
    public static IReadOnlyList<(string Type, string? Text)> UserParts(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var images = Enumerable.Repeat<(string, string?)>(("image", null), item.Images.Length);
        if (item.Prompt.Length == 0) return [.. images];
        (string, string?) text = ("text", item.Prompt);
        return item.ImageTokenFirst ? [.. images, text] : [text, .. images];
    }

    /// <summary>The roles of the two turns in each format.</summary>
    public const string User = "user", Assistant = "assistant", Human = "human", Gpt = "gpt";
}
