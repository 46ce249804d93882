using ProVision.Compiler.Linting;
using ProVision.Generators.Tests.Builtin;

namespace ProVision.Generators.Tests.Linting;

/// <summary>
/// The template lint over every template of every built-in generator (generators/**/*.pvg): every expansion rendered
/// with sample nouns, counts and lists, and every generator run on the lint's sample graphs. The pack must have no
/// lint error; a change to a .pvg that makes "a apple", "there is 2", a leaked answer or a repeated option fails here
/// with the file, line and offending text.
/// </summary>
public sealed class BuiltinTemplateLintTests
{
    [Fact]
    public void Every_builtin_template_lints_without_errors()
    {
        var findings = TemplateLinter.Lint(BuiltinPack.Pack);

        var errors = findings.Where(f => f.IsError).Select(f => f.Format()).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} lint error(s) in the built-in pack:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_sample_graphs_hold_synonym_attribute_pairs_of_the_builtin_vocabulary()
    {
        // So that the clean lint above means something for PV5016: a generator listing an object's attributes meets
        // "wood" and "wooden" (and "large" and "big") on one object and must say each meaning once.
        var vocabulary = BuiltinPack.Pack.Vocabulary;
        var pairs = LintGraphs.All.SelectMany(g => g.Objects)
            .SelectMany(o => o.Attributes.SelectMany((a, i) => o.Attributes.Skip(i + 1).Where(b => vocabulary.AreSynonyms(a, b)).Select(b => $"{a}/{b}")))
            .ToList();
        Assert.Contains("wooden/wood", pairs);
        Assert.Contains("large/big", pairs);
    }

    [Fact]
    public void The_sample_graphs_hold_labels_that_are_no_thing_in_the_builtin_vocabulary()
    {
        // So that the clean lint above means something for PV5026: a generator naming objects by label meets "spots"
        // and "picnic" and must leave them out.
        var vocabulary = BuiltinPack.Pack.Vocabulary;
        var nonThings = LintGraphs.All.SelectMany(g => g.Objects).Select(o => o.Label).Where(l => !vocabulary.IsThing(l)).ToHashSet();
        Assert.Contains("spots", nonThings);
        Assert.Contains("picnic", nonThings);
    }

    [Fact]
    public void A_grammar_error_planted_in_a_copy_of_a_builtin_generator_is_caught_in_its_file()
    {
        // The same sources with one template broken: the lint is not vacuous on the real generators.
        var (path, findings) = LintCopyOfExistsObject("tell \"There {be(count)} {count} {plural(noun, count)}.\"", "tell \"There is {count} {plural(noun, count)}.\"");

        var finding = Assert.Single(findings, f => f.IsError);

        Assert.Equal("PV5012", finding.Code);
        Assert.StartsWith(path + "(", finding.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_builtin_generator_that_counts_non_objects_is_caught_in_its_file()
    {
        // Without its isThing filter ExistsObject asks "how many picnics" (and tells "There is 1 picnic") on the sample graphs.
        var (path, findings) = LintCopyOfExistsObject("where countable(label) and isThing(label) and", "where countable(label) and");

        var errors = findings.Where(f => f.IsError).ToList();

        // One finding per template that asks it.
        Assert.NotEmpty(errors);
        Assert.All(errors, f => Assert.Equal("PV5026", f.Code));
        Assert.All(errors, f => Assert.Matches("names 'picnics?' as an object", f.Format()));
        Assert.All(errors, f => Assert.StartsWith(path + "(", f.Format(), StringComparison.Ordinal));
    }

    /// <summary>Lints a copy of the built-in ExistsObject (with its phrase files and vocabulary) with one text replaced.</summary>
    private static (string Path, IReadOnlyList<LintFinding> Findings) LintCopyOfExistsObject(string from, string to)
    {
        var folder = Directory.CreateTempSubdirectory("provision-builtin-lint-").FullName;
        try
        {
            foreach (var file in new[] { "common.pvg", "phrases_obj.pvg", "vocabulary.json", "object/exists_object.pvg" })
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.Combine(folder, file))!);
                File.Copy(System.IO.Path.Combine(BuiltinPack.Folder, file), System.IO.Path.Combine(folder, file));
            }
            var path = System.IO.Path.Combine(folder, "object", "exists_object.pvg");
            var source = File.ReadAllText(path);
            Assert.Contains(from, source, StringComparison.Ordinal);
            File.WriteAllText(path, source.Replace(from, to, StringComparison.Ordinal));
            File.WriteAllText(System.IO.Path.Combine(folder, "pack.yaml"), """
                name: lintcopy
                version: 1.0.0
                sources: [common.pvg, phrases_obj.pvg, object/exists_object.pvg]
                vocabulary: vocabulary.json
                data: [labels, boxes]
                """);
            var loaded = ProVision.Compiler.Api.PvgCompiler.LoadPack(System.IO.Path.Combine(folder, "pack.yaml"));
            Assert.False(loaded.HasErrors, loaded.FormatDiagnostics());
            return (path, [.. TemplateLinter.Lint(loaded.Pack!)]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
