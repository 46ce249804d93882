using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Text;

namespace ProVision.Generators.Tests.VerifierTests.Support;

public sealed class TextTests
{
    [Theory]
    [InlineData("3", 3, false)]
    [InlineData("three", 3, true)]
    [InlineData("twenty-one", 21, true)]
    [InlineData("one hundred five", 105, true)]
    [InlineData("two thousand five", 2005, true)]
    [InlineData("0", 0, false)]
    public void Counts_read_as_digits_or_words(string text, long value, bool words)
    {
        Assert.True(CountText.TryParse(text, out var parsed, out var isWords));
        Assert.Equal((value, words), (parsed, isWords));
    }

    [Theory]
    [InlineData("03")]
    [InlineData("-1")]
    [InlineData("3.0")]
    [InlineData("many")]
    [InlineData("")]
    public void Non_counts_are_rejected(string text) => Assert.False(CountText.TryParse(text, out _, out _));

    [Fact]
    public void Counts_agree_with_the_runtimes_number_words()
    {
        for (var n = 0; n <= 3000; n++)
        {
            Assert.True(CountText.TryParse(NumberWords.NumberToWords(n), out var parsed, out _), NumberWords.NumberToWords(n));
            Assert.Equal(n, parsed);
        }
    }

    [Theory]
    [InlineData("a", new[] { "a" })]
    [InlineData("b and a", new[] { "a", "b" })]
    [InlineData("c, a, and b", new[] { "a", "b", "c" })]
    [InlineData("c, a and b", new[] { "a", "b", "c" })]
    [InlineData("salt and pepper and cup", new[] { "cup", "salt and pepper" })]
    [InlineData("", new string[0])]
    public void Lists_match_in_any_order(string text, string[] items) => Assert.True(ListText.IsJoinOf(text, items));

    [Theory]
    [InlineData("a and b", new[] { "a" })]
    [InlineData("a", new[] { "a", "b" })]
    [InlineData("a, b", new[] { "a", "b" })]
    [InlineData("a and a", new[] { "a", "b" })]
    public void Lists_must_hold_exactly_the_items(string text, string[] items) => Assert.False(ListText.IsJoinOf(text, items));

    [Fact]
    public void Lists_split_back_into_items()
    {
        Assert.Equal(["a", "b", "c"], ListText.Split("a, b, and c"));
        Assert.Equal(["light blue", "red"], ListText.Split("light blue and red"));
        Assert.Empty(ListText.Split(""));
    }

    [Theory]
    [InlineData("dogs", "dog")]
    [InlineData("baseball bats", "baseball bat")]
    [InlineData("pairs of shoes", "pair of shoes")]
    [InlineData("people", "person")]
    [InlineData("knives", "knife")]
    [InlineData("sheep", "sheep")]
    [InlineData("buses", "bus")]
    [InlineData("cherries", "cherry")]
    public void Plurals_are_recognised(string name, string label) => Assert.True(PluralText.IsPluralOf(name, label));

    [Theory]
    [InlineData("dog", "dog")]
    [InlineData("cats", "dog")]
    [InlineData("baseball bat", "baseball bat")]
    [InlineData("baseballs bats", "baseball bat")]
    public void Non_plurals_are_rejected(string name, string label) => Assert.False(PluralText.IsPluralOf(name, label));

    [Fact]
    public void The_runtimes_plural_of_every_shipped_countable_label_is_accepted()
    {
        // The verifier's lenient plural check must never reject what the engine writes for the built-in vocabulary.
        var vocabulary = VocabularyReader.Load(Path.Combine(AppContext.BaseDirectory, "vocabulary.json"));
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vocabulary.json"));
        var labels = System.Text.RegularExpressions.Regex.Matches(json, "\"([a-z][a-z -]*)\": true").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(labels);
        var rejected = labels.Where(l => vocabulary.IsCountable(l) && !PluralText.IsPluralOf(Inflection.Plural(l), l)).ToList();
        Assert.True(rejected.Count == 0, "rejected: " + string.Join(", ", rejected.Select(l => $"{l} -> {Inflection.Plural(l)}")));
    }
}
