using System.Collections.Immutable;
using ProVision.Compiler.Api;
using ProVision.Compiler.Linting;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Linting;

/// <summary>
/// A scratch pack of planted generators, written to a temporary folder and linted once over the sample graphs plus
/// the given extra ones; a test class takes a subclass as its fixture and asks where each defect was found.
/// </summary>
public abstract class LintedPack : IDisposable
{
    private readonly string _folder;
    private readonly string _source;

    protected LintedPack(string name, string source, string data, params SceneGraph[] extraGraphs)
    {
        _source = source;
        _folder = Directory.CreateTempSubdirectory($"provision-{name}-lint-").FullName;
        PvgPath = Path.Combine(_folder, name + ".pvg");
        File.WriteAllText(PvgPath, source);
        File.WriteAllText(Path.Combine(_folder, "pack.yaml"), $"""
            name: {name}
            version: 1.0.0
            sources: ["*.pvg"]
            data: {data}
            """);
        var loaded = PvgCompiler.LoadPack(Path.Combine(_folder, "pack.yaml"));
        Assert.False(loaded.HasErrors, loaded.FormatDiagnostics());
        Findings = TemplateLinter.Lint(loaded.Pack!, options: new LintOptions { Graphs = [.. LintGraphs.All, .. extraGraphs] });
    }

    public ImmutableArray<LintFinding> Findings { get; }

    public string PvgPath { get; }

    /// <summary>The one finding of <paramref name="code"/> for the generator: an error at the source line holding <paramref name="pointsAt"/>.</summary>
    public LintFinding AssertFoundAt(string generator, string code, string pointsAt)
    {
        var finding = Assert.Single(Findings, f => f.Generator == generator && f.Code == code);
        Assert.True(finding.IsError, finding.Format());
        var line = _source.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains(pointsAt, StringComparison.Ordinal)).i + 1;
        Assert.StartsWith($"{PvgPath}({line},", finding.Format(), StringComparison.Ordinal);
        return finding;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
