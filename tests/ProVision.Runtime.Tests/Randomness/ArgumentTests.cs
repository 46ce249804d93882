using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Randomness;

public sealed class ArgumentTests
{
    private readonly DeterministicRandom _random = RandomKey.FromValue(1).CreateRandom();

    [Fact]
    public void Bounded_integers_reject_empty_ranges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.NextInt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.NextInt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.NextInt(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.NextInt(6, 5));
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(double.MinValue, double.MaxValue)]
    public void Uniform_rejects_bad_bounds(double a, double b)
    {
        Assert.Throws<ArgumentException>(() => _random.Uniform(a, b));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Bernoulli_rejects_non_probabilities(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.Bernoulli(p));
    }

    public static TheoryData<double[]> BadWeights => new()
    {
        Array.Empty<double>(),
        new[] { 0.0, 0.0 },
        new[] { 1.0, -0.5 },
        new[] { 1.0, double.NaN },
        new[] { double.PositiveInfinity },
        new[] { double.MaxValue, double.MaxValue },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void WeightedChoice_rejects_bad_weights(double[] weights)
    {
        Assert.Throws<ArgumentException>(() => _random.WeightedChoice(weights));
    }

    [Fact]
    public void Choice_rejects_empty_input()
    {
        Assert.Throws<ArgumentException>(() => _random.Choice(ReadOnlySpan<int>.Empty));
        Assert.Throws<ArgumentException>(() => _random.Choice((IReadOnlyList<int>)[]));
    }

    [Fact]
    public void SampleWithoutReplacement_rejects_impossible_requests()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.SampleWithoutReplacement(3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.SampleWithoutReplacement(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.SampleWithoutReplacement(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _random.SampleWithoutReplacement(10, 3, new int[2]));
    }
}
