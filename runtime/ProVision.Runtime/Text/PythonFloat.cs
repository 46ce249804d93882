using System.Globalization;
using System.Numerics;

namespace ProVision.Runtime.Text;

/// <summary>
/// Python's <c>round(x, n)</c> and <c>repr(float)</c>, bit for bit, so that ratios written by our generators
/// are the strings the reference engine writes (<c>(0.51, 0.3, 0.87, 0.53)</c>).
/// </summary>
/// <remarks>
/// <para>
/// Python rounds the double's <em>exact</em> binary value half-to-even: <c>round(0.125, 2)</c> is 0.12 (an exact
/// tie, 2 is even) while <c>round(2.675, 2)</c> is 2.67 because 2.675 is stored as 2.67499999.... Neither
/// <see cref="Math.Round(double, int, MidpointRounding)"/> (which scales by 10^n in floating point) nor a
/// conversion to <see cref="decimal"/> (which keeps only 15 significant digits) reproduces that, so the value
/// is expanded exactly with <see cref="BigInteger"/> when the scaled value lies near a tie; elsewhere a double
/// product decides the same way (<see cref="TryRoundFast"/>).
/// </para>
/// <para>
/// repr is the shortest string that reads back to the same double (which .NET's "R" format also produces),
/// laid out Python's way: a ".0" on integral values, exponent form only below 1e-4 or from 1e16 on.
/// </para>
/// </remarks>
public static class PythonFloat
{
    /// <summary>Python's <c>round(value, digits)</c> for <paramref name="digits"/> in [0, 15].</summary>
    public static double Round(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // value = mantissa * 2^exponent
        if (exponent >= 0)
        {
            return value; // an integer already: nothing after the point to round
        }
        return TryRoundFast(value, digits) ?? RoundExact(negative, mantissa, exponent, digits);
    }

    /// <summary>The big-integer rounding of <c>(-1)^negative * mantissa * 2^exponent</c> (exponent negative).</summary>
    private static double RoundExact(bool negative, long mantissa, int exponent, int digits)
    {
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(scaled, denominator, out var remainder);
        var twice = remainder << 1;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }
        // Decimal text back to the nearest double, as Python's strtod does (.NET parsing is correctly rounded).
        var text = quotient.ToString(CultureInfo.InvariantCulture) + "E-" + digits.ToString(CultureInfo.InvariantCulture);
        var magnitude = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    /// <summary><see cref="Round"/> always through big integers (tests compare the fast path against it).</summary>
    internal static double RoundExactly(double value, int digits)
    {
        if (!double.IsFinite(value) || value == 0) return value;
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        return exponent >= 0 ? value : RoundExact(bits < 0, mantissa, exponent, digits);
    }

    private static readonly double[] s_powersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The exact result without big integers whenever <c>value * 10^digits</c> is clearly away from a rounding tie:
    /// the product is within half an ulp of the exact one, so if its fraction is more than a margin away from .5
    /// the exact value rounds the same way, to the integer q; and q / 10^digits (two exact integers, one correctly
    /// rounded division) is the double that parsing "qE-digits" gives. Null near a tie or for huge products.
    /// </summary>
    private static double? TryRoundFast(double value, int digits)
    {
        var scaled = Math.Abs(value) * s_powersOfTen[digits];
        if (scaled >= 1 << 30) return null; // below 2^30 the product's error (half an ulp) is under 1.2e-7
        var floor = Math.Floor(scaled);
        var fraction = scaled - floor;
        if (Math.Abs(fraction - 0.5) <= 1e-6) return null;
        var q = fraction > 0.5 ? floor + 1 : floor;
        var magnitude = q / s_powersOfTen[digits];
        return value < 0 ? -magnitude : magnitude;
    }

    /// <summary>Python's <c>repr(value)</c>: <c>0.3</c>, <c>1.0</c>, <c>-0.0</c>, <c>1e-05</c>, <c>1e+16</c>, <c>nan</c>, <c>inf</c>.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }
        // "R" gives the shortest round-trip digits; take them apart and lay them out as Python does.
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var ePos = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissaText = ePos < 0 ? shortest : shortest[..ePos];
        var exponent10 = ePos < 0 ? 0 : int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissaText.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissaText : string.Concat(mantissaText.AsSpan(0, point), mantissaText.AsSpan(point + 1));
        var pointPosition = (point < 0 ? mantissaText.Length : point) + exponent10;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }
        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        pointPosition -= leadingZeros;
        return sign + Layout(digits, pointPosition);
    }

    /// <summary>Python's float_repr_style 'r': value = 0.DIGITS x 10^pointPosition.</summary>
    private static string Layout(string digits, int pointPosition)
    {
        if (pointPosition is > -4 and <= 16)
        {
            if (pointPosition <= 0)
            {
                return "0." + new string('0', -pointPosition) + digits;
            }
            if (pointPosition >= digits.Length)
            {
                return digits + new string('0', pointPosition - digits.Length) + ".0";
            }
            return string.Concat(digits.AsSpan(0, pointPosition), ".", digits.AsSpan(pointPosition));
        }
        var exponent = pointPosition - 1;
        var mantissa = digits.Length == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
        var expSign = exponent < 0 ? "-" : "+";
        return mantissa + "e" + expSign + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
