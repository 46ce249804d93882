using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProVision.Compiler.Api;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Compiler.Tests.Docs;

/// <summary>
/// Every <c>```pvg</c> block of docs/language.md compiles without errors or warnings (a warning the block names in a
/// <c># expect PVxxxx</c> comment is allowed); every <c>```pvg-error</c> block reports at least one error, and the
/// codes its <c># expect</c> comments name. The three embedding lines of docs/embedding.md run on a tiny graph.
/// </summary>
public sealed partial class LanguageDocExamplesTests
{
    private static readonly string s_language = Path.Combine(RepositoryPaths.Root, "docs", "language.md");

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        foreach (var block in Extract(File.ReadAllText(s_language))) data.Add(block.Number, block.Tag);
        return data;
    }

    [Fact]
    public void The_reference_has_examples_of_both_kinds()
    {
        var blocks = Extract(File.ReadAllText(s_language));

        Assert.True(blocks.Count(b => b.Tag == "pvg") >= 20, "expected at least 20 ```pvg examples");
        Assert.Contains(blocks, b => b.Tag == "pvg-error");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Example_compiles_as_documented(int number, string tag)
    {
        var block = Extract(File.ReadAllText(s_language)).Single(b => b.Number == number);
        Assert.Equal(tag, block.Tag);
        Check(block);
    }

    [Fact]
    public void A_broken_example_fails_the_check()
    {
        const string markdown = "```pvg\ngenerator Broken {\n  needs labels\n  for o in objects\n  emit { answer = o.lable }\n  ask \"What?\" -> \"{answer}\"\n}\n```\n"
            + "```pvg-error\ngenerator Fine {\n  needs labels\n  for o in objects\n  emit { answer = o.label }\n  ask \"What?\" -> \"{answer}\"\n}\n```\n";
        var blocks = Extract(markdown);

        Assert.Equal(2, blocks.Length);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Check(blocks[0]));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Check(blocks[1]));
    }

    private static void Check(Block block)
    {
        var number = block.Number;
        var tag = block.Tag;
        var expected = ExpectRegex().Matches(block.Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var compiled = PvgCompiler.Compile(block.Text, $"docs/language.md#{number}");

        if (tag == "pvg")
        {
            Assert.False(compiled.HasErrors, $"block {number} (line {block.Line}) has errors:\n{compiled.FormatDiagnostics()}");
            var unexpected = compiled.Diagnostics.Where(d => !expected.Contains(d.Code)).ToList();
            Assert.True(unexpected.Count == 0, $"block {number} (line {block.Line}) has warnings:\n{compiled.FormatDiagnostics()}");
            foreach (var code in expected)
                Assert.True(compiled.Diagnostics.Any(d => d.Code == code), $"block {number} (line {block.Line}) does not report {code}");
        }
        else
        {
            Assert.True(compiled.HasErrors, $"block {number} (line {block.Line}) is tagged pvg-error but compiles");
            foreach (var code in expected)
            {
                Assert.True(compiled.Diagnostics.Any(d => d.Code == code && d.Severity == DiagnosticSeverity.Error),
                    $"block {number} (line {block.Line}) should report {code}:\n{compiled.FormatDiagnostics()}");
            }
        }
    }

    [Fact]
    public void The_documented_embedding_lines_run_on_a_tiny_graph()
    {
        const string source = """
            generator CountLabels {
              needs labels
              for label, group in objects grouped by label
              emit {
                name   = plural(label)
                answer = count(group)
              }
              ask "How many {name} are there?" -> "{answer}"
            }
            """;
        var graph = new SceneGraph("tiny", "tiny.jpg", 100, 100,
            [new SceneObject("dog", new Box(0, 0, 10, 10)), new SceneObject("dog", new Box(20, 0, 30, 10)), new SceneObject("cat", new Box(50, 50, 60, 60))],
            []);
        var sink = new ListSink();

        Embed(source, graph, sink);

        Assert.Equal(["2", "1"], sink.Items.Select(i => i.Answer));
        Assert.Equal(["dogs", "cats"], sink.Items.Select(i => i.Slot("name")));
    }

    /// <summary>The three lines of docs/embedding.md, copied literally.</summary>
    private static void Embed(string source, SceneGraph graph, IItemSink sink)
    {
        var compiled = PvgCompiler.Compile(source, "my.pvg");
        if (compiled.HasErrors) { Console.Error.Write(compiled.FormatDiagnostics()); return; }
        compiled.Run(graph, sink);
    }

    [Fact]
    public void The_embedding_page_shows_the_lines_the_test_runs()
    {
        var embedding = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "embedding.md"));

        Assert.Contains("var compiled = PvgCompiler.Compile(source, \"my.pvg\");", embedding, StringComparison.Ordinal);
        Assert.Contains("if (compiled.HasErrors) { Console.Error.Write(compiled.FormatDiagnostics()); return; }", embedding, StringComparison.Ordinal);
        Assert.Contains("compiled.Run(graph, sink);", embedding, StringComparison.Ordinal);
    }

    private static ImmutableArray<Block> Extract(string markdown)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].Trim();
            if (fence is not ("```pvg" or "```pvg-error")) continue;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```") end++;
            Assert.True(end < lines.Length, $"docs/language.md: the block at line {i + 1} is not closed");
            blocks.Add(new Block(blocks.Count + 1, fence[3..], start + 1, string.Join('\n', lines[start..end]) + "\n"));
            i = end;
        }
        return blocks.ToImmutable();
    }

    [GeneratedRegex(@"#\s*expect\s+(PV\d{4})")]
    private static partial Regex ExpectRegex();

    private sealed record Block(int Number, string Tag, int Line, string Text);

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];
        public void Write(GeneratedItem item) => Items.Add(item);
        public void Complete() { }
        public void Dispose() { }
    }
}
