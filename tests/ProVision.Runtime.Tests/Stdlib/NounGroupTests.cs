using ProVision.Runtime.Formats;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>Nouns, synonyms, persons and non-objects of a vocabulary, and the noun-group queries built on them.</summary>
public sealed class NounGroupTests
{
    private static readonly Vocabulary s_vocabulary = VocabularyReader.Parse("""
        {
          "nouns": { "glasses": "glasses", "octopi": "octopus" },
          "synonyms": [ ["large", "big", "massive"], ["small", "little", "tiny"], ["near", "next to"] ],
          "persons": [ "person", "man" ],
          "nonObjects": [ "color", "spot" ]
        }
        """);

    private static SceneGraph Graph(params string[] labels) =>
        new("g", null, 100, 100, [.. labels.Select(l => new SceneObject(l, new Box(0, 0, 10, 10)))], []);

    [Fact]
    public void Persons_and_things_are_answered_the_same_however_often_and_in_whatever_order_labels_are_asked()
    {
        // The answers are remembered with the label's noun in a small direct-mapped table; thousands of labels evict
        // one another there, and a label asked again (another copy of the text) must still get its own answers.
        var vocabulary = VocabularyReader.Parse("""{ "persons": [ "person", "man" ], "nonObjects": [ "color", "spot" ] }""");
        (string Label, bool Person, bool Thing, string Noun)[] known =
        [
            ("man", true, true, "man"), ("men", true, true, "man"), (" Man ", true, true, "Man"), ("people", true, true, "person"),
            ("spot", false, false, "spot"), ("Spots", false, false, "Spot"), ("colors", false, false, "color"), ("bananas", false, true, "banana"),
        ];
        var filler = Enumerable.Range(0, 3_000).Select(i => $"thing{i}").ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var (label, person, thing, noun) in known)
            {
                var copy = new string(label.AsSpan());
                Assert.Equal(thing, vocabulary.IsThing(copy));
                Assert.Equal(person, vocabulary.IsPerson(label));
                Assert.Equal(noun, vocabulary.NounOf(copy));
            }
            foreach (var label in round == 1 ? filler.Reverse() : filler)
            {
                Assert.True(vocabulary.IsThing(label));
                Assert.False(vocabulary.IsPerson(label));
            }
        }
        Assert.Throws<ArgumentNullException>(() => vocabulary.IsPerson(null!));
        Assert.Throws<ArgumentNullException>(() => vocabulary.IsThing(null!));
    }

    [Fact]
    public void A_label_names_its_noun_in_the_singular_with_vocabulary_entries_first()
    {
        Assert.Equal("banana", s_vocabulary.NounOf("bananas"));
        Assert.Equal("person", s_vocabulary.NounOf("people"));
        Assert.Equal("glasses", s_vocabulary.NounOf("glasses"));
        Assert.Equal("octopus", s_vocabulary.NounOf("octopi"));
        Assert.True(s_vocabulary.IsPluralLabel("bananas"));
        Assert.True(s_vocabulary.IsPluralLabel("people"));
        Assert.False(s_vocabulary.IsPluralLabel("banana"));
        Assert.False(s_vocabulary.IsPluralLabel("glasses"));
        Assert.False(s_vocabulary.IsPluralLabel("bus"));
    }

    [Fact]
    public void Nouns_stay_right_when_many_labels_and_copies_of_one_label_take_turns()
    {
        // More labels than the recent-noun table has slots, each asked twice in a row and again after all the others,
        // as the same string and as another copy of its text: every answer is the noun of that text.
        var labels = Enumerable.Range(0, 3000).Select(i => "bananas" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (i % 2 == 0 ? "s" : "")).ToArray();
        var fresh = VocabularyReader.Parse("{}");
        foreach (var pass in new[] { 0, 1 })
        {
            foreach (var label in labels)
            {
                var expected = Inflection.Singular(label);
                Assert.Equal(expected, fresh.NounOf(label));
                Assert.Equal(expected, fresh.NounOf(new string(label.AsSpan())));
            }
        }
        Assert.Equal("banana", fresh.NounOf("bananas"));
        Assert.Equal("person", fresh.NounOf(new string("people".AsSpan())));
    }

    [Fact]
    public void A_noun_group_spans_both_numbers()
    {
        var graph = Graph("banana", "banana", "bananas", "plate", "men", "bus");
        Assert.Equal(3, Nouns.CountNoun(graph, s_vocabulary, "banana"));
        Assert.Equal(3, Nouns.CountNoun(graph, s_vocabulary, "bananas"));
        Assert.False(Nouns.IsUnique(graph, s_vocabulary, "bananas"));
        Assert.True(Nouns.IsUnique(graph, s_vocabulary, "plate"));
        Assert.True(Nouns.IsUnique(graph, s_vocabulary, "man"));
        Assert.True(Nouns.IsUnique(graph, s_vocabulary, "bus"));
        Assert.Equal(0, Nouns.CountNoun(graph, s_vocabulary, "cup"));
    }

    [Fact]
    public void Noun_ids_of_objects_are_equal_exactly_when_their_nouns_compare_equal()
    {
        // Both numbers, a vocabulary noun, padding the noun ignores, a copy of a label's text, and a label whose noun
        // is another label ("octopi" -> "octopus"): the ids agree with comparing the noun strings, for every pair.
        var graph = Graph("banana", "bananas", new string("banana".AsSpan()), " banana ", "glasses", "glass", "octopi", "octopus", "men", "man", "Man", "");
        var ids = Nouns.IdsOfObjects(graph, s_vocabulary);
        Assert.Equal(graph.Objects.Length, ids.Length);
        for (var a = 0; a < ids.Length; a++)
        {
            for (var b = 0; b < ids.Length; b++)
            {
                var same = s_vocabulary.NounOf(graph.Objects[a].Label) == s_vocabulary.NounOf(graph.Objects[b].Label);
                Assert.True(same == (ids[a] == ids[b]), $"{graph.Objects[a].Label} / {graph.Objects[b].Label}");
            }
        }
        Assert.Same(ids, Nouns.IdsOfObjects(graph, s_vocabulary)); // kept with the graph's nouns
        Assert.NotEqual(ids[8], ids[10]); // "men" and "Man": nouns compare with case, as the strings do
        Assert.Empty(Nouns.IdsOfObjects(Graph(), s_vocabulary));
    }

    [Fact]
    public void Counting_a_noun_from_the_graphs_nouns_agrees_with_asking_every_object()
    {
        // The rule as it was written over the objects: the label itself (ordinal) or the label's noun, case aside.
        var graph = Graph("banana", "bananas", "Banana", " banana ", "glasses", "glass", "octopi", "octopus", "men", "Man", "man", "people", "");
        var labels = graph.Objects.Select(o => o.Label).Concat(["BANANAS", "person", "zebra", "  ", "octopuses"]);
        foreach (var label in labels)
        {
            var noun = s_vocabulary.NounOf(label);
            var expected = graph.Objects.Count(o => o.Label == label || string.Equals(s_vocabulary.NounOf(o.Label), noun, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == Nouns.CountNoun(graph, s_vocabulary, label), $"'{label}': {expected}");
            Assert.Equal(expected == 1, Nouns.IsUnique(graph, s_vocabulary, label));
        }
        Assert.Equal(0, Nouns.CountNoun(Graph(), s_vocabulary, "banana"));
        Assert.Throws<ArgumentNullException>(() => Nouns.CountNoun(graph, s_vocabulary, null!));
    }

    [Fact]
    public void Noun_ids_follow_the_vocabulary_asked()
    {
        // One graph asked under two vocabularies: "octopi" is "octopus" under one and its own noun under the other.
        var graph = Graph("octopi", "octopus");
        var plain = VocabularyReader.Parse("{}");
        var listed = Nouns.IdsOfObjects(graph, s_vocabulary);
        Assert.Equal(listed[0], listed[1]);
        var ruled = Nouns.IdsOfObjects(graph, plain);
        Assert.Equal(plain.NounOf("octopi") == plain.NounOf("octopus"), ruled[0] == ruled[1]);
        Assert.Equal(listed[0], Nouns.IdsOfObjects(graph, s_vocabulary)[0]);
    }

    [Fact]
    public void Synonyms_are_equal_words_or_one_group()
    {
        Assert.True(s_vocabulary.AreSynonyms("large", "massive"));
        Assert.True(s_vocabulary.AreSynonyms("Large", "large "));
        Assert.False(s_vocabulary.AreSynonyms("large", "small"));
        Assert.False(s_vocabulary.AreSynonyms("red", "blue"));
        var kept = new ScratchList<string>();
        Synonyms.AppendDistinctMeanings(["little", "small", "large", "red", "tiny", "big", "blue"], s_vocabulary, kept);
        Assert.Equal(["little", "large", "red", "blue"], kept.Span.ToArray());
    }

    [Fact]
    public void Synonym_answers_stay_right_when_many_words_and_copies_of_one_word_take_turns()
    {
        // More words than the recent-group table has slots, with the group words among them, each asked as the same
        // string and as another copy of its text, padded and in other case: every answer follows the groups.
        var vocabulary = VocabularyReader.Parse("""{ "synonyms": [ ["large", "big", "massive"], ["near", "next to"] ] }""");
        var words = Enumerable.Range(0, 3000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["large", "big", "massive", "near", "next to", " Big ", "NEAR"]).ToArray();
        static string Meaning(string w) => w.Trim().ToLowerInvariant() switch
        {
            "large" or "big" or "massive" => "large",
            "near" or "next to" => "near",
            var other => other,
        };
        foreach (var pass in new[] { 0, 1 })
        {
            for (var i = 0; i < words.Length; i++)
            {
                var a = words[i];
                var b = words[(i * 7 + pass) % words.Length];
                var same = Meaning(a) == Meaning(b);
                Assert.True(same == vocabulary.AreSynonyms(a, b), $"{a} / {b}");
                Assert.True(same == vocabulary.AreSynonyms(new string(a.AsSpan()), b), $"copy of {a} / {b}");
                Assert.True(vocabulary.AreSynonyms(a, new string(a.AsSpan())), a);
            }
        }
        Assert.True(vocabulary.AreSynonyms(" Big ", "massive"));
        Assert.False(vocabulary.AreSynonyms("big", "near"));
    }

    [Fact]
    public void Distinct_meanings_keep_the_first_word_of_each_meaning_as_pairwise_synonym_checks_do()
    {
        // Case, surrounding spaces, groups and words outside every group, in random lists (also past the stack buffer).
        string[] words = ["large", "Big ", " massive", "small", "LITTLE", "tiny", "red", "Red", " red ", "blue", "near", "next to", "Next To", "wooden"];
        var random = new Random(13);
        var kept = new ScratchList<string>();
        for (var round = 0; round < 200; round++)
        {
            var items = Enumerable.Range(0, random.Next(0, round < 190 ? 20 : 300)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var expected = new List<string>();
            foreach (var item in items)
            {
                if (!expected.Any(w => s_vocabulary.AreSynonyms(w, item))) expected.Add(item);
            }
            Synonyms.AppendDistinctMeanings(items, s_vocabulary, kept);
            Assert.Equal(expected, kept.Span.ToArray());
        }
    }

    [Theory]
    [InlineData("big", "large")]
    [InlineData(" Massive ", "large")]
    [InlineData("tiny", "small")]
    [InlineData(" red", "red")]
    public void A_meaning_is_named_by_the_first_word_of_its_group(string word, string meaning) =>
        Assert.Equal(meaning, s_vocabulary.MeaningOf(word));

    [Fact]
    public void A_word_listed_in_two_groups_belongs_to_the_later_one()
    {
        Assert.Equal("", Vocabulary.Empty.MeaningOf(""));
        // A word listed again in a later group moves there; the earlier group is named by its first word left.
        var moved = VocabularyReader.Parse("""{ "synonyms": [ ["light", "pale", "white"], ["light", "bright"] ] }""");
        Assert.Equal("pale", moved.MeaningOf("white"));
        Assert.Equal("light", moved.MeaningOf("bright"));
        Assert.NotEqual(moved.MeaningOf("pale"), moved.MeaningOf("bright"));
    }

    [Fact]
    public void Persons_are_found_by_noun()
    {
        Assert.True(s_vocabulary.IsPerson("people"));
        Assert.True(s_vocabulary.IsPerson("men"));
        Assert.False(s_vocabulary.IsPerson("dog"));
    }

    [Theory]
    [InlineData("young man", true)]
    [InlineData("Young  Men", true)]
    [InlineData("tennis people", true)]
    [InlineData("man statue", false)]
    [InlineData("manhole", false)]
    [InlineData("woman", false)]
    public void A_label_of_several_words_is_a_person_by_its_last_word(string label, bool person)
    {
        // Real graphs label people "tennis player" and "young man"; the head word decides, never a word before it.
        Assert.Equal(person, s_vocabulary.IsPerson(label));
    }

    [Fact]
    public void The_builtin_vocabulary_takes_the_people_of_real_graphs_for_persons()
    {
        // The baseball fixtures' machine annotations label the catcher "human"; VG labels players "tennis player".
        var builtin = VocabularyReader.Parse(VocabularyTablesTests.BuiltinVocabulary());
        foreach (var label in new[] { "human", "humans", "tennis player", "baseball players", "young man", "little girl", "police officer", "batter" })
        {
            Assert.True(builtin.IsPerson(label), label);
        }
        foreach (var label in new[] { "bat", "baseball glove", "baseball uniform", "man statue", "bus" })
        {
            Assert.False(builtin.IsPerson(label), label);
        }
    }

    [Fact]
    public void Non_objects_are_found_by_noun_in_either_number()
    {
        Assert.False(s_vocabulary.IsThing("color"));
        Assert.False(s_vocabulary.IsThing("colors"));
        Assert.False(s_vocabulary.IsThing(" Spots "));
        Assert.True(s_vocabulary.IsThing("dog"));
        Assert.True(s_vocabulary.IsThing("spotlight"));
        // Without the data every label is a thing (a pack that lists none asks as before).
        Assert.True(Vocabulary.Empty.IsThing("colors"));
    }

    [Fact]
    public void What_persons_show_on_the_body_is_found_by_noun_in_either_number_and_by_a_labels_last_word()
    {
        var builtin = VocabularyReader.Parse(VocabularyTablesTests.BuiltinVocabulary());
        foreach (var label in new[] { "shirt", "shirts", "Shirt ", "baseball uniform", "hands", "feet", "white shoe", "t-shirt", "glasses" })
        {
            Assert.True(builtin.IsOnPerson(label), label);
        }
        foreach (var label in new[] { "bat", "ball", "baseball glove box", "man", "shirt rack", "bus", "hat stand" })
        {
            Assert.False(builtin.IsOnPerson(label), label);
        }
        // How many one person shows, by the same noun: one shirt, two shoes, ten fingers.
        Assert.Equal([1, 2, 2, 10, 0], new[] { "shirts", "shoe", "left hand", "finger", "bat" }.Select(builtin.PerPerson));
        // Without the data nothing is (a pack that lists none asks as before).
        Assert.False(Vocabulary.Empty.IsOnPerson("shirt"));
    }

    [Fact]
    public void A_predicate_implies_the_words_listed_for_its_synonym_group_and_no_others()
    {
        var vocabulary = VocabularyReader.Parse("""
            {
              "synonyms": [ ["wearing", "wears", "dressed in"], ["has", "have", "with", "holding"] ],
              "implies": [ ["wearing", "has"], ["wearing", "with"], ["riding", "on"] ]
            }
            """);
        Assert.True(vocabulary.Implies("wearing", "has"));
        Assert.True(vocabulary.Implies(" Dressed in", "with "));
        Assert.True(vocabulary.Implies("riding", "on"));
        // Only the word listed: "holding" shares a group with "has", yet a man wearing a hat is not holding it.
        Assert.False(vocabulary.Implies("wearing", "holding"));
        Assert.False(vocabulary.Implies("wearing", "have"));
        // Not symmetric, and no word implies itself or a synonym (that is AreSynonyms).
        Assert.False(vocabulary.Implies("has", "wearing"));
        Assert.False(vocabulary.Implies("wearing", "wears"));
        Assert.False(Vocabulary.Empty.Implies("wearing", "has"));
    }

    [Fact]
    public void Words_of_one_excludes_group_exclude_each_other_but_synonyms()
    {
        var vocabulary = VocabularyReader.Parse("""
            {
              "synonyms": [ ["large", "big"], ["gray", "silver"] ],
              "excludes": [ ["red", "blue", "gray", "silver"], ["large", "big", "small"], ["tall", "short"], ["long", "short"] ]
            }
            """);
        Assert.True(vocabulary.Excludes("red", "blue"));
        Assert.True(vocabulary.Excludes(" Blue", "RED "));
        Assert.True(vocabulary.Excludes("big", "small"));
        // A word in two groups excludes the words of both; words of different groups nothing.
        Assert.True(vocabulary.Excludes("short", "tall"));
        Assert.True(vocabulary.Excludes("long", "short"));
        Assert.False(vocabulary.Excludes("tall", "long"));
        Assert.False(vocabulary.Excludes("red", "small"));
        // Synonyms and a word itself exclude nothing, nor does a word no group lists ("maroon" is not listed).
        Assert.False(vocabulary.Excludes("gray", "silver"));
        Assert.False(vocabulary.Excludes("large", "big"));
        Assert.False(vocabulary.Excludes("red", "red"));
        Assert.False(vocabulary.Excludes("maroon", "blue"));
        Assert.False(Vocabulary.Empty.Excludes("red", "blue"));
    }

    [Fact]
    public void A_huge_excludes_group_costs_one_entry_a_word()
    {
        // A hostile vocabulary: one group of 100,000 words. Kept as each word's group numbers, it is read in linear
        // time and memory; a table of each word's excluded words would hold ten billion entries.
        var words = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"\"w{i}\""));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var vocabulary = VocabularyReader.Parse($$"""{ "excludes": [ [{{words}}], ["w1", "other"] ] }""");

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 200L << 20);
        Assert.True(vocabulary.Excludes("w0", "w99999"));
        Assert.True(vocabulary.Excludes("other", "w1"));
        Assert.False(vocabulary.Excludes("other", "w2"));
    }

    [Theory]
    [InlineData("""{"excludes": {"red": "blue"}}""", "\"excludes\" must be a list of lists of strings")]
    [InlineData("""{"excludes": [["red", "blue"], ["open"]]}""", "excludes[1]: expected at least two words")]
    [InlineData("""{"excludes": [["red", 3]]}""", "excludes[0][1]: expected a non-empty string")]
    [InlineData("""{"nouns": ["a"]}""", "\"nouns\" must be an object")]
    [InlineData("""{"nouns": {"a": 3}}""", "nouns.a: expected a non-empty string")]
    [InlineData("""{"synonyms": {"a": "b"}}""", "\"synonyms\" must be a list of lists")]
    [InlineData("""{"synonyms": ["a"]}""", "synonyms[0]: expected a list of strings")]
    [InlineData("""{"synonyms": [["a", ""]]}""", "synonyms[0][1]: expected a non-empty string")]
    [InlineData("""{"persons": "man"}""", "\"persons\" must be a list of strings")]
    [InlineData("""{"persons": [1]}""", "persons[0]: expected a non-empty string")]
    [InlineData("""{"nonObjects": "color"}""", "\"nonObjects\" must be a list of strings")]
    [InlineData("""{"nonObjects": [" "]}""", "nonObjects[0]: expected a non-empty string")]
    [InlineData("""{"onPersons": ["shirt"]}""", "\"onPersons\" must be an object")]
    [InlineData("""{"implies": {"wearing": "has"}}""", "\"implies\" must be a list of lists of strings")]
    [InlineData("""{"implies": [["wearing", "has", "with"]]}""", "implies[0]: expected two words, the first implying the second")]
    [InlineData("""{"implies": [["wearing", 3]]}""", "implies[0][1]: expected a non-empty string")]
    [InlineData("""{"onPersons": {"shirt": 0}}""", "onPersons.shirt: expected how many one person shows, a whole number from 1 to 100")]
    [InlineData("""{"onPersons": {"shoe": "2"}}""", "onPersons.shoe: expected how many one person shows")]
    [InlineData("""{"onPersons": {"finger": 1e9}}""", "onPersons.finger: expected how many one person shows")]
    [InlineData("""{"nonobjects": []}""", "unknown member \"nonobjects\"")]
    [InlineData("""{"exclude": []}""", "expected \"countable\", \"attributes\", \"predicates\", \"nouns\", \"synonyms\", \"persons\", \"nonObjects\", \"onPersons\", \"implies\" or \"excludes\"")]
    public void Malformed_entries_are_located_errors(string json, string message)
    {
        var error = Assert.Throws<DataFormatException>(() => VocabularyReader.Parse(json, "vocab.json"));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("vocab.json: ", error.Message);
    }
}
