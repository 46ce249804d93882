using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.ObjectFamily;

public sealed class ExtremeObjectTests
{
    // Three unique labels laid out diagonally (no overlap on either axis), plus two chairs (not unique).
    private static readonly SceneGraph s_graph = new GraphBuilder(100, 100)
        .Object("dog", 40, 40, 50, 50).Object("cup", 70, 5, 80, 15).Object("cat", 12, 70, 20, 90)
        .Object("chair", 0, 0, 5, 5).Object("chair", 90, 90, 95, 95).Object("tree", 45, 0, 60, 30).Build();

    private static ItemBuilder Item(string generator, string answer) =>
        new ItemBuilder(generator).Slot("names", "dog, cup, and cat").Answer(answer).Objects(0, 1, 2);

    [Theory]
    [InlineData("LeftMostObjectGenerator", "cat")]
    [InlineData("RightMostObjectGenerator", "cup")]
    [InlineData("TopMostObjectGenerator", "cup")]
    [InlineData("BottomMostObjectGenerator", "cat")]
    public void Correct_items_verify(string generator, string answer)
    {
        Verdict.Passes(Item(generator, answer), s_graph);
        Verdict.Passes(Item(generator, answer).Choices("dog", "cup", "cat"), s_graph);
    }

    [Fact]
    public void Wrong_answer_fails_with_the_coordinates() =>
        Verdict.Fails(Item("LeftMostObjectGenerator", "dog").Choices("dog", "cup", "cat"),
            "LeftMostObjectGenerator item img/LeftMostObjectGenerator/0: answer 'dog' but 'cat' has the smallest x1 (12 < 40) among evidence objects [0, 1, 2]", s_graph);

    [Fact]
    public void Wrong_bottom_answer_fails() =>
        Verdict.Fails(Item("BottomMostObjectGenerator", "dog"), "answer 'dog' but 'cat' has the largest y2 (90 > 50)", s_graph);

    [Fact]
    public void A_label_that_is_not_unique_fails() =>
        Verdict.Fails(new ItemBuilder("LeftMostObjectGenerator").Slot("names", "chair, dog, and cup").Answer("chair").Objects(3, 0, 1),
            "object 3 ('chair') does not have a unique label: the image has 2", s_graph);

    [Fact]
    public void Overlap_along_the_axis_fails() =>
        Verdict.Fails(new ItemBuilder("RightMostObjectGenerator").Slot("names", "dog, cup, and tree").Answer("cup").Objects(0, 1, 5),
            "objects 0 and 5 overlap horizontally ([40, 40, 50, 50] and [45, 0, 60, 30])", s_graph);

    [Fact]
    public void Overlap_along_the_other_axis_is_fine() =>
        Verdict.Passes(new ItemBuilder("TopMostObjectGenerator").Slot("names", "dog, cat, and tree").Answer("tree").Objects(0, 2, 5), s_graph);

    [Fact]
    public void Names_must_be_the_evidence_labels() =>
        Verdict.Fails(Item("LeftMostObjectGenerator", "cat").Slot("names", "dog, cup, and tree"), "slot 'names' offers {'dog', 'cup', 'tree'} but the evidence objects are", s_graph);

    [Fact]
    public void Two_objects_are_not_a_three_set() =>
        Verdict.Fails(Item("LeftMostObjectGenerator", "cat").Objects(0, 2), "must list exactly 3 object(s)", s_graph);

    [Fact]
    public void A_choice_outside_the_three_labels_fails() =>
        Verdict.Fails(Item("LeftMostObjectGenerator", "cat").Choices("cat", "tree", "dog"), "choice 'tree' is not among the three compared labels", s_graph);
}
