namespace ProVision.Runtime.Tests.Generation;

/// <summary>docs/runtime-contract.md quotes the hand-written generator; this keeps the quote and the compiled file identical.</summary>
public sealed class ContractDocTests
{
    [Fact]
    public void The_contract_doc_quotes_the_compiled_example_verbatim()
    {
        var root = FindRoot();
        Assert.True(root is not null, $"docs/runtime-contract.md not found above {AppContext.BaseDirectory}: run the tests from a checkout");
        var doc = File.ReadAllText(Path.Combine(root, "docs", "runtime-contract.md"));
        var example = File.ReadAllText(Path.Combine(root, "tests", "ProVision.Runtime.Tests", "Generation", "HandWrittenExistsObjectGenerator.cs"));
        Assert.Contains("```csharp\n" + example + "```", doc);
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "runtime-contract.md")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
