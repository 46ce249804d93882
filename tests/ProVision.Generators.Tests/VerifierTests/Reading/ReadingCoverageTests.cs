using ProVision.Generators.Tests.Verification;
using ProVision.Generators.Tests.Verification.Reading;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

public sealed class ReadingCoverageTests
{
    // Questions about points (depth, segmentation) name no object; the caption is a description of the whole graph.
    private static readonly string[] s_wordless =
        ["CloserPointGenerator", "FartherPointGenerator", "SameObjectSegGenerator", "DiffObjectSegGenerator", "SceneGraphCaptionGenerator"];

    [Fact]
    public void Every_generator_whose_words_name_objects_has_reading_rules() =>
        Assert.Equal(ItemVerifier.Generators.Except(s_wordless).Order(), ReadingChecks.Generators.Order());
}
