namespace ProVision.Pipeline.Tests.Segmentation;

/// <summary>
/// Finds the workplace's shared models and fixtures beside the checkout (<c>&lt;repo&gt;/../shared</c>) or through
/// <c>PROVISION_MODELS</c> (its parent folder holds <c>fixtures/</c>). Tests that need them return early, saying why, when absent.
/// </summary>
public static class SharedFiles
{
    /// <summary>The repository root (the folder holding ProVision.Dsl.sln), found upward from the test binaries.</summary>
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The shared folder, or null.</summary>
    public static string? SharedRoot()
    {
        var models = Environment.GetEnvironmentVariable("PROVISION_MODELS");
        if (!string.IsNullOrEmpty(models) && Directory.Exists(models))
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(models).TrimEnd(Path.DirectorySeparatorChar));
            if (parent is not null && Directory.Exists(Path.Combine(parent, "fixtures"))) return parent;
        }
        var repo = RepoRoot();
        if (repo is null) return null;
        var shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>The baseball fixture folder, or null with the reason.</summary>
    public static string? Baseball(out string reason)
    {
        var shared = SharedRoot();
        var dir = shared is null ? null : Path.Combine(shared, "fixtures", "baseball");
        if (dir is null || !File.Exists(Path.Combine(dir, "images", "baseball_1.png")))
        {
            reason = "skipped: the baseball fixtures (<repo>/../shared/fixtures/baseball) are not on this machine";
            return null;
        }
        reason = "";
        return dir;
    }
}
