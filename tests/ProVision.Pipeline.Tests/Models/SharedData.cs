using Xunit.Abstractions;

namespace ProVision.Pipeline.Tests.Models;

/// <summary>
/// The workplace's real models and photos, when present: <c>$PROVISION_MODELS</c> or <c>&lt;repo&gt;/../shared/models</c>,
/// and <c>&lt;repo&gt;/../shared/fixtures/baseball</c>. Nothing from there is copied into the repository; tests that need
/// it return early, after saying why, when it is absent.
/// </summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? ModelsFolder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PROVISION_MODELS");
            if (!string.IsNullOrWhiteSpace(configured) && Directory.Exists(configured)) return Path.GetFullPath(configured);
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "models"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static string? BaseballFolder
    {
        get
        {
            var candidates = new List<string> { Path.Combine(RepoRoot, "..", "shared", "fixtures", "baseball") };
            if (ModelsFolder is { } models) candidates.Add(Path.Combine(models, "..", "fixtures", "baseball"));
            return candidates.Select(Path.GetFullPath).FirstOrDefault(d => File.Exists(Path.Combine(d, "images", "baseball_1.png")));
        }
    }

    /// <summary>The model file of a registry id, or null after telling the test output why the test does nothing.</summary>
    public static string? Model(string id, ITestOutputHelper output)
    {
        var folder = ModelsFolder;
        if (folder is null)
        {
            output.WriteLine($"skipped: no model folder (set PROVISION_MODELS or provide {Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "models"))})");
            return null;
        }
        var entry = ProVision.Pipeline.Models.ModelRegistry.Default.Get(id);
        var path = new ProVision.Pipeline.Models.ModelStore(folder).Locate(entry);
        if (path is null) output.WriteLine($"skipped: {entry.File} is not in {folder}");
        return path;
    }

    /// <summary>The baseball fixture folder, or null after telling the test output why the test does nothing.</summary>
    public static string? Baseball(ITestOutputHelper output)
    {
        var folder = BaseballFolder;
        if (folder is null) output.WriteLine("skipped: the baseball fixtures (../shared/fixtures/baseball) are not present");
        return folder;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"cannot find the repository root above {AppContext.BaseDirectory}");
    }
}
