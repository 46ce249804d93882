namespace ProVision.Cli.Tests;

/// <summary>
/// The workplace's real photos, baseball fixtures and models beside the checkout (<c>../shared</c>, or
/// <c>$PROVISION_MODELS</c> for the models); never copied into the repository.
/// </summary>
internal static class SharedFixtures
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));

    public static string ModelsFolder =>
        Environment.GetEnvironmentVariable("PROVISION_MODELS") is { Length: > 0 } configured ? configured : Path.Combine(Shared, "models");

    /// <summary>Why the photos, the baseball images or the default detector (yolox-nano) are missing, or null.</summary>
    public static string? MissingReason()
    {
        foreach (var file in new[] { Path.Combine(Shared, "fixtures", "photos", "chelsea.png"), Path.Combine(Shared, "fixtures", "baseball", "images", "baseball_1.png") })
        {
            if (!File.Exists(file)) return $"the shared fixtures are not here ({file} is missing)";
        }
        if (!Directory.Exists(ModelsFolder) || !Directory.EnumerateFiles(ModelsFolder, "yolox_nano.onnx", SearchOption.AllDirectories).Any())
            return $"the yolox-nano model (the default detector) is not in {Path.GetFullPath(ModelsFolder)}";
        return null;
    }
}

/// <summary>
/// A fact that needs <see cref="SharedFixtures"/>: skipped, with the reason, where they are absent; under CI=true it
/// always runs, so a CI machine without them fails with the reason instead of passing without looking.
/// </summary>
public sealed class SharedFixturesFactAttribute : FactAttribute
{
    public SharedFixturesFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && SharedFixtures.MissingReason() is { } reason) Skip = reason;
    }
}
