namespace ProVision.Compiler.Tests.Linting;

/// <summary>The template lint catches each planted defect with its code and location, and leaves a clean generator alone.</summary>
public sealed class TemplateLinterTests(ScratchLintPack pack) : IClassFixture<ScratchLintPack>
{
    [Theory]
    [InlineData("Leaky", "PV5040", "what is the {label} at {box}?")]
    [InlineData("Repeated", "PV5001", "[how many {noun} are there?|how many {noun} do you see?]")]
    [InlineData("CaseTwins", "PV5002", "[How|how] many {noun} are there?")]
    [InlineData("BadArticle", "PV5010", "is there a {label} in the image?")]
    [InlineData("BadThereIs", "PV5012", "There is {count} {thing}.")]
    [InlineData("EmptyAttributes", "PV5030", "attrs    = distinct(o.attributes)")]
    [InlineData("RepeatedOption", "PV5041", "[o.label + \" \", \"thing\"]")]
    public void Each_planted_defect_is_found_with_its_code_at_the_template_that_causes_it(string generator, string code, string pointsAt)
    {
        var finding = pack.AssertFoundAt(generator, code, pointsAt);

        Assert.Contains($"error {code}:", finding.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_show_the_offending_text()
    {
        Assert.Contains(pack.Findings, f => f.Code == "PV5010" && f.Example.Contains("a apple", StringComparison.OrdinalIgnoreCase));
        Assert.Matches(@"""There is (0|2|11) \w+\.""", Assert.Single(pack.Findings, f => f.Code == "PV5012").Example);
        var leak = Assert.Single(pack.Findings, f => f.Code == "PV5040");
        Assert.Matches(@"""What is the (\w+) at \(.*\)\?"" -> ""\1""", leak.Example);
        Assert.Contains("How many {noun} are there", Assert.Single(pack.Findings, f => f.Code == "PV5002").Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_generator_has_no_finding_and_planted_ones_only_their_own()
    {
        Assert.DoesNotContain(pack.Findings, f => f.Generator == "Clean");
        Assert.DoesNotContain(pack.Findings, f => f.Generator == "RepeatedOption" && f.Code != "PV5041");
        Assert.DoesNotContain(pack.Findings, f => f.Generator == "EmptyAttributes" && f.Code != "PV5030");
    }
}
