using ProVision.Compiler.Emit;

namespace ProVision.Compiler.Tests.Infrastructure;

/// <summary>
/// The corpus: <c>Corpus/NNN-area/NNN-name.pvg</c>, each with golden files next to it
/// (<c>NNN-name.syntax.verified.txt</c>, ...; a difference writes <c>.received.txt</c> beside them). Cases are
/// identified by their relative path without extension (<c>100-syntax/101-exists-object</c>), which
/// is also what the test explorer shows.
/// </summary>
internal static class CorpusCases
{
    /// <summary>The extension of corpus sources.</summary>
    public const string SourceExtension = ".pvg";

    /// <summary>The syntax-tree golden file (golden files follow the <c>.verified.txt</c> convention: Infrastructure/Baseline.cs).</summary>
    public const string SyntaxSuffix = ".syntax.verified.txt";

    /// <summary>The golden file of the source with every stage's diagnostics inline.</summary>
    public const string DiagnosticsSuffix = ".diagnostics.verified.txt";

    /// <summary>The bound-tree golden file.</summary>
    public const string BoundSuffix = ".bound.verified.txt";

    /// <summary>
    /// The emitted C# golden file. It ends in <c>.txt</c> because the SDK compiles every <c>*.cs</c> under a project
    /// folder, and a stale golden file must never break the build that would regenerate it.
    /// </summary>
    public const string EmittedSuffix = ".g.cs.verified.txt";

    /// <summary>The golden-file suffixes (the last two exist only for cases that reach binding and emit).</summary>
    public static readonly string[] GoldenSuffixes = [SyntaxSuffix, DiagnosticsSuffix, BoundSuffix, EmittedSuffix];

    /// <summary>The cases that are the acceptance generators: they must bind and emit without errors.</summary>
    public static readonly string[] Acceptance =
    [
        "100-syntax/101-exists-object",
        "100-syntax/102-left-most-object",
        "100-syntax/103-exists-relation",
        "100-syntax/104-closer-object",
        "100-syntax/105-has-object-multi",
    ];

    /// <summary>The options every corpus case is emitted with.</summary>
    public static EmitOptions EmitOptions { get; } = new() { Namespace = "ProVision.Generated.Corpus" };

    /// <summary>Every case, in folder and file order.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(RepositoryPaths.Corpus, "*" + SourceExtension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Corpus, path)[..^SourceExtension.Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The absolute path of a case file with the given suffix.</summary>
    public static string PathOf(string name, string suffix) => Path.Combine(RepositoryPaths.Corpus, name + suffix);

    /// <summary>The corpus source of a case.</summary>
    public static string Source(string name) => File.ReadAllText(PathOf(name, SourceExtension));

    /// <summary>The C# an emitting case compiles to (tests that read the emitted code: HoistingTests, NounIdTests).</summary>
    public static string EmittedCSharp(string name)
    {
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(Source(name), name + SourceExtension);
        var result = ProVision.Compiler.Api.CompilationDriver.Emit([tree], new EmitOptions { Namespace = "ProVision.Generated.Tests" });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Source!;
    }

    /// <summary>Cases in the 900-errors folder must report syntax errors; every other case must report none.</summary>
    public static bool ExpectsErrors(string name) => name.StartsWith("9", StringComparison.Ordinal);

    /// <summary>Cases in the 300-binding folder must report at least one binding error.</summary>
    public static bool ExpectsBindingErrors(string name) => name.StartsWith("3", StringComparison.Ordinal);

    /// <summary>Cases in the 400-emit folder bind without errors and must report at least one emit error (PV2xxx).</summary>
    public static bool ExpectsEmitErrors(string name) => name.StartsWith("4", StringComparison.Ordinal);

    /// <summary>The acceptance cases and every case in 500-emit must bind and emit without errors.</summary>
    public static bool MustCompile(string name) => Acceptance.Contains(name) || name.StartsWith("5", StringComparison.Ordinal);
}
