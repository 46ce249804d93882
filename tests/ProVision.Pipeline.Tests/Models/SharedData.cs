namespace ProVision.Pipeline.Tests.Models;

/// <summary>
/// The workplace's real models and photos, when present: <c>$PROVISION_MODELS</c> or <c>&lt;repo&gt;/../shared/models</c>,
/// and <c>&lt;repo&gt;/../shared/fixtures/baseball</c>. Nothing from there is copied into the repository; a test that
/// needs it is a <see cref="SharedDataFactAttribute"/> (skipped with the reason where it is absent, failing with it
/// under CI=true).
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

    /// <summary>The model file of a registry id. Reached only when <see cref="SharedDataFactAttribute"/> did not skip.</summary>
    /// <exception cref="InvalidOperationException">The model is missing (under CI=true), with the reason.</exception>
    public static string Model(string id) =>
        ModelsFolder is { } folder && new ProVision.Pipeline.Models.ModelStore(folder).Locate(ProVision.Pipeline.Models.ModelRegistry.Default.Get(id)) is { } path
            ? path
            : throw new InvalidOperationException($"CI=true and {MissingReason([id])}");

    /// <summary>The baseball fixture folder. Reached only when <see cref="SharedDataFactAttribute"/> did not skip.</summary>
    /// <exception cref="InvalidOperationException">The fixtures are missing (under CI=true), with the reason.</exception>
    public static string Baseball() => BaseballFolder ?? throw new InvalidOperationException($"CI=true and {MissingReason([])}");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the baseball fixtures or one of <paramref name="modelIds"/> cannot be used here, or null when they can.</summary>
    public static string? MissingReason(IEnumerable<string> modelIds)
    {
        if (BaseballFolder is null)
            return $"the baseball fixtures are not here ({Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "fixtures", "baseball"))} has no images/baseball_1.png)";
        var ids = modelIds.ToList();
        if (ids.Count == 0) return null;
        if (ModelsFolder is not { } folder)
            return $"no model folder: set PROVISION_MODELS or provide {Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "models"))}";
        var store = new ProVision.Pipeline.Models.ModelStore(folder);
        foreach (var id in ids)
        {
            var entry = ProVision.Pipeline.Models.ModelRegistry.Default.Get(id);
            if (store.Locate(entry) is null) return $"model '{id}' ({entry.File}) is not in {folder}";
        }
        return null;
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
