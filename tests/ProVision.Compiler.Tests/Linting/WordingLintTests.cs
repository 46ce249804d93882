namespace ProVision.Compiler.Tests.Linting;

/// <summary>Each wording of issue 10 item 4, written in a generator as the built-in pack had it, is found at its template.</summary>
public sealed class WordingLintTests(WordingLintPack pack) : IClassFixture<WordingLintPack>
{
    [Theory]
    [InlineData("SingularCount", "PV5014", "how many {name} are there?", "How many red and small apple")]
    [InlineData("NoArticle", "PV5015", "is there no {a(label)}", "no a")]
    [InlineData("RedundantList", "PV5016", "what is the {list(attrs)} object", "wooden, and brown object")]
    [InlineData("ObjectForColor", "PV5017", "which object is the color of", "Which object is the color of")]
    [InlineData("DoubledIn", "PV5025", "is {predicate} in the image?", "in in")]
    [InlineData("PastedVerb", "PV5018", "show {a(subject)} {predicate} {a(object)}", "has an")]
    [InlineData("OneRelation", "PV5032", "what is the relation between this", "asks for one relation")]
    public void Each_wording_is_found_at_the_template_that_makes_it(string generator, string code, string pointsAt, string shown)
    {
        var finding = pack.AssertFoundAt(generator, code, pointsAt);

        Assert.Contains(shown, finding.Format(), StringComparison.OrdinalIgnoreCase);
    }
}
