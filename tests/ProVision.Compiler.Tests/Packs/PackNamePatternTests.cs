using ProVision.Compiler.Packs;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>
/// The glob segments of pack.yaml (<c>*</c>, <c>?</c>, literal characters) and the pack-name rule, matched without a
/// regular expression (issue 13, item 6: start-up): the same answers, ordinal, and no blow-up on hostile patterns.
/// </summary>
public sealed class PackNamePatternTests
{
    [Theory]
    [InlineData("*.pvg", "a.pvg", true)]
    [InlineData("*.pvg", ".pvg", true)]
    [InlineData("*.pvg", "a.pvgx", false)]
    [InlineData("*.pvg", "a.PVG", false)]
    [InlineData("*.pvg", "a.pvg.pvg", true)]
    [InlineData("a?c.pvg", "abc.pvg", true)]
    [InlineData("a?c.pvg", "ac.pvg", false)]
    [InlineData("*", "", true)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("x*y*z", "xaybz", true)]
    [InlineData("x*y*z", "xaybzq", false)]
    [InlineData("*a*b", "aaab", true)]
    [InlineData("*a*b", "aaaba", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("[ab].pvg", "a.pvg", false)]
    [InlineData("[ab].pvg", "[ab].pvg", true)]
    [InlineData("exact.pvg", "exact.pvg", true)]
    public void A_segment_matches_as_a_glob_does(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, new PackPaths.NamePattern(pattern).IsMatch(name));
    }

    [Fact]
    public void A_hostile_pattern_over_a_long_name_answers_at_once()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 200)) + "b";
        var name = new string('a', 10_000);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(new PackPaths.NamePattern(pattern).IsMatch(name));
        // Linear per '*' (not exponential backtracking): far under a second even on a loaded machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("builtin", true)]
    [InlineData("my-pack.v2_x", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("1pack", false)]
    [InlineData("-pack", false)]
    [InlineData("my pack", false)]
    [InlineData("pack\n", false)]
    [InlineData("päck", false)]
    [InlineData("pack/x", false)]
    public void A_pack_name_is_a_letter_then_letters_digits_dots_underscores_or_dashes(string name, bool valid)
    {
        Assert.Equal(valid, PackManifestReader.IsValidName(name));
    }
}
