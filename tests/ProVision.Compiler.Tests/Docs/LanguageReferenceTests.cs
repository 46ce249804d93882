using ProVision.Compiler.Binding;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests.Docs;

/// <summary>
/// docs/language.md is the complete reference: its standard-library and diagnostics tables are generated from the
/// registry and the diagnostic catalog (<see cref="ReferenceTables"/>) into marked regions, and this test fails while
/// a region is stale. Refresh them as every golden file is refreshed (docs/contributing.md):
/// <c>PROVISION_SET_BASELINE=1 dotnet test tests/ProVision.Compiler.Tests -c Release --filter FullyQualifiedName~LanguageReferenceTests</c>.
/// </summary>
public sealed class LanguageReferenceTests
{
    private const string RefreshCommand =
        "PROVISION_SET_BASELINE=1 dotnet test tests/ProVision.Compiler.Tests -c Release --filter FullyQualifiedName~LanguageReferenceTests";

    private static readonly string s_language = Path.Combine(RepositoryPaths.Root, "docs", "language.md");

    [Fact]
    public void The_generated_tables_of_the_reference_are_up_to_date()
    {
        var markdown = File.ReadAllText(s_language);
        var expected = ReferenceTables.All();
        if (Baseline.IsUpdating)
        {
            File.WriteAllText(s_language, GeneratedRegions.Write(markdown, expected));
            return;
        }

        var actual = GeneratedRegions.Read(markdown);
        var missing = expected.Where(r => !actual.ContainsKey(r.Name)).Select(r => r.Name).ToList();
        var stale = expected.Where(r => actual.TryGetValue(r.Name, out var text) && text != r.Text).Select(r => r.Name).ToList();
        Assert.True(missing.Count == 0, $"docs/language.md lacks the generated region(s) {string.Join(", ", missing)}: " +
            "add '<!-- generated: NAME -->' and '<!-- end generated: NAME -->' lines where the table belongs, then run " + RefreshCommand);
        Assert.True(stale.Count == 0, $"docs/language.md: the generated table(s) {string.Join(", ", stale)} differ from the registry " +
            $"and the diagnostic catalog; regenerate them with\n  {RefreshCommand}\nand commit the diff");
    }

    [Fact]
    public void The_reference_names_every_function_member_built_in_value_and_diagnostic()
    {
        var regions = GeneratedRegions.Read(File.ReadAllText(s_language));
        var text = string.Concat(regions.Values);

        Assert.All(StandardLibrary.Functions, f => Assert.Contains($"| `{f.Name}` |", text, StringComparison.Ordinal));
        Assert.All(StandardLibrary.Members, m => Assert.Contains($"| `{MemberSymbol.ReceiverName(m.Receiver)}.{m.Name}` |", text, StringComparison.Ordinal));
        Assert.All(StandardLibrary.Builtins, b => Assert.Contains($"| `{b.Name}` |", text, StringComparison.Ordinal));
        Assert.All(DiagnosticCatalogTests.Codes(), code => Assert.Contains($"| {code} |", text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_is_replaced_and_the_text_around_it_kept()
    {
        const string markdown = "intro\n<!-- generated: t -->\nold\n<!-- end generated: t -->\noutro\n";

        var written = GeneratedRegions.Write(markdown, [("t", "new\n")]);

        Assert.Equal("intro\n<!-- generated: t -->\nnew\n<!-- end generated: t -->\noutro\n", written);
        Assert.Equal("new\n", GeneratedRegions.Read(written)["t"]);
        Assert.Throws<InvalidOperationException>(() => GeneratedRegions.Write(markdown, [("other", "x\n")]));
    }
}
