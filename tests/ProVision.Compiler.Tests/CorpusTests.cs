using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Emit;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Testing.Snapshots;

namespace ProVision.Compiler.Tests;

/// <summary>
/// Runs every corpus case through each stage and compares the output with the golden files: the syntax tree, the
/// diagnostics of every stage inline in the source, the bound tree (cases without syntax errors) and the emitted
/// C# (cases without errors).
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases => [.. CorpusCases.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Syntax_tree_matches_golden_file(string name)
    {
        var tree = Parse(name);

        Baseline.Verify(CorpusCases.PathOf(name, CorpusCases.SyntaxSuffix), tree.Dump());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_golden_file(string name)
    {
        var tree = Parse(name);
        var diagnostics = AllDiagnostics(tree);

        Baseline.Verify(CorpusCases.PathOf(name, CorpusCases.DiagnosticsSuffix), InlineDiagnosticWriter.Write(tree.Text, diagnostics));
        Assert.Equal(CorpusCases.ExpectsErrors(name), tree.HasErrors);
        Assert.DoesNotContain(diagnostics, d => d.Code == "PV0999");
        if (CorpusCases.ExpectsBindingErrors(name))
        {
            Assert.Contains(diagnostics, d => d.Code.StartsWith("PV1", StringComparison.Ordinal) && d.IsError);
        }
        if (CorpusCases.ExpectsEmitErrors(name))
        {
            Assert.DoesNotContain(diagnostics, d => d.IsError && !d.Code.StartsWith("PV2", StringComparison.Ordinal));
            Assert.Contains(diagnostics, d => d.IsError && d.Code.StartsWith("PV2", StringComparison.Ordinal));
        }
        if (CorpusCases.MustCompile(name))
        {
            Assert.DoesNotContain(diagnostics, d => d.IsError);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bound_tree_matches_golden_file(string name)
    {
        var tree = Parse(name);
        var path = CorpusCases.PathOf(name, CorpusCases.BoundSuffix);
        if (tree.HasErrors)
        {
            Assert.False(File.Exists(path), $"{path}: a case with syntax errors has no bound tree; delete the file");
            return;
        }

        var bound = Binder.Bind([tree]);
        Baseline.Verify(path, BoundTreeDumper.Dump(bound.Pack, tree.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Emitted_csharp_matches_golden_file(string name)
    {
        var tree = Parse(name);
        var path = CorpusCases.PathOf(name, CorpusCases.EmittedSuffix);
        var result = ProVision.Compiler.Api.CompilationDriver.Emit([tree], CorpusCases.EmitOptions);
        if (result.Source is null)
        {
            Assert.False(File.Exists(path), $"{path}: a case with errors emits nothing; delete the file");
            return;
        }

        Baseline.Verify(path, result.Source);
    }

    [Theory]
    [InlineData("PV1")]
    [InlineData("PV2")]
    public void Every_binding_and_emit_diagnostic_has_a_corpus_case(string band)
    {
        var reported = CorpusCases.All()
            .Where(name => band == "PV1" ? CorpusCases.ExpectsBindingErrors(name) : CorpusCases.ExpectsEmitErrors(name))
            .SelectMany(name => AllDiagnostics(Parse(name)))
            .Select(d => d.Code)
            .ToHashSet();
        var missing = DiagnosticCatalogTests.Codes().Where(c => c.StartsWith(band, StringComparison.Ordinal) && !reported.Contains(c));

        Assert.Empty(missing);
    }

    [Fact]
    public void Corpus_is_not_empty_and_has_no_dangling_golden_files()
    {
        var cases = CorpusCases.All().ToHashSet();
        Assert.True(cases.Count >= 15, "the corpus should keep at least 15 cases");

        // Received files are what a failing comparison wrote (git ignores them); every other text file is a golden file.
        var golden = Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(SnapshotFolder.ReceivedSuffix, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Corpus, path).Replace('\\', '/'));
        foreach (var file in golden)
        {
            var suffix = CorpusCases.GoldenSuffixes.FirstOrDefault(s => file.EndsWith(s, StringComparison.Ordinal));
            Assert.True(suffix is not null && cases.Contains(file[..^suffix.Length]),
                $"golden file without a corpus case: {file} (golden files are <case>{string.Join("|", CorpusCases.GoldenSuffixes)}; " +
                "an old-style <case>.bound.txt is renamed to <case>.bound.verified.txt, or deleted after a run with PROVISION_SET_BASELINE=1)");
        }
    }

    private static SyntaxTree Parse(string name) => SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension);

    // Syntax diagnostics, then (for a tree without syntax errors) binding and emit diagnostics.
    private static List<Diagnostic> AllDiagnostics(SyntaxTree tree)
    {
        var diagnostics = tree.Diagnostics.ToList();
        if (!tree.HasErrors)
        {
            diagnostics.AddRange(ProVision.Compiler.Api.CompilationDriver.Emit([tree], CorpusCases.EmitOptions).Diagnostics.Where(d => !d.Code.StartsWith("PV0", StringComparison.Ordinal)));
        }
        return diagnostics;
    }
}
