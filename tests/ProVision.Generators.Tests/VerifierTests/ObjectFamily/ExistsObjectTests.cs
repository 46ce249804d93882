using ProVision.Generators.Tests.Support;

namespace ProVision.Generators.Tests.VerifierTests.ObjectFamily;

public sealed class ExistsObjectTests
{
    // dog x2, cat, grass (not countable)
    private static readonly ProVision.Runtime.SceneGraphs.SceneGraph s_graph = new GraphBuilder()
        .Object("dog", 0, 0, 2, 2).Object("dog", 3, 0, 5, 2).Object("cat", 6, 0, 8, 2).Object("grass", 0, 8, 10, 10).Build();

    private static ItemBuilder Correct() => new ItemBuilder("ExistsObjectGenerator")
        .Slot("name", "dogs").Slot("count", "2").Answer("2").Objects(0, 1);

    [Fact]
    public void Correct_items_verify_open_and_multiple_choice_digits_and_words()
    {
        Verdict.Passes(Correct(), s_graph);
        Verdict.Passes(Correct().Choices("1", "2", "3", "4"), s_graph);
        Verdict.Passes(Correct().Slot("count", "two").Answer("two").Choices("three", "two", "four", "one").Response("(2) two"), s_graph);
        Verdict.Passes(new ItemBuilder("ExistsObjectGenerator").Slot("name", "cat").Slot("count", "one").Answer("one").Objects(2), s_graph);
    }

    [Fact]
    public void Wrong_count_fails() =>
        Verdict.Fails(Correct().Answer("3").Choices("1", "2", "3", "4"), "answer '3' (3) but the number of 'dog' objects in the image is 2", s_graph);

    [Fact]
    public void Evidence_missing_an_object_fails() =>
        Verdict.Fails(Correct().Objects(0), "evidence [0] but the image's 'dog' objects are [0, 1]", s_graph);

    [Fact]
    public void Uncountable_label_fails() =>
        Verdict.Fails(new ItemBuilder("ExistsObjectGenerator").Slot("name", "grass").Slot("count", "1").Answer("1").Objects(3), "label 'grass' is not countable", s_graph);

    [Fact]
    public void Singular_name_for_two_fails() =>
        Verdict.Fails(Correct().Slot("name", "dog"), "slot 'name' is 'dog' but the count is 2, so it must be the plural of 'dog'", s_graph);

    [Fact]
    public void Duplicate_choice_fails() =>
        Verdict.Fails(Correct().Choices("2", "2", "3", "4"), "duplicate choice '2'", s_graph);

    [Fact]
    public void Count_options_must_be_distinct_counts_in_the_answers_form()
    {
        Verdict.Fails(Correct().Choices("1", "2", "two", "4"), "written in words but the answer '2' in digits", s_graph);
        Verdict.Fails(Correct().Choices("1", "2", "many"), "choice 'many' is not a count", s_graph);
    }

    [Fact]
    public void Response_must_name_the_answers_option() =>
        Verdict.Fails(Correct().Choices("1", "2", "3", "4").Response("C. 3"), "response 'C. 3' names option 'C' = '3' but the answer is '2'", s_graph);
}
