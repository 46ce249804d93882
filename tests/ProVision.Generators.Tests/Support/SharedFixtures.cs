namespace ProVision.Generators.Tests.Support;

/// <summary>
/// Locates the workplace's shared reference fixtures (<c>../shared/fixtures</c> beside the checkout). They are
/// never copied into the project; tests that use them are <see cref="BaseballFactAttribute"/>s, skipped with the
/// reason where they are absent.
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
