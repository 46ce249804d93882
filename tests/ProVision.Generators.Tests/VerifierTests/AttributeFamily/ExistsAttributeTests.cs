using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.AttributeFamily;

public sealed class ExistsAttributeTests
{
    // Two blue-and-white chairs (attribute order differs), one white chair, green grass (not countable). A reader
    // counting "white chairs" counts every chair that is white, the blue-and-white ones too.
    private static readonly SceneGraph s_graph = new GraphBuilder(100, 50)
        .Object("chair", 0, 0, 10, 10, "white", "blue").Object("chair", 20, 0, 30, 10, "blue", "white")
        .Object("chair", 40, 0, 50, 10, "white").Object("grass", 0, 40, 100, 50, "green").Build();

    // The same with the white chair also red: a reader sees it is not blue (red excludes blue, and no chair is both),
    // so it is no white and blue chair. (Only "white", it may be blue as well.)
    private static readonly SceneGraph s_redChair = new GraphBuilder(100, 50)
        .Object("chair", 0, 0, 10, 10, "white", "blue").Object("chair", 20, 0, 30, 10, "blue", "white")
        .Object("chair", 40, 0, 50, 10, "white", "red").Object("grass", 0, 40, 100, 50, "green").Build();

    private static ItemBuilder Correct() => new ItemBuilder("ExistsAttributeGenerator")
        .Slot("name", "white and blue chairs").Slot("count", "2").Answer("2").Objects(0, 1);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), s_redChair);
        Verdict.Passes(Correct().Slot("name", "blue and white chairs").Choices("4", "3", "2", "1"), s_redChair);
        Verdict.Passes(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "white chairs").Slot("count", "three").Answer("three").Objects(0, 1, 2), s_graph);
    }

    [Fact]
    public void An_uncounted_object_a_reader_may_count_fails()
    {
        // The third chair is only "white": nothing it carries excludes blue (the other chairs are white and blue), so a
        // reader may count it among the white and blue chairs.
        Verdict.Fails(Correct(), "'chair' object 2 has no attribute that excludes one of {'white', 'blue'}, so a reader may count it as well", s_graph);
        Verdict.Passes(Correct(), s_redChair);
    }

    [Fact]
    public void Wrong_count_fails() =>
        Verdict.Fails(Correct().Answer("3"), "answer '3' (3) but the number of objects with (blue white | chair) is 2", s_graph);

    [Fact]
    public void Incomplete_group_fails() =>
        Verdict.Fails(Correct().Objects(1), "evidence [1] is not the set of 'chair' objects having every attribute (or a synonym) of one of them", s_graph);

    [Fact]
    public void The_white_chairs_include_the_blue_and_white_ones()
    {
        Verdict.Fails(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "white chair").Slot("count", "one").Answer("one").Objects(2),
            "evidence [2] is not the set of 'chair' objects having every attribute (or a synonym) of one of them", s_graph);
        Verdict.Fails(Correct().Objects(0, 1, 2), "slot 'count' is '2' (2) but the number of (white | chair) objects is 3", s_graph);
    }

    [Fact]
    public void Name_must_spell_every_attribute_and_agree_in_number()
    {
        Verdict.Fails(Correct().Slot("name", "white chairs"), "slot 'name' is 'white chairs' but it must be the attributes {'blue', 'white'}", s_graph);
        Verdict.Fails(Correct().Slot("name", "white and blue chair"), "followed by the plural of 'chair' (count 2)", s_graph);
    }

    [Fact]
    public void Uncountable_label_fails() =>
        Verdict.Fails(new ItemBuilder("ExistsAttributeGenerator").Slot("name", "green grass").Slot("count", "1").Answer("1").Objects(3), "noun 'grass' is not countable, so it gets no 'how many' item", s_graph);
}
