namespace ProVision.Compiler.Tests.Infrastructure;

/// <summary>
/// Locates the repository from the test binaries, so that golden files are read from (and, with
/// PROVISION_SET_BASELINE=1, written to) the source tree rather than a copy in bin/.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding ProVision.Dsl.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>The corpus folder of this test project.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "ProVision.Compiler.Tests", "Corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProVision.Dsl.sln not found above " + AppContext.BaseDirectory);
    }
}
