using ProVision.Compiler.Binding;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests;

/// <summary>docs/language-design.md lists every standard-library function and every binding and emit diagnostic.</summary>
public sealed class DocumentationTests
{
    private static readonly string s_design = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "language-design.md"));

    [Fact]
    public void Every_standard_library_function_is_documented()
    {
        var missing = StandardLibrary.Functions.Select(f => f.Name).Where(name => !s_design.Contains($"`{name}`", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_binding_and_emit_diagnostic_is_documented()
    {
        var missing = DiagnosticCatalogTests.Codes()
            .Where(code => code[2] is '1' or '2')
            .Where(code => !s_design.Contains($"| {code} |", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_template_lint_diagnostic_is_documented_in_the_language_guide()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "language.md"));
        var missing = DiagnosticCatalogTests.Codes()
            .Where(code => code[2] == '5')
            .Where(code => !guide.Contains($"| {code} |", StringComparison.Ordinal));

        Assert.Empty(missing);
    }
}
