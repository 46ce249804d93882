using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// Admits decides most weighted candidates by comparing the uniform value with bounds computed once per threshold
/// (GeneratorContext.UniformBounds) instead of taking a logarithm per candidate; a uniform value outside the margin
/// must get the answer the weighted value itself gives, or a candidate that would be kept could be skipped.
/// </summary>
public sealed class SelectionBoundsTests
{
    private static readonly double[] s_weights = [1.0, 0.5, 1.0 / 27, 1.0 / 1_000_000, 1e-12, 1e-18];

    [Fact]
    public void Uniform_values_outside_the_bounds_fall_on_the_side_of_the_threshold_their_weighted_value_does()
    {
        var random = new Random(13);
        var checkedValues = 0;
        foreach (var weight in s_weights)
        {
            for (var i = 0; i < 2_000; i++)
            {
                // Thresholds are the values of kept candidates: weighted values of uniform values.
                var kept = i == 0 ? 0.0 : i == 1 ? 1.0 - Math.Pow(2, -53) : random.NextDouble();
                var threshold = GeneratorContext.WeightedSelectionValue(kept, weight);
                var (above, below) = GeneratorContext.UniformBounds(threshold, weight);
                Assert.True(below < above);
                foreach (var uniform in Near(above, random).Concat(Near(below, random)).Append(kept))
                {
                    if (uniform is < 0 or >= 1) continue;
                    var value = GeneratorContext.WeightedSelectionValue(uniform, weight);
                    if (uniform >= above) Assert.True(value >= threshold, $"u={uniform:R} w={weight:R} t={threshold:R}");
                    if (uniform < below) Assert.True(value < threshold, $"u={uniform:R} w={weight:R} t={threshold:R}");
                    checkedValues++;
                }
            }
        }
        Assert.True(checkedValues > 50_000);
    }

    [Fact]
    public void The_kept_candidates_own_uniform_value_lies_between_the_bounds()
    {
        foreach (var weight in s_weights)
        {
            foreach (var kept in new[] { 0.0, 1e-300, 1e-12, 0.25, 0.5, 0.999999, 1.0 - Math.Pow(2, -53) })
            {
                var (above, below) = GeneratorContext.UniformBounds(GeneratorContext.WeightedSelectionValue(kept, weight), weight);
                Assert.InRange(kept, below, above);
            }
        }
    }

    // Uniform values at and around a bound: a few steps of one ulp and of the margin's size either side.
    private static IEnumerable<double> Near(double bound, Random random)
    {
        var value = bound;
        for (var i = 0; i < 4; i++) value = Math.BitDecrement(value);
        for (var i = 0; i < 9; i++, value = Math.BitIncrement(value)) yield return value;
        for (var i = 0; i < 4; i++) yield return bound + (random.NextDouble() - 0.5) * 4e-9;
    }
}
