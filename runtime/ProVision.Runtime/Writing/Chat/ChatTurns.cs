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
        return string.Create(LlavaHumanLength(item), item, static (chars, item) => WriteLlavaHuman(item, chars));
    }

    /// <summary>The length of <see cref="LlavaHuman"/> of <paramref name="item"/>.</summary>
    public static int LlavaHumanLength(GeneratedItem item) =>
        item.Images.Length * (ImageToken.Length + 1) + item.Prompt.Length;

    /// <summary>
    /// Writes <see cref="LlavaHuman"/> of <paramref name="item"/> into the first <see cref="LlavaHumanLength"/>
    /// characters of <paramref name="destination"/>: a writer serialises the turn from there without making the string.
    /// </summary>
    public static void WriteLlavaHuman(GeneratedItem item, Span<char> destination)
    {
        var at = 0;
        if (!item.ImageTokenFirst)
        {
            item.Prompt.CopyTo(destination);
            at = item.Prompt.Length;
        }
        // n tokens joined by LF, and the LF between them and the prompt.
        for (var i = 0; i < item.Images.Length; i++)
        {
            if (!item.ImageTokenFirst || i > 0) destination[at++] = '\n';
            ImageToken.CopyTo(destination[at..]);
            at += ImageToken.Length;
        }
        if (item.ImageTokenFirst)
        {
            destination[at++] = '\n';
            item.Prompt.CopyTo(destination[at..]);
        }
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
