using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests;

/// <summary>Parses every corpus case and compares the syntax dump and the inline diagnostics with the golden files.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases => [.. CorpusCases.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Syntax_tree_matches_golden_file(string name)
    {
        var tree = SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension);

        Baseline.Verify(CorpusCases.PathOf(name, ".syntax.txt"), tree.Dump());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_golden_file(string name)
    {
        var tree = SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension);

        Baseline.Verify(CorpusCases.PathOf(name, ".diagnostics.txt"), InlineDiagnosticWriter.Write(tree.Text, tree.Diagnostics));
        Assert.Equal(CorpusCases.ExpectsErrors(name), tree.HasErrors);
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "PV0999");
    }

    [Fact]
    public void Corpus_is_not_empty_and_has_no_dangling_golden_files()
    {
        var cases = CorpusCases.All().ToHashSet();
        Assert.True(cases.Count >= 15, "the corpus should keep at least 15 cases");

        var golden = Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Corpus, path).Replace('\\', '/'));
        foreach (var file in golden)
        {
            var suffix = CorpusCases.GoldenSuffixes.FirstOrDefault(s => file.EndsWith(s, StringComparison.Ordinal));
            Assert.True(suffix is not null && cases.Contains(file[..^suffix.Length]), $"golden file without a corpus case: {file}");
        }
    }
}
