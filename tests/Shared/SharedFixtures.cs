namespace ProVision.Tests.Shared;

/// <summary>
/// Locates the workplace's shared reference data (<c>../shared</c> beside the checkout: real fixtures and models).
/// It is never copied into the project; tests that need it are <see cref="BaseballFactAttribute"/>s (or
/// theories), reported as skipped with the reason where it is absent. This file is compiled into each test project
/// that needs it (a linked source, tests/Shared).
/// </summary>
public static class SharedFixtures
{
    public static string? Baseball => Find(Path.Combine("fixtures", "baseball"));

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>
/// A fact that needs <c>../shared/fixtures/baseball</c>: reported as skipped, with the reason, where the folder is
/// absent; under <c>CI=true</c> it runs anyway, so a CI machine without the data fails instead of skipping silently.
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
