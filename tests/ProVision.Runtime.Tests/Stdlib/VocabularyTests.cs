using ProVision.Runtime.Formats;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class VocabularyTests
{
    private const string Sample = """
        {
          // hand-edited: comments and trailing commas are fine
          "countable": { "dog": true, "Grass": false, "people": "no", "stairs": 1, "sheep": "yes", },
          "attributes": { "red": "color", "blue": "Color", "wooden": "material", "happy": "mood", "fuzzy": "feel" },
          "predicates": ["on", "holding", "on", "wearing"],
        }
        """;

    [Fact]
    public void Explicit_entries_win_and_unknown_labels_use_the_fallback()
    {
        var vocabulary = VocabularyReader.Parse(Sample);
        Assert.True(vocabulary.IsCountable("dog"));
        Assert.False(vocabulary.IsCountable("grass"));
        Assert.False(vocabulary.IsCountable("People"));
        Assert.True(vocabulary.IsCountable("stairs")); // explicit 1 beats the plural rule
        Assert.True(vocabulary.IsCountable("chair")); // fallback: singular count noun
        Assert.False(vocabulary.IsCountable("clouds")); // fallback: plural
        Assert.False(vocabulary.IsCountable("water")); // fallback: mass noun
        Assert.Null(vocabulary.ExplicitCountable("chair"));
        Assert.False(vocabulary.ExplicitCountable("GRASS"));
    }

    [Fact]
    public void A_later_entry_for_a_label_overrides_an_earlier_one_either_way()
    {
        var vocabulary = VocabularyReader.Parse("""
            {
              "countable": { "dog": true, "DOG ": false, "grass": false, " Grass": "yes", "cat": 1, "cat": 1 },
              "nouns": { "glasses": "glass", "Glasses": "glasses" },
            }
            """);
        Assert.False(vocabulary.ExplicitCountable("dog"));
        Assert.False(vocabulary.IsCountable("Dog"));
        Assert.True(vocabulary.ExplicitCountable("grass"));
        Assert.True(vocabulary.IsCountable(" GRASS "));
        Assert.True(vocabulary.ExplicitCountable("cat"));
        Assert.Equal("glasses", vocabulary.NounOf("glasses"));
        Assert.Equal(["cat", "dog", "glasses", "grass"], vocabulary.Labels.Select(l => l.ToLowerInvariant()));
    }

    [Fact]
    public void Attributes_map_to_categories_with_other_for_unknown()
    {
        var vocabulary = VocabularyReader.Parse(Sample);
        Assert.Equal("color", vocabulary.CategoryOf("red"));
        Assert.Equal("color", vocabulary.CategoryOf("blue"));
        Assert.Equal("other", vocabulary.CategoryOf("striped"));
        Assert.Equal(["blue", "red"], vocabulary.AttributesIn("color").AsEnumerable());
        Assert.Empty(vocabulary.AttributesIn("size"));
        Assert.Equal(["color", "material", "mood", "feel"], vocabulary.Categories.AsEnumerable());
    }

    [Fact]
    public void Predicates_keep_file_order_without_duplicates()
    {
        var vocabulary = VocabularyReader.Parse(Sample);
        Assert.Equal(["on", "holding", "wearing"], vocabulary.Predicates.AsEnumerable());
        Assert.True(vocabulary.IsPredicate("Holding"));
        Assert.False(vocabulary.IsPredicate("of"));
    }

    [Theory]
    [InlineData("""{"countable": {"dog": "maybe"}}""", "countable.dog: expected true/false")]
    [InlineData("""{"attributes": {"red": 3}}""", "attributes.red: expected a non-empty string")]
    [InlineData("""{"predicates": "on"}""", "\"predicates\" must be a list")]
    [InlineData("""{"labels": {}}""", "unknown member \"labels\"")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("{\n\"countable\": {,}", "line 2: not valid JSON")]
    public void Malformed_files_say_where(string json, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => VocabularyReader.Parse(json, "vocab.json"));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("vocab.json: ", error.Message);
    }

    [Fact]
    public void The_empty_vocabulary_falls_back_everywhere()
    {
        Assert.True(Vocabulary.Empty.IsCountable("dog"));
        Assert.False(Vocabulary.Empty.IsCountable("grass"));
        Assert.Equal("other", Vocabulary.Empty.CategoryOf("red"));
        Assert.Empty(Vocabulary.Empty.Predicates);
    }
}
