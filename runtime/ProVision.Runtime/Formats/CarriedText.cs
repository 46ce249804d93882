namespace ProVision.Runtime.Formats;

/// <summary>
/// Reading the strings a build writes for the tool to carry (the built-in pack's parsed manifest and vocabulary): numbers
/// in decimal ended by a separator, and fields written <c>length:text</c>. A damaged or foreign string reads as null
/// at the first thing out of place, and the caller then parses the source file itself.
/// </summary>
public static class CarriedText
{
    /// <summary>A non-negative decimal that fits an int, ended by <paramref name="end"/>, which is consumed; null when malformed.</summary>
    public static int? Number(string text, ref int at, char end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = 0L;
        var digits = 0;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && digits < 10)
        {
            value = value * 10 + (text[at++] - '0');
            digits++;
        }
        if (digits == 0 || value > int.MaxValue || at >= text.Length || text[at] != end)
        {
            return null;
        }
        at++;
        return (int)value;
    }

    /// <summary>A field written <c>length:text</c>; null when malformed or longer than what is left.</summary>
    public static string? Field(string text, ref int at)
    {
        if (Number(text, ref at, ':') is not { } length || length > text.Length - at)
        {
            return null;
        }
        var field = text.Substring(at, length);
        at += length;
        return field;
    }
}
