using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// Issue 13, item 6: a vocabulary file's entries written down for a build to carry (the built-in pack's) read back into
/// the very vocabulary the JSON gives, later entries overriding earlier ones as in the file; damaged tables are refused,
/// never half read.
/// </summary>
public sealed class VocabularyTablesTests
{
    private const string Overrides = """
        {
          "countable": { "dog": true, "DOG ": false, "grass": false, " Grass": "yes", "": 1, "cat": 1, "cat": 1 },
          "attributes": { "red": "color", "Red": "Shade", "wooden": "material", "happy": "mood" },
          "predicates": ["on", "holding", "on", " wearing"],
          "nouns": { "glasses": "glass", "Glasses": "glasses", "people": "person" },
          "synonyms": [ ["light", "pale", "white"], ["light", "bright"], [], ["large", "big"] ],
          "persons": ["man", "people"],
          "nonObjects": ["color", "spot"],
          "onPersons": { "shirt": 1, "Hand ": 2, "SHIRT": 3 },
          "implies": [ ["light", "red"], ["Large", " on"] ],
          "excludes": [ ["red", "Blue "], ["light", "red"], ["Large", "small", "big"] ],
          "countable": { "spot": "no" },
        }
        """;

    public static TheoryData<string> Vocabularies => new() { "{}", Overrides, BuiltinVocabulary() };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Tables_read_back_into_the_vocabulary_the_json_gives(string json)
    {
        var tables = VocabularyTables.Encode(json);

        Assert.NotNull(tables);
        var decoded = VocabularyTables.Decode(tables);
        Assert.NotNull(decoded);
        Assert.Equal(Describe(VocabularyReader.Parse(json), json), Describe(decoded, json));
    }

    [Fact]
    public void The_builtin_vocabulary_is_large_enough_for_the_comparison_to_say_something()
    {
        var vocabulary = VocabularyTables.Decode(VocabularyTables.Encode(BuiltinVocabulary())!)!;

        Assert.True(vocabulary.Labels.Length > 200, $"{vocabulary.Labels.Length} labels");
        Assert.True(vocabulary.Predicates.Length > 20, $"{vocabulary.Predicates.Length} predicates");
        Assert.Contains("big", Words(BuiltinVocabulary()));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("""{"countable": {"dog": "maybe"}}""")]
    [InlineData("""{"labels": {}}""")]
    [InlineData("{\n\"countable\": {,}")]
    public void Json_that_is_no_vocabulary_has_no_tables(string json)
    {
        Assert.Null(VocabularyTables.Encode(json));
    }

    public static TheoryData<string> DamagedTables => new()
    {
        "Z",                          // an unknown kind
        "X",                          // a group without its count
        "X2;3:red",                   // a group with fewer words than it says
        "C",                          // a kind without its field
        "C3",                         // a length without its colon
        "C3:do",                      // a field shorter than its length
        "C-1:a",
        "C999999999:a",               // a length beyond the text
        "C9999999999:a",              // a length of ten digits
        "A3:red",                     // a pair without its second field
        "N6:people",
        "S2;3:big",                   // a group with fewer words than it says
        "S;",
        "S99999999;",
        "P2:onC",                     // a good record, then a broken one
    };

    [Theory]
    [MemberData(nameof(DamagedTables))]
    public void Damaged_tables_are_refused(string tables)
    {
        Assert.Null(VocabularyTables.Decode(tables));
    }

    [Fact]
    public void Empty_tables_are_the_empty_vocabulary()
    {
        var vocabulary = VocabularyTables.Decode("");

        Assert.NotNull(vocabulary);
        Assert.Equal(Describe(VocabularyReader.Parse("{}"), Overrides), Describe(vocabulary, Overrides));
    }

    // Every answer the vocabulary gives about every word of the JSON (and their case and spacing variants), as text.
    private static string Describe(Vocabulary vocabulary, string json)
    {
        var lines = new List<string>
        {
            "labels: " + string.Join("|", vocabulary.Labels),
            "predicates: " + string.Join("|", vocabulary.Predicates),
            "categories: " + string.Join("|", vocabulary.Categories),
        };
        foreach (var category in vocabulary.Categories)
        {
            lines.Add($"in {category}: " + string.Join("|", vocabulary.AttributesIn(category)));
        }
        foreach (var word in Words(json).SelectMany(w => new[] { w, w.ToUpperInvariant(), " " + w + " " }).Distinct(StringComparer.Ordinal))
        {
            lines.Add($"{word}: countable {vocabulary.IsCountable(word)} explicit {vocabulary.ExplicitCountable(word)} noun {vocabulary.NounOf(word)} " +
                $"meaning {vocabulary.MeaningOf(word)} group {vocabulary.SynonymGroupOf(word.Trim())} category {vocabulary.CategoryOf(word)} " +
                $"person {vocabulary.IsPerson(word)} thing {vocabulary.IsThing(word)} predicate {vocabulary.IsPredicate(word)} per person {vocabulary.PerPerson(word)} " +
                $"implies {vocabulary.Implies(word, "has")} {vocabulary.Implies(word, "red")} {vocabulary.Implies(word, "on")} " +
                $"excludes {vocabulary.Excludes(word, "red")} {vocabulary.Excludes(word, "blue")} {vocabulary.Excludes(word, "small")}");
        }
        return string.Join("\n", lines);
    }

    // Every quoted string of the JSON: labels, attributes, categories, predicates, nouns, words.
    private static IEnumerable<string> Words(string json) =>
        System.Text.RegularExpressions.Regex.Matches(json, "\"([^\"]*)\"").Select(m => m.Groups[1].Value).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal);

    internal static string BuiltinVocabulary()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "generators", "vocabulary.json");
            if (File.Exists(candidate)) return File.ReadAllText(candidate);
        }
        throw new Xunit.Sdk.XunitException($"generators/vocabulary.json not found above {AppContext.BaseDirectory}");
    }
}
