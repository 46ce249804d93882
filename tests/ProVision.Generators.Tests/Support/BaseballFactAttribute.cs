namespace ProVision.Generators.Tests.Support;

/// <summary>
/// A fact that needs <c>../shared/fixtures/baseball</c> (<see cref="SharedFixtures.Baseball"/>; the workplace's real
/// data, never copied into the project): reported as skipped, with the reason, where the folder is absent; under
/// <c>CI=true</c> it runs anyway, so a CI machine without the data fails with the reason instead of skipping.
/// </summary>
public sealed class BaseballFactAttribute : FactAttribute
{
    public BaseballFactAttribute()
    {
        Skip = SkipReason();
    }

    internal static string? SkipReason() =>
        SharedFixtures.Baseball is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"../shared/fixtures/baseball is absent above {AppContext.BaseDirectory} (CI has it; under CI=true this test runs and fails)"
            : null;
}

/// <summary>The theory form of <see cref="BaseballFactAttribute"/>.</summary>
public sealed class BaseballTheoryAttribute : TheoryAttribute
{
    public BaseballTheoryAttribute()
    {
        Skip = BaseballFactAttribute.SkipReason();
    }
}
