using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Tests;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Renders_header_source_line_and_carets_under_the_span()
    {
        var tree = SyntaxTree.Parse("generator G {\n  ask \"Q?\" \"A\"\n  tell \"x\"\n}\n", "gen/g.pvg");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(
            "gen/g.pvg(2,7): error PV0002: expected '->' after the question template, followed by the answer template: ask \"...\" -> \"...\"\n" +
            "      ask \"Q?\" \"A\"\n" +
            "          ^^^^",
            DiagnosticFormatter.Format(tree.Text, diagnostic));
    }

    [Fact]
    public void Keeps_tabs_so_that_the_caret_lines_up()
    {
        var source = new SourceText("\tlet x = @", "t.pvg");
        var diagnostic = SyntaxDiagnostics.UnexpectedCharacter(new TextSpan(9, 1), "@");

        var lines = DiagnosticFormatter.Format(source, diagnostic).Split('\n');

        Assert.Equal("    \tlet x = @", lines[1]);
        Assert.Equal("    \t        ^", lines[2]);
    }

    [Fact]
    public void Shows_a_window_of_a_very_long_line()
    {
        var text = new string('a', 1000) + "@" + new string('b', 1000);
        var source = new SourceText(text, "long.pvg");
        var diagnostic = SyntaxDiagnostics.UnexpectedCharacter(new TextSpan(1000, 1), "@");

        var lines = DiagnosticFormatter.Format(source, diagnostic).Split('\n');

        Assert.True(lines[1].Length < 200);
        Assert.Equal('@', lines[1][lines[2].IndexOf('^', StringComparison.Ordinal)]);
    }

    [Fact]
    public void Underlines_at_least_one_column_for_an_empty_span_at_the_end()
    {
        var source = new SourceText("generator G {", "e.pvg");
        var diagnostic = SyntaxDiagnostics.UnclosedBlock(new TextSpan(13, 0), "generator 'G'", 1);

        var lines = DiagnosticFormatter.Format(source, diagnostic).Split('\n');

        Assert.StartsWith("e.pvg(1,14): error PV0006:", lines[0], StringComparison.Ordinal);
        Assert.Equal("    " + new string(' ', 13) + "^", lines[2]);
    }

    [Fact]
    public void Inline_writer_puts_each_diagnostic_under_its_line()
    {
        var tree = SyntaxTree.Parse("generator G {\n  for o in objects $\n}", "i.pvg");

        var rendered = InlineDiagnosticWriter.Write(tree.Text, tree.Diagnostics.Where(d => d.Code == "PV0004"));

        Assert.Equal(
            "generator G {\n  for o in objects $\n//@[2:20) PV0004 error: unexpected character '$'; remove it or put it inside a string |$|\n}",
            rendered);
    }
}
