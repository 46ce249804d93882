using System.Globalization;
using System.Numerics;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Box and point ratios as the spec writes them: <c>(x1/W, y1/H, x2/W, y2/H)</c>, each Python's
/// <c>round(v, 2)</c> printed like Python's repr ("0.3", "1.0"). Computed here from the double's exact decimal
/// expansion (m * 2^-k = m * 5^k / 10^k), a different route from the runtime's, so the two check each other.
/// </summary>
internal static class RatioText
{
    /// <summary>Python's <c>repr(round(value, 2))</c>.</summary>
    public static string Round2(double value)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        var negative = double.IsNegative(value);
        var hundredths = RoundedHundredths(Math.Abs(value));
        var whole = BigInteger.DivRem(hundredths, 100, out var fraction);
        var digits = fraction.ToString("00", CultureInfo.InvariantCulture).TrimEnd('0');
        return (negative ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture) + "." + (digits.Length == 0 ? "0" : digits);
    }

    /// <summary>"(x1, y1, x2, y2)" of a box in a W x H image.</summary>
    public static string Box(Box box, int width, int height) =>
        $"({Round2(box.X1 / width)}, {Round2(box.Y1 / height)}, {Round2(box.X2 / width)}, {Round2(box.Y2 / height)})";

    /// <summary>"(x, y)" of a pixel in a W x H image.</summary>
    public static string Point(int x, int y, int width, int height) => $"({Round2((double)x / width)}, {Round2((double)y / height)})";

    /// <summary>Reads "(a, b)" into its two ratio texts; false when malformed.</summary>
    public static bool TryParsePoint(string text, out string x, out string y)
    {
        x = y = "";
        if (text.Length < 5 || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }
        var parts = text[1..^1].Split(", ");
        if (parts.Length != 2 || !parts.All(IsNumber))
        {
            return false;
        }
        (x, y) = (parts[0], parts[1]);
        return true;
    }

    /// <summary>
    /// The pixel coordinates 0..size-1 whose ratio prints as <paramref name="ratio"/>: the cell of pixels a rounded
    /// point may stand for (one pixel when size &lt;= 100).
    /// </summary>
    public static List<int> Pixels(string ratio, int size)
    {
        var result = new List<int>();
        for (var p = 0; p < size; p++)
        {
            if (Round2((double)p / size) == ratio)
            {
                result.Add(p);
            }
        }
        return result;
    }

    /// <summary>The ratio's value (for distances); the text was checked by <see cref="TryParsePoint"/>.</summary>
    public static double Value(string ratio) => double.Parse(ratio, CultureInfo.InvariantCulture);

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>round(v * 100) half-to-even on the exact value of the double v >= 0.</summary>
    private static BigInteger RoundedHundredths(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa += BigInteger.One << 52;
        }
        var power = exponent - 1075; // value = mantissa * 2^power
        if (power >= 0)
        {
            return (mantissa << power) * 100;
        }
        // value = mantissa * 5^k / 10^k with k = -power: an exact decimal with k places.
        var k = -power;
        var decimalDigits = mantissa * BigInteger.Pow(5, k);
        if (k <= 2)
        {
            return decimalDigits * BigInteger.Pow(10, 2 - k);
        }
        var unit = BigInteger.Pow(10, k - 2);
        var hundredths = BigInteger.DivRem(decimalDigits, unit, out var rest);
        var twice = rest * 2;
        if (twice > unit || (twice == unit && !hundredths.IsEven))
        {
            hundredths += 1;
        }
        return hundredths;
    }
}
