using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.SceneGraphs;
using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>Counts are over the noun group, in the whole image, with the attributes the words give.</summary>
public sealed class CountReadingTests
{
    private static ItemBuilder Trees(string answer) => new ItemBuilder("ExistsObjectGenerator").Slot("name", "trees").Slot("count", answer)
        .Answer(answer).Objects(5, 6, 7, 8, 9, 10);

    [Fact]
    public void Six_trees_are_six() => Verdict.PassesWith(Trees("6"), [Orchard], ReadingOn);

    [Fact]
    public void A_count_that_misses_objects_of_the_noun_fails() =>
        // Planted: the evidence and the count agree on five trees, the image has six.
        Verdict.FailsWith(Trees("5").Objects(5, 6, 7, 8, 9), "reading [count]: the answer is 5 but the image has 6 'trees'", [Orchard], ReadingOn);

    [Fact]
    public void A_noun_group_with_a_bunch_is_not_counted() =>
        // "How many bananas?" over banana, banana, bananas: the evidence rules see two 'banana' objects and agree.
        Verdict.FailsWith(new ItemBuilder("ExistsObjectGenerator").Slot("name", "bananas").Slot("count", "2").Answer("2").Objects(0, 1),
            "reading [countable]: 'bananas' cannot be counted: object(s) [2]", [Orchard], ReadingOn);

    [Fact]
    public void People_and_person_are_one_noun() =>
        Verdict.FailsWith(new ItemBuilder("ExistsObjectGenerator").Slot("name", "persons").Slot("count", "1").Answer("1").Objects(12),
            "reading [countable]: 'persons' cannot be counted: object(s) [13]", [Orchard], ReadingOn);

    [Fact]
    public void Two_nested_boxes_of_a_noun_are_not_counted_as_two()
    {
        // The baseball fixture's catcher: "human" boxed whole and again below the waist. A reader sees one.
        var graph = new GraphBuilder(100, 100, "field").Object("human", 50, 20, 100, 95).Object("human", 50, 60, 100, 95).Object("bat", 0, 0, 10, 30).Build();
        Verdict.FailsWith(new ItemBuilder("ExistsObjectGenerator").Slot("name", "humans").Slot("count", "2").Answer("2").Objects(0, 1),
            "reading [count]: objects 0 and 1 of 'humans' may be one thing boxed twice (100% of the smaller box inside the other)", [graph], ReadingOn);
    }

    [Fact]
    public void People_beside_a_man_are_not_counted_without_him()
    {
        // "How many people?" over a person and a man: a reader counts two; the test vocabulary names no persons.
        var graph = new GraphBuilder(100, 100, "street").Object("person", 0, 0, 20, 50).Object("man", 30, 0, 50, 50).Build();
        Verdict.FailsWith(new ItemBuilder("ExistsObjectGenerator").Slot("name", "people").Slot("count", "1").Answer("1").Objects(0),
            "reading [persons]: 'people' may name the 'man'", [graph], ReadingOn, BuiltinPack.Pack.Vocabulary);
    }

    [Fact]
    public void Tall_people_beside_a_tall_man_are_not_counted_without_him()
    {
        // "How many tall people?" over a tall person and a tall man: a reader counts two (docs/evidence.md#persons).
        var graph = new GraphBuilder(100, 100, "street").Object("person", 0, 0, 20, 50, "tall").Object("man", 30, 0, 50, 50, "tall").Build();
        Verdict.FailsWith(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "tall people").Slot("count", "1").Answer("1").Objects(0),
            "reading [persons]: 'people' may name the 'man'", [graph], ReadingOn, BuiltinPack.Pack.Vocabulary);
    }

    [Fact]
    public void How_many_with_a_singular_noun_fails() =>
        Verdict.FailsWith(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "white and small chair").Slot("count", "1").Answer("1").Objects(15),
            "reading [number]: 'how many' asks about 'chair', a singular noun", [Orchard], ReadingOn);

    [Fact]
    public void Attributes_count_every_object_that_has_them() =>
        // "How many white chairs?" Objects 14 and 16 are exactly (white, chair); 15 is white and small: still white.
        Verdict.FailsWith(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "white chairs").Slot("count", "2").Answer("2").Objects(14, 16),
            "reading [count]: the answer is 2 but the image has 3 'chairs' that are white: objects [14, 15, 16]", [Orchard], ReadingOn);

    [Fact]
    public void Frequency_options_may_not_name_one_noun_twice() =>
        Verdict.FailsWith(new ItemBuilder("MostObjectGenerator").Slot("names", "banana and bananas").Answer("banana"),
            "reading [one-right]: offered names 'banana', 'bananas' name one noun ('banana')", [Orchard], ReadingOn);

    [Fact]
    public void Frequency_counts_whole_noun_groups() =>
        // Planted: "tree" (6) against "chair" (3) asked as least frequent with "tree" as the answer.
        Verdict.FailsWith(new ItemBuilder("LeastObjectGenerator").Slot("names", "tree and chair").Answer("tree"),
            "reading [one-right]: the answer 'tree' appears 6 time(s) but 'chair' 3", [Orchard], ReadingOn);

    [Fact]
    public void Counts_across_images_are_over_noun_groups() =>
        Verdict.FailsWith(new ItemBuilder("CountObjectMultiGenerator").Images(2).Slot("label", "dog").Slot("count", "1").Answer("1").ObjectsIn(0, 2),
            "reading [count]: the answer is 1 but the images hold 3 'dog'", [Kitchen, Market], ReadingOn);

    [Fact]
    public void Counts_across_images_take_no_image_with_two_nested_boxes_of_the_noun()
    {
        // The second image's two humans may be one catcher boxed twice; the first image's are side by side.
        var apart = new GraphBuilder(100, 100, "stands").Object("human", 0, 0, 30, 90).Object("human", 60, 0, 90, 90).Build();
        var nested = new GraphBuilder(100, 100, "field").Object("human", 50, 20, 100, 95).Object("human", 50, 60, 100, 95).Build();
        Verdict.FailsWith(new ItemBuilder("CountObjectMultiGenerator").Images(2).Slot("label", "human").Slot("count", "4").Answer("4").ObjectsIn(0, 0, 1).ObjectsIn(1, 0, 1),
            "reading [count]: objects 0 and 1 of 'human' in image 2 may be one thing boxed twice (100% of the smaller box inside the other)", [apart, nested], ReadingOn);
        Verdict.FailsWith(new ItemBuilder("HasMostObjectMultiGenerator").Images(2).Slot("label", "human").Answer("Image 1").Choices("Image 1", "Image 2").ObjectsIn(0, 0, 1).ObjectsIn(1, 0),
            "reading [count]: objects 0 and 1 of 'human' in image 1 may be one thing boxed twice", [nested, new GraphBuilder(100, 100, "mound").Object("human", 0, 0, 30, 90).Build()], ReadingOn);
    }

    [Fact]
    public void The_image_with_most_is_judged_over_noun_groups() =>
        // Kitchen has one banana, Market one bunch: the bunch makes "bananas" uncountable there.
        Verdict.FailsWith(new ItemBuilder("HasMostObjectMultiGenerator").Images(2).Slot("label", "banana").Answer("Image 1")
            .Choices("Image 1", "Image 2").ObjectsIn(0, 0), "reading [countable]: 'banana' cannot be counted", [Kitchen, Market], ReadingOn);

    // The built-in vocabulary's synonym groups (large/big/huge, wood/wooden).
    private static VerificationResult WithSynonyms(ItemBuilder item, params SceneGraph[] graphs) =>
        Verdict.Of(item, graphs, ReadingOn, Builtin.BuiltinPack.Pack.Vocabulary);

    [Fact]
    public void An_attribute_counts_its_synonyms()
    {
        // "How many large chairs?" The big, the large and the huge chair are all large for a reader.
        var result = WithSynonyms(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "large chairs").Slot("count", "3").Answer("3").Objects(0, 1, 2), Porch);
        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void A_count_of_one_word_without_its_synonyms_fails()
    {
        var result = WithSynonyms(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "large chairs").Slot("count", "1").Answer("1").Objects(1), Porch);
        Assert.Contains("reading [count]: the answer is 1 but the image has 3 'chairs' that are large: objects [0, 1, 2]", result.Message);
    }

    [Fact]
    public void Two_words_of_one_meaning_count_one_group()
    {
        // "wood tables": the wood one and the wooden one.
        var result = WithSynonyms(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "wood tables").Slot("count", "2").Answer("2").Objects(4, 5), Porch);
        Assert.True(result.Passed, result.Message);
    }

    [Fact]
    public void Counts_across_images_read_an_attribute_by_its_meaning()
    {
        var item = new ItemBuilder("CountAttributeObjectMultiGenerator").Images(2).Slot("label", "chair").Slot("attribute", "large");
        var right = WithSynonyms(item.Answer("4").ObjectsIn(0, 0, 1, 2).ObjectsIn(1, 0), Porch, Shed);
        Assert.True(right.Passed, right.Message);
        var wrong = WithSynonyms(item.Answer("2").ObjectsIn(0, 1).ObjectsIn(1, 0), Porch, Shed);
        Assert.Contains("reading [count]: the answer is 2 but the images hold 4 'large chair' in all", wrong.Message);
    }
}
