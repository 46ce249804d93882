using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests;

/// <summary>Structural invariants of the syntax tree over the whole corpus.</summary>
public sealed class SyntaxTreeShapeTests
{
    public static TheoryData<string> Cases => [.. CorpusCases.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Child_spans_lie_within_their_parent(string name)
    {
        var tree = SyntaxTree.Parse(CorpusCases.Source(name), name);

        foreach (var parent in tree.Root.DescendantsAndSelf())
        {
            foreach (var child in parent.ChildNodes())
            {
                Assert.True(parent.Span.Contains(child.Span), $"{child.Kind} {child.Span} is outside {parent.Kind} {parent.Span}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Children_come_in_source_order(string name)
    {
        var tree = SyntaxTree.Parse(CorpusCases.Source(name), name);

        foreach (var parent in tree.Root.DescendantsAndSelf())
        {
            var starts = parent.ChildNodes().Select(c => c.Span.Start).ToList();
            Assert.Equal(starts.Order(), starts);
        }
    }

    [Fact]
    public void Valid_files_have_no_missing_nodes()
    {
        foreach (var name in CorpusCases.All().Where(n => !CorpusCases.ExpectsErrors(n)))
        {
            var tree = SyntaxTree.Parse(CorpusCases.Source(name), name);

            Assert.DoesNotContain(tree.Root.DescendantsAndSelf(), n => n is MissingExpressionSyntax or IdentifierSyntax { IsMissing: true });
        }
    }
}
