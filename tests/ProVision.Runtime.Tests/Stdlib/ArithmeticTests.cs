using ProVision.Runtime.Generation;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>The .pvg language's integer arithmetic fails instead of wrapping, throwing or rendering "inf" (issue 11).</summary>
public sealed class ArithmeticTests
{
    [Theory]
    [InlineData(long.MaxValue, 1)]
    [InlineData(long.MinValue, -1)]
    [InlineData(long.MaxValue / 2 + 1, long.MaxValue / 2 + 1)]
    public void Sums_outside_the_ints_fail(long a, long b) => Assert.False(Arithmetic.TryAdd(a, b, out _));

    [Theory]
    [InlineData(long.MaxValue, -1, long.MaxValue - 1)]
    [InlineData(long.MinValue, long.MaxValue, -1)]
    [InlineData(-5, 3, -2)]
    public void Sums_inside_the_ints_are_exact(long a, long b, long sum)
    {
        Assert.True(Arithmetic.TryAdd(a, b, out var result));
        Assert.Equal(sum, result);
    }

    [Fact]
    public void Differences_products_and_negation_fail_exactly_at_the_edges()
    {
        Assert.False(Arithmetic.TrySubtract(long.MinValue, 1, out _));
        Assert.True(Arithmetic.TrySubtract(long.MinValue, -1, out var d) && d == long.MinValue + 1);
        Assert.False(Arithmetic.TryMultiply(long.MaxValue, 2, out _));
        Assert.False(Arithmetic.TryMultiply(long.MinValue, -1, out _));
        Assert.True(Arithmetic.TryMultiply(-3_037_000_499, 3_037_000_499, out var p) && p == -3_037_000_499L * 3_037_000_499);
        Assert.False(Arithmetic.TryNegate(long.MinValue, out _));
        Assert.True(Arithmetic.TryNegate(long.MaxValue, out var n) && n == -long.MaxValue);
    }

    [Fact]
    public void Remainders_by_zero_and_min_value_by_minus_one_fail()
    {
        Assert.False(Arithmetic.TryRemainder(7, 0, out _));
        Assert.False(Arithmetic.TryRemainder(long.MinValue, -1, out _));
        Assert.True(Arithmetic.TryRemainder(-7, 3, out var r) && r == -1);
    }

    [Fact]
    public void Division_by_zero_and_to_infinity_fail_so_inf_never_renders()
    {
        Assert.False(Arithmetic.TryDivide(1, 0, out _));
        Assert.False(Arithmetic.TryDivide(0, 0, out _));
        Assert.False(Arithmetic.TryDivide(1e308, 1e-308, out _));
        Assert.True(Arithmetic.TryDivide(1, 4, out var q) && q == 0.25);
    }

    [Fact]
    public void Stdlib_functions_refuse_arguments_outside_their_domain_as_pack_faults()
    {
        var random = new RandomKey(1, "g", "img", -1).CreateRandom();
        var items = new ScratchList<string>();
        items.Add("a");
        var pick = Assert.Throws<PackFaultException>(() => Lists.KeepSample(items, -5, random));
        Assert.Contains("found -5", pick.Message, StringComparison.Ordinal);
        Assert.Throws<PackFaultException>(() => Counting.CountChoices(-1, random, new ScratchList<long>()));
        Assert.Throws<PackFaultException>(() => Arithmetic.ToInt32(4_294_967_297L, "countChoices"));
    }
}
