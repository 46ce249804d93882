using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests;

/// <summary>Hostile and degenerate input: the parser reports, it never crashes or overflows the stack.</summary>
public sealed class ParserRobustnessTests
{
    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("-", "")]
    [InlineData("not ", "")]
    [InlineData("f(", ")")]
    [InlineData("x => ", "")]
    public void Deep_nesting_reports_PV0016(string open, string close)
    {
        var expression = string.Concat(Enumerable.Repeat(open, 20_000)) + "1" + string.Concat(Enumerable.Repeat(close, 20_000));

        var tree = Parse(expression);

        Assert.Contains(tree.Diagnostics, d => d.Code == "PV0016");
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "PV0999");
    }

    [Theory]
    [InlineData(" + ")]
    [InlineData(" and ")]
    [InlineData(".")]
    public void Long_operator_chains_report_PV0016(string op)
    {
        var expression = "x" + string.Concat(Enumerable.Repeat(op + "x", 50_000));

        var tree = Parse(expression);

        Assert.Contains(tree.Diagnostics, d => d.Code == "PV0016");
    }

    [Theory]
    [InlineData("draw imgs = {\n images shared relations")]
    [InlineData("draw imgs = images sharing relations")]
    [InlineData("draw imgs = ( images sharing labels where x")]
    [InlineData("draw imgs = ) images sharing attributes")]
    [InlineData("draw  = imagesPerItem images where count(it.nouns) > 0")]
    public void A_draw_whose_count_is_missing_keeps_its_parts_in_source_order(string draw)
    {
        // The count recovery leaves empty stands before `sharing kind`, not at the clause's end (FuzzTests found it).
        var text = "generator G {\n  family multi-image\n  " + draw + "\n  emit { answer = 1 }\n  ask \"q\" -> \"{answer}\"\n}\n";
        var tree = SyntaxTree.Parse(text, "draw.pvg");

        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            var previousStart = 0;
            foreach (var child in node.ChildNodes())
            {
                Assert.True(node.Span.Contains(child.Span), $"{child.Kind} {child.Span} outside {node.Kind} {node.Span}");
                Assert.True(child.Span.Start >= previousStart, $"{child.Kind} {child.Span} out of order in {node.Kind} {node.Span}");
                previousStart = child.Span.Start;
            }
        }
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        var tree = Parse(new string('(', 40) + "1" + new string(')', 40));

        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Huge_input_reports_PV0017_without_parsing()
    {
        var tree = SyntaxTree.Parse(new string('#', SyntaxFacts.MaxSourceLength + 1), "huge.pvg");

        Assert.Equal("PV0017", Assert.Single(tree.Diagnostics).Code);
        Assert.Empty(tree.Root.Declarations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("# only a comment")]
    public void Empty_files_have_no_diagnostics(string text)
    {
        var tree = SyntaxTree.Parse(text, "empty.pvg");

        Assert.Empty(tree.Diagnostics);
        Assert.Empty(tree.Root.Declarations);
    }

    [Fact]
    public void Null_text_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => SyntaxTree.Parse(null!, "x.pvg"));
    }

    [Fact]
    public void Crlf_files_get_the_same_columns()
    {
        var lf = SyntaxTree.Parse("generator G {\n  for o in objects $\n}\n", "lf.pvg");
        var crlf = SyntaxTree.Parse("generator G {\r\n  for o in objects $\r\n}\r\n", "crlf.pvg");

        var position = (SyntaxTree t) => t.Text.GetLinePosition(t.Diagnostics.Single(d => d.Code == "PV0004").Span.Start);
        Assert.Equal(position(lf), position(crlf));
    }

    [Fact]
    public void Parsing_is_thread_safe()
    {
        var text = File.ReadAllText(Infrastructure.CorpusCases.PathOf("100-syntax/101-exists-object", ".pvg"));
        var expected = SyntaxTree.Parse(text, "a.pvg").Dump();

        var dumps = Enumerable.Range(0, 32).AsParallel().Select(_ => SyntaxTree.Parse(text, "a.pvg").Dump()).ToList();

        Assert.All(dumps, dump => Assert.Equal(expected, dump));
    }

    private static SyntaxTree Parse(string expression) =>
        SyntaxTree.Parse($"generator G {{\n  let x = {expression}\n  emit {{ answer = x }}\n  tell \"x\"\n}}\n", "deep.pvg");
}
