using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests;

/// <summary>
/// Deterministic mutation fuzzing over the corpus: thousands of damaged files, each of which must
/// parse without an exception, without an internal error, with every span inside the text and
/// every child inside its parent, in source order.
/// </summary>
public sealed class FuzzTests
{
    private const int MutantsPerBatch = 300;

    // 10 batches (3,000 mutants) by default; PROVISION_FUZZ_BATCHES=200 runs a deeper search locally.
    private static readonly int s_batches =
        int.TryParse(Environment.GetEnvironmentVariable("PROVISION_FUZZ_BATCHES"), out var batches) && batches > 0 ? batches : 10;

    private static readonly string[] s_fragments =
    [
        "{", "}", "[", "]", "(", ")", "\"", "\\", "|", "?", "->", "=>", "=", ",", ".", "-", "#", "\n", " ",
        "for", "in", "where", "let", "emit", "ask", "tell", "generator", "phrases", "not", "grouped by", "x", "42", "@",
        "é", "😀", "\r\n", "\t",
    ];

    private static readonly Lazy<string[]> s_sources = new(() => [.. CorpusCases.All().Select(CorpusCases.Source)]);

    public static TheoryData<int> BatchSeeds => [.. Enumerable.Range(0, s_batches)];

    [Theory]
    [MemberData(nameof(BatchSeeds))]
    public void Mutated_corpus_files_parse_without_exceptions(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < MutantsPerBatch; i++)
        {
            var source = s_sources.Value[random.Next(s_sources.Value.Length)];
            var mutant = Mutate(source, random);

            var tree = SyntaxTree.Parse(mutant, $"fuzz-{seed}-{i}.pvg");

            CheckInvariants(tree, mutant);

            // Binding copes with whatever the parser recovered (errors included), and emit with whatever binds.
            var bound = ProVision.Compiler.Binding.Binder.Bind([tree]);
            Assert.All(bound.Diagnostics, d => Assert.True(d.Span.End <= mutant.Length, $"binding diagnostic outside the text: {d}"));
            _ = ProVision.Compiler.Api.CompilationDriver.Emit([tree]);
        }
    }

    private static void CheckInvariants(SyntaxTree tree, string text)
    {
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "PV0999");
        foreach (var diagnostic in tree.Diagnostics)
        {
            Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length, $"diagnostic span {diagnostic.Span} outside the text ({text.Length}): {diagnostic}");
        }

        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.True(node.Span.End <= text.Length, $"{node.Kind} span {node.Span} outside the text ({text.Length})");
            var previousStart = 0;
            foreach (var child in node.ChildNodes())
            {
                Assert.True(node.Span.Contains(child.Span), $"{child.Kind} {child.Span} outside {node.Kind} {node.Span} in:\n{text}");
                Assert.True(child.Span.Start >= previousStart, $"{child.Kind} {child.Span} out of order in {node.Kind} {node.Span} in:\n{text}");
                previousStart = child.Span.Start;
            }
        }

        // Rendering must cope with whatever spans came out.
        _ = tree.Dump();
        _ = InlineDiagnosticWriter.Write(tree.Text, tree.Diagnostics);
        _ = DiagnosticFormatter.FormatAll(tree.Text, tree.Diagnostics);
    }

    private static string Mutate(string source, Random random)
    {
        var text = source;
        var count = 1 + random.Next(3);
        for (var m = 0; m < count && text.Length > 0; m++)
        {
            var at = random.Next(text.Length);
            text = random.Next(6) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, s_fragments[random.Next(s_fragments.Length)]),
                2 when at + 1 < text.Length => string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2)),
                3 => DeleteWord(text, at),
                4 => SwapWords(text, random),
                _ => text.Insert(at, Slice(text, random)),
            };
        }

        return text;
    }

    /// <summary>Deletes from <paramref name="at"/> to the next whitespace (at least one character).</summary>
    private static string DeleteWord(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text.Remove(at, end - at);
    }

    /// <summary>A random piece of up to 20 characters, to duplicate elsewhere.</summary>
    private static string Slice(string text, Random random)
    {
        var start = random.Next(text.Length);
        return text.Substring(start, Math.Min(1 + random.Next(20), text.Length - start));
    }

    private static string SwapWords(string text, Random random)
    {
        var words = text.Split(' ');
        if (words.Length < 2)
        {
            return text;
        }

        var a = random.Next(words.Length);
        var b = random.Next(words.Length);
        (words[a], words[b]) = (words[b], words[a]);
        return string.Join(' ', words);
    }
}
