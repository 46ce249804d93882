using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests;

/// <summary>Template strings: structure, decoding, and errors that point at the exact column inside the string.</summary>
public sealed class TemplateParserTests
{
    [Fact]
    public void Error_inside_a_template_points_at_the_exact_column()
    {
        const string text = "generator G {\n  emit { answer = 1 }\n  tell \"a [b|c d\"\n}\n";

        var tree = SyntaxTree.Parse(text, "t.pvg");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("PV0029", diagnostic.Code);
        var position = tree.Text.GetLinePosition(diagnostic.Span.Start);
        Assert.Equal((3, 11), (position.DisplayLine, position.DisplayColumn));
        Assert.Equal("[", tree.Text.ToString(diagnostic.Span));
    }

    [Fact]
    public void Parses_groups_optional_parts_and_holes()
    {
        var template = ParseTell("[a|b [c|]|]x{plural(name)}");

        Assert.Collection(
            template.Parts,
            part =>
            {
                var group = Assert.IsType<TemplateGroupSyntax>(part);
                Assert.Equal(3, group.Alternatives.Length);
                Assert.Empty(group.Alternatives[2].Parts);
                var nested = Assert.IsType<TemplateGroupSyntax>(group.Alternatives[1].Parts[1]);
                Assert.Equal(2, nested.Alternatives.Length);
                Assert.Empty(nested.Alternatives[1].Parts);
            },
            part => Assert.Equal("x", Assert.IsType<TemplateTextSyntax>(part).Text),
            part =>
            {
                var call = Assert.IsType<CallExpressionSyntax>(Assert.IsType<TemplateHoleSyntax>(part).Expression);
                Assert.Equal("plural", Assert.IsType<NameExpressionSyntax>(call.Callee).Name.Text);
                Assert.Equal("name", Assert.IsType<NameExpressionSyntax>(Assert.Single(call.Arguments)).Name.Text);
            });
    }

    [Fact]
    public void Decodes_escapes_but_keeps_raw_spans()
    {
        var (tree, template) = ParseTellWithTree(@"\[x\|y\] \{z\} \""q\"" a\nb\?");

        var text = Assert.IsType<TemplateTextSyntax>(Assert.Single(template.Parts));
        Assert.Equal("[x|y] {z} \"q\" a\nb?", text.Text);
        Assert.Equal(template.ContentSpan, text.Span);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Spans_of_template_parts_are_file_offsets()
    {
        var (tree, template) = ParseTellWithTree("ab {name} cd");

        var hole = Assert.IsType<TemplateHoleSyntax>(template.Parts[1]);
        Assert.Equal("{name}", tree.Text.ToString(hole.Span));
        Assert.Equal("name", tree.Text.ToString(hole.Expression.Span));
    }

    [Theory]
    [InlineData("a]b", "PV0030", "]")]
    [InlineData("a|b", "PV0031", "|")]
    [InlineData("a{b", "PV0032", "{")]
    [InlineData("a}b", "PV0033", "}")]
    [InlineData("a{}b", "PV0034", "{}")]
    [InlineData("a{b c}", "PV0035", "c")]
    [InlineData("a\\qb", "PV0005", "\\q")]
    [InlineData("{for}", "PV0012", "for")]
    [InlineData("{99999999999999999999}", "PV0018", "99999999999999999999")]
    public void Reports_each_template_error_at_its_text(string content, string code, string spanText)
    {
        var (tree, _) = ParseTellWithTree(content);

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(spanText, tree.Text.ToString(diagnostic.Span));
    }

    [Fact]
    public void Deeply_nested_groups_report_the_nesting_limit()
    {
        var content = new string('[', 5000) + new string(']', 5000);

        var (tree, _) = ParseTellWithTree(content);

        Assert.Contains(tree.Diagnostics, d => d.Code == "PV0016");
    }

    private static TemplateSyntax ParseTell(string content) => ParseTellWithTree(content).Template;

    private static (SyntaxTree Tree, TemplateSyntax Template) ParseTellWithTree(string content)
    {
        var tree = SyntaxTree.Parse($"generator G {{\n  emit {{ answer = 1 }}\n  tell \"{content}\"\n}}\n", "t.pvg");
        var tell = tree.Root.Generators.Single().Templates.OfType<TellClauseSyntax>().Single();
        return (tree, tell.Description);
    }

    [Theory]
    [InlineData("Is it [red|blue]?", "[red|blue|]")]
    [InlineData("which [one |object ]?is it", "[one |object |]")]
    [InlineData("[a [b]?|c]", "[b|]")]
    public void The_retired_optional_suffix_is_an_error_that_names_the_rewrite(string text, string rewritten)
    {
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse($"generator G {{\n  emit {{ answer = \"x\" }}\n  tell \"{text}\"\n}}\n", "t.pvg");

        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == "PV0039");
        Assert.True(diagnostic.IsError);
        Assert.Contains($"write '{rewritten}'", diagnostic.Message, StringComparison.Ordinal);
    }
}
