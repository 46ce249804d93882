using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Support;

/// <summary>Assertions over the verifier's verdict, with the full message on failure.</summary>
internal static class Verdict
{
    /// <summary>
    /// The options of the hand-made evidence tests: the reading checks off, because these items pin one evidence rule
    /// and carry only the slots it reads (no rendered phrase). The reading rules have their own tests (<c>Reading/</c>).
    /// </summary>
    public static VerifierOptions EvidenceOnly { get; } = VerifierOptions.Default with { ReadWords = false };

    public static VerificationResult Of(ItemBuilder item, SceneGraph[] graphs, VerifierOptions? options = null, Vocabulary? vocabulary = null) =>
        ItemVerifier.Verify(item.Build(), graphs, vocabulary ?? TestVocabulary.Instance, options ?? EvidenceOnly);

    public static void Passes(ItemBuilder item, params SceneGraph[] graphs) => PassesWith(item, graphs, null);

    public static void PassesWith(ItemBuilder item, SceneGraph[] graphs, VerifierOptions? options, Vocabulary? vocabulary = null)
    {
        var result = Of(item, graphs, options, vocabulary);
        Assert.True(result.Passed, "expected the item to verify, got:\n" + result.Message);
    }

    public static void Fails(ItemBuilder item, string fragment, params SceneGraph[] graphs) => FailsWith(item, fragment, graphs, null);

    public static void FailsWith(ItemBuilder item, string fragment, SceneGraph[] graphs, VerifierOptions? options, Vocabulary? vocabulary = null)
    {
        var result = Of(item, graphs, options, vocabulary);
        Assert.False(result.Passed, $"expected a failure containing \"{fragment}\", but the item verified");
        Assert.True(result.Failures.Any(f => f.Contains(fragment, StringComparison.Ordinal)),
            $"expected a failure containing \"{fragment}\", got:\n{result.Message}");
    }
}
