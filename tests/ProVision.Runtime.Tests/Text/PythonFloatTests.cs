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

    [Fact]
    public void Rounding_without_big_integers_agrees_with_the_exact_expansion()
    {
        var random = new Random(17);
        var checkedValues = 0;
        foreach (var digits in new[] { 0, 1, 2, 3, 6, 15 })
        {
            for (var i = 0; i < 20_000; i++)
            {
                // Box ratios (pixel / size), exact ties (k / 8), and arbitrary doubles of every magnitude.
                var value = (i % 3) switch
                {
                    0 => random.Next(0, 4000) / (double)random.Next(1, 4000),
                    1 => random.Next(-400, 400) / 8.0 + random.Next(0, 2) * 1e-3,
                    _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 12)),
                };
                Assert.Equal(PythonFloat.RoundExactly(value, digits), PythonFloat.Round(value, digits));
                checkedValues++;
            }
        }
        Assert.Equal(120_000, checkedValues);
    }
}
