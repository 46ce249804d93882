using System.Globalization;
using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Verification;
using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using Xunit.Abstractions;

namespace ProVision.Generators.Tests.PropertyTests;

/// <summary>
/// Property: the verifier cannot pass everything. Every item the built-in generators make on adversarial graphs
/// (<see cref="AdversarialScenes"/>) is planted with a wrong answer: a multiple-choice item answers one of its
/// distractors, a count answers one more. The verifier must reject every planted item, whether or not it accepts
/// the original, so a rule that stops checking shows up here.
/// </summary>
public sealed class PlantedMutationTests(ITestOutputHelper output)
{
    private const int Graphs = 20;

    // Items per generator and graph: the scene-graph generators make thousands, and a sample finds the same rules.
    private const int ItemsPerGraph = 12;

    [Fact]
    public void Every_planted_wrong_answer_on_adversarial_graphs_is_rejected()
    {
        var options = new VerifierOptions { DatasetPredicates = AdversarialScenes.Predicates, Nouns = BuiltinPack.Nouns };
        var planted = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepted = new List<string>();
        foreach (var generator in BuiltinPack.Pack.Generators.Where(g => !g.IsMultiImage))
        {
            for (var seed = 0; seed < Graphs; seed++)
            {
                var graph = AdversarialScenes.Graph(seed, $"adv{seed}");
                foreach (var item in BuiltinPack.Run(generator.Name, graph, BuiltinPack.Options((ulong)seed, mcRatio: 0.5)).Take(ItemsPerGraph))
                {
                    foreach (var wrong in Plant(item))
                    {
                        planted[item.Generator] = planted.GetValueOrDefault(item.Generator) + 1;
                        if (ItemVerifier.Verify(wrong, [graph], BuiltinPack.Pack.Vocabulary, options).Passed)
                        {
                            accepted.Add($"{wrong.Id}: {wrong.Prompt} -> {wrong.Response}");
                        }
                    }
                }
            }
        }
        output.WriteLine(string.Join("\n", planted.Select(p => $"{p.Key}: {p.Value} planted")));
        Assert.True(accepted.Count == 0, "the verifier accepted planted wrong answers:\n" + string.Join("\n", accepted.Take(20)));
        Assert.True(planted.Count >= 15, $"only {planted.Count} generators made items to plant on: {string.Join(", ", planted.Keys)}");
    }

    /// <summary>The wrong versions of an item: each distractor as the answer, or the count plus one.</summary>
    private static IEnumerable<GeneratedItem> Plant(GeneratedItem item)
    {
        if (!item.Choices.IsEmpty)
        {
            foreach (var (choice, index) in item.Choices.Select((c, i) => (c, i)).Where(p => p.c != item.Answer))
            {
                var letter = (char)('A' + index);
                yield return With(item, choice, $"{letter}. {choice}");
            }
        }
        else if (item.Prompt.Length > 0 && CountText.TryParse(item.Answer, out var count, out _))
        {
            var more = (count + 1).ToString(CultureInfo.InvariantCulture);
            yield return With(item, more, more);
        }
    }

    private static GeneratedItem With(GeneratedItem item, string answer, string response) =>
        new(item.Id + "/planted", item.Generator, item.Template, item.Images, item.Prompt, response, answer, item.Choices, item.Slots, item.Evidence, item.Tags);
}
