using System.Text;
using System.Text.RegularExpressions;
using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;
using Xunit.Abstractions;

namespace ProVision.Generators.Tests.Corpus;

/// <summary>
/// Every item of every built-in generator (the description-only caption in description mode) on the realistic corpus, the baseball fixtures and examples/basic passes
/// the verifier, reading included (issue 10). While items fail, the message is a table per generator: items,
/// failures, and the reasons (the reading rule, or the evidence rule's words) with their counts.
/// </summary>
public sealed partial class ReadingCorpusTests(ITestOutputHelper output)
{
    private const int MultiSamples = 40;

    [Fact]
    public void Every_item_on_the_realistic_corpus_reads_right() => AssertReadsRight("realistic corpus", ReadingCorpora.Realistic());

    [Fact]
    public void Every_item_on_examples_basic_reads_right() => AssertReadsRight("examples/basic", ReadingCorpora.Basic());

    [BaseballFact]
    public void Every_item_on_the_baseball_fixtures_reads_right()
    {
        var graphs = ReadingCorpora.Baseball();
        Assert.True(graphs is not null, "../shared/fixtures/baseball is absent; the corpus check needs it beside the checkout");
        AssertReadsRight("baseball fixtures", graphs);
    }

    private void AssertReadsRight(string corpus, List<SceneGraph> graphs)
    {
        var items = Generate(graphs);
        var byPath = graphs.ToDictionary(g => g.ImagePath ?? g.ImageId, StringComparer.Ordinal);
        var options = new VerifierOptions
        {
            Nouns = BuiltinPack.Nouns,
            DatasetPredicates = [.. BuiltinPack.Pack.Vocabulary.Predicates, .. graphs.SelectMany(g => g.Relations).Select(r => r.Predicate).Distinct()],
        };
        var tally = new SortedDictionary<string, (int Items, int Failed, Dictionary<string, int> Reasons)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var result = ItemVerifier.Verify(item, [.. item.Images.Select(p => byPath[p])], BuiltinPack.Pack.Vocabulary, options);
            var (count, failed, reasons) = tally.GetValueOrDefault(item.Generator, (0, 0, new Dictionary<string, int>(StringComparer.Ordinal)));
            if (!result.Passed)
            {
                failed++;
                foreach (var reason in result.Failures.Select(Reason).Distinct())
                {
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                }
            }
            tally[item.Generator] = (count + 1, failed, reasons);
        }
        var table = Table(corpus, graphs.Count, tally);
        output.WriteLine(table);
        Assert.True(tally.Values.All(t => t.Failed == 0), table);
    }

    /// <summary>Every single-image item (no per-image sampling), and multi-image samples over the data set, MC and open mixed.</summary>
    private static List<GeneratedItem> Generate(List<SceneGraph> graphs)
    {
        var pack = BuiltinPack.Pack;
        var options = pack.Options with { Seed = 42, McRatio = 0.5 };
        var sink = new ListSink();
        new SingleImageEngine([.. pack.Generators.Where(g => !g.IsMultiImage)], new EngineOptions { Generation = options, PerImage = null }, pack.Vocabulary)
            .Run(graphs, sink);
        // The description-only generators (the caption) make nothing in question mode.
        new SingleImageEngine([.. pack.Generators.Where(g => !g.IsMultiImage && g.Templates.Questions.Length == 0)],
            new EngineOptions { Generation = options with { Mode = GenerationMode.Description }, PerImage = null }, pack.Vocabulary).Run(graphs, sink);
        if (graphs.Count >= 2)
        {
            new MultiImageEngine([.. pack.Generators.Where(g => g.IsMultiImage)], options, MultiSamples, null, pack.Vocabulary).Run(new DataSetIndex([.. graphs]), sink);
        }
        return sink.Items;
    }

    /// <summary>"reading [count]: the answer is ..." to "reading [count]: the answer is # but the image has # ..."; quoted words and numbers folded.</summary>
    private static string Reason(string failure)
    {
        var text = failure[(failure.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        text = Quoted().Replace(text, "'…'");
        text = Numbers().Replace(text, "#");
        return text.Length > 110 ? text[..110] + "…" : text;
    }

    private static string Table(string corpus, int images, SortedDictionary<string, (int Items, int Failed, Dictionary<string, int> Reasons)> tally)
    {
        var text = new StringBuilder();
        var failed = tally.Values.Sum(t => t.Failed);
        text.AppendLine($"{corpus} ({images} images): {failed} of {tally.Values.Sum(t => t.Items)} items fail the verifier");
        foreach (var (generator, (items, fails, reasons)) in tally)
        {
            text.AppendLine($"  {generator}: {fails} of {items} fail");
            foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(6))
            {
                text.AppendLine($"      {count} x {reason}");
            }
        }
        return text.ToString();
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\[[\d, ]*\]|\d+(\.\d+)?")]
    private static partial Regex Numbers();

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];

        public void Write(GeneratedItem item) => Items.Add(item);

        public void Complete() { }

        public void Dispose() { }
    }
}
