namespace ProVision.Compiler.Tests.Infrastructure;

/// <summary>
/// The corpus: <c>Corpus/NNN-area/NNN-name.pvg</c>, each with golden files next to it. Cases are
/// identified by their relative path without extension (<c>100-syntax/101-exists-object</c>), which
/// is also what the test explorer shows.
/// </summary>
internal static class CorpusCases
{
    /// <summary>The extension of corpus sources.</summary>
    public const string SourceExtension = ".pvg";

    /// <summary>The golden-file suffixes every case has.</summary>
    public static readonly string[] GoldenSuffixes = [".syntax.txt", ".diagnostics.txt"];

    /// <summary>Every case, in folder and file order.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(RepositoryPaths.Corpus, "*" + SourceExtension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Corpus, path)[..^SourceExtension.Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The absolute path of a case file with the given suffix.</summary>
    public static string PathOf(string name, string suffix) => Path.Combine(RepositoryPaths.Corpus, name + suffix);

    /// <summary>The corpus source of a case.</summary>
    public static string Source(string name) => File.ReadAllText(PathOf(name, SourceExtension));

    /// <summary>Cases in the 900-errors folder must report errors; every other case must report none.</summary>
    public static bool ExpectsErrors(string name) => name.StartsWith("9", StringComparison.Ordinal);
}
