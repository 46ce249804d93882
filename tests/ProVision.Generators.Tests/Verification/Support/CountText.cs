using System.Globalization;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Reads a rendered count: digits ("12") or American English words ("twelve", "twenty-one", "one hundred five").
/// Written independently of the runtime's number words, so that a wrong word there shows up here.
/// </summary>
internal static class CountText
{
    private static readonly string[] s_units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>True when <paramref name="text"/> is a non-negative count; <paramref name="words"/> says which form.</summary>
    public static bool TryParse(string text, out long value, out bool words)
    {
        value = 0;
        words = false;
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            // "03" is not how anyone writes a count; reject it rather than accept a malformed option.
            return (text.Length == 1 || text[0] != '0') && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
        words = true;
        return TryParseWords(text, out value);
    }

    private static bool TryParseWords(string text, out long value)
    {
        value = 0;
        long total = 0, current = 0;
        var any = false;
        foreach (var token in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var unit = Array.IndexOf(s_units, token);
            var ten = Array.IndexOf(s_tens, token);
            if (unit >= 0)
            {
                current += unit;
            }
            else if (ten >= 2)
            {
                current += ten * 10;
            }
            else if (token == "hundred" && current > 0)
            {
                current *= 100;
            }
            else if (token == "thousand" && current > 0)
            {
                total += current * 1000;
                current = 0;
            }
            else
            {
                return false;
            }
            any = true;
        }
        value = total + current;
        return any;
    }
}
