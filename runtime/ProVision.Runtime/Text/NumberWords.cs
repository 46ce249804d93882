using System.Globalization;
using System.Text;

namespace ProVision.Runtime.Text;

/// <summary>
/// Numbers as words and ordinals for template slots in word number mode and the <c>ordinal</c> helper: "twenty-one",
/// "first", "21st". Pure, thread-safe and culture-invariant, like <see cref="Inflection"/>.
/// </summary>
public static class NumberWords
{
    private static readonly string[] s_small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] s_scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

    /// <summary>
    /// A number in American English words: 0 -> "zero", 21 -> "twenty-one", 115 -> "one hundred fifteen",
    /// 2005 -> "two thousand five", -3 -> "minus three". Covers the whole <see cref="long"/> range.
    /// </summary>
    public static string NumberToWords(long number)
    {
        if (number >= 0 && number < s_small.Length)
        {
            return s_small[number]; // the common case allocates nothing
        }
        var builder = PooledStringBuilder.Rent();
        if (number < 0)
        {
            builder.Append("minus ");
        }
        AppendWords(builder, number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number);
        return PooledStringBuilder.ToStringAndReturn(builder);
    }

    /// <summary>An ordinal in words: "first", "second", "twelfth", "twentieth", "twenty-first", "one hundredth".</summary>
    public static string OrdinalWords(long number)
    {
        var words = NumberToWords(number);
        var lastStart = Math.Max(words.LastIndexOf(' '), words.LastIndexOf('-')) + 1;
        var last = words.AsSpan(lastStart);
        string ending = last switch
        {
            "one" => "first",
            "two" => "second",
            "three" => "third",
            "five" => "fifth",
            "eight" => "eighth",
            "nine" => "ninth",
            "twelve" => "twelfth",
            _ when last.EndsWith("y") => string.Concat(last[..^1], "ieth"),
            _ => string.Concat(last, "th"),
        };
        return string.Concat(words.AsSpan(0, lastStart), ending);
    }

    /// <summary>An ordinal in digits: "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "112th".</summary>
    public static string OrdinalDigits(long number)
    {
        var magnitude = number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number;
        var suffix = (magnitude % 100) is >= 11 and <= 13 ? "th" : (magnitude % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static void AppendWords(StringBuilder builder, ulong number)
    {
        if (number == 0)
        {
            builder.Append(s_small[0]);
            return;
        }
        Span<int> groups = stackalloc int[7]; // 3-digit groups, least significant first; ulong needs 7
        var count = 0;
        for (var rest = number; rest > 0; rest /= 1000)
        {
            groups[count++] = (int)(rest % 1000);
        }
        var first = true;
        for (var g = count - 1; g >= 0; g--)
        {
            if (groups[g] == 0)
            {
                continue;
            }
            if (!first)
            {
                builder.Append(' ');
            }
            first = false;
            AppendBelowThousand(builder, groups[g]);
            if (g > 0)
            {
                builder.Append(' ').Append(s_scales[g]);
            }
        }
    }

    private static void AppendBelowThousand(StringBuilder builder, int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        if (hundreds > 0)
        {
            builder.Append(s_small[hundreds]).Append(" hundred");
            if (rest == 0)
            {
                return;
            }
            builder.Append(' ');
        }
        if (rest < 20)
        {
            builder.Append(s_small[rest]);
            return;
        }
        builder.Append(s_tens[rest / 10]);
        if (rest % 10 != 0)
        {
            builder.Append('-').Append(s_small[rest % 10]);
        }
    }
}
