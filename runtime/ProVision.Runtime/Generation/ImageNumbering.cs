using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ProVision.Runtime.Generation;

/// <summary>
/// How items name the images of a multi-image item: "Image 1", "Image 2", ... in the order of the item's images,
/// which is the order the conversation formats place the image tokens (docs/formats.md). Counting from 1 is how a
/// person numbers pictures; a prompt whose item names images says so once (<see cref="WithNote(string, int, IEnumerable{string})"/>).
/// </summary>
public static partial class ImageNumbering
{
    private static readonly string[] s_names = [.. Enumerable.Range(0, 16).Select(Format)];

    /// <summary>The name of the image at 0-based <paramref name="position"/> in the item: "Image 1" for the first.</summary>
    public static string Name(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return position < s_names.Length ? s_names[position] : Format(position);
    }

    /// <summary>The sentence that tells how images are numbered, for an item of <paramref name="imageCount"/> images.</summary>
    /// Two images are "1 and 2": "numbered 1 to 2" reads as a range, which a person would not write for a pair.
    public static string Note(int imageCount) => imageCount == 2
        ? "The two images are numbered 1 and 2 in the order they are given."
        : $"The images are numbered 1 to {imageCount.ToString(System.Globalization.CultureInfo.InvariantCulture)} in the order they are given.";

    /// <summary>
    /// <paramref name="prompt"/> with <see cref="Note"/> in front when the item has several images and any of
    /// <paramref name="texts"/> (prompt, answer, options, response) names one by number; otherwise the prompt as is.
    /// An empty prompt (a description item) stays empty: there is no question to explain.
    /// </summary>
    public static string WithNote(string prompt, int imageCount, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(texts);
        if (imageCount < 2 || prompt.Length == 0 || !texts.Any(t => NamedImage().IsMatch(t))) return prompt;
        return Note(imageCount) + " " + prompt;
    }

    /// <summary>
    /// <see cref="WithNote(string, int, IEnumerable{string})"/> of an item's prompt, answer, response and options,
    /// without collecting them into a sequence and with an ordinal search before the expression: every multi-image
    /// item asks (docs/performance.md, session 10).
    /// </summary>
    internal static string WithNote(string prompt, int imageCount, string answer, string response, ImmutableArray<string> choices)
    {
        if (imageCount < 2 || prompt.Length == 0) return prompt;
        var named = NamesImage(prompt) || NamesImage(answer) || NamesImage(response);
        for (var i = 0; i < choices.Length && !named; i++)
        {
            named = NamesImage(choices[i]);
        }
        return named ? Note(imageCount) + " " + prompt : prompt;
    }

    // Whether the text names an image ("Image 2"). Most texts have no "Image " at all, which an ordinal search finds
    // out faster than the regular expression; a text with it is matched as before.
    private static bool NamesImage(string text) =>
        text.Contains("Image ", StringComparison.Ordinal) && NamedImage().IsMatch(text);

    private static string Format(int position) => "Image " + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bImage [0-9]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedImage();
}
