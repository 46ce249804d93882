namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The .pvg language's arithmetic on ints, defined for every input: a result that does not fit in a 64-bit int
/// (<c>MaxInt + 1</c>, <c>long.MinValue % -1</c>) or has no value (<c>x % 0</c>, <c>x / 0</c>) is a failure the emitted
/// code turns into a skipped candidate with a counted reason (<see cref="Generation.GeneratorContext.Fault"/>),
/// never a wrapped number, an exception or "inf" in a prompt.
/// </summary>
public static class Arithmetic
{
    public static bool TryAdd(long a, long b, out long result)
    {
        result = unchecked(a + b);
        // Overflow exactly when both operands have the same sign and the result's differs.
        return ((a ^ result) & (b ^ result)) >= 0;
    }

    public static bool TrySubtract(long a, long b, out long result)
    {
        result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) >= 0;
    }

    public static bool TryMultiply(long a, long b, out long result)
    {
        var wide = Math.BigMul(a, b, out long low);
        result = low;
        return wide == (low >> 63);
    }

    /// <summary>The remainder with the sign of <paramref name="a"/> (C#'s %); fails for 0 and for long.MinValue % -1.</summary>
    public static bool TryRemainder(long a, long b, out long result)
    {
        if (b == 0 || (a == long.MinValue && b == -1))
        {
            result = 0;
            return false;
        }
        result = a % b;
        return true;
    }

    public static bool TryNegate(long a, out long result)
    {
        result = unchecked(-a);
        return a != long.MinValue;
    }

    /// <summary>Division always gives a float; fails for a zero divisor and for a result that is not a finite number.</summary>
    public static bool TryDivide(double a, double b, out double result)
    {
        result = a / b;
        return b != 0 && double.IsFinite(result);
    }

    /// <summary>
    /// An int argument of a stdlib function that takes 32 bits: the value, or a <see cref="Generation.PackFaultException"/>
    /// naming <paramref name="function"/> (never a silent wrap: 4294967297 is not 1).
    /// </summary>
    public static int ToInt32(long value, string function) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new Generation.PackFaultException($"{function}: {value} does not fit in a 32-bit int");

    /// <summary>Float arithmetic fails where it leaves the finite numbers (1e308 * 10, x % 0.0).</summary>
    public static bool IsFinite(double value) => double.IsFinite(value);
}
