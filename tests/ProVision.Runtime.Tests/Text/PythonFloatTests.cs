using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

/// <summary>Expected values are Python 3's own output for <c>round(x, 2)</c> and <c>repr</c>.</summary>
public sealed class PythonFloatTests
{
    [Theory]
    [InlineData(0.125, "0.12")] // exact tie: half to even
    [InlineData(0.375, "0.38")] // exact tie: half to even, up
    [InlineData(2.675, "2.67")] // stored just below the tie
    [InlineData(1.005, "1.0")]
    [InlineData(0.305, "0.3")]
    [InlineData(0.515, "0.52")]
    [InlineData(0.3, "0.3")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.999, "1.0")]
    [InlineData(-0.001, "-0.0")]
    [InlineData(-0.125, "-0.12")]
    [InlineData(0.004999, "0.0")]
    [InlineData(0.005, "0.01")]
    [InlineData(12345.678, "12345.68")]
    public void Round_two_digits_then_repr_matches_python(double value, string expected)
    {
        Assert.Equal(expected, PythonFloat.Repr(PythonFloat.Round(value, 2)));
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e300, "1e+300")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Repr_lays_out_like_python(double value, string expected)
    {
        Assert.Equal(expected, PythonFloat.Repr(value));
    }
}
