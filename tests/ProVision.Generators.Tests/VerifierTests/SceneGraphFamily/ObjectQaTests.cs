using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.SceneGraphFamily.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SceneGraphFamily;

public sealed class ObjectQaTests
{
    // "What is the white object that is holding the wooden bat?" Both men match.
    private static ItemBuilder Correct() => new ItemBuilder("SceneGraphObjectQAGenerator")
        .Slot("attributes", "white").Slot("neighbor_attributes", "wooden").Answer("man").Objects(0, 2).Relations(0);

    [Fact]
    public void An_expression_names_each_meaning_once()
    {
        // "What is the object that is on the wood and wooden table?" says one meaning twice ("the wooden table" is the question).
        var graph = new GraphBuilder(100, 100).Object("cup", 10, 10, 20, 20).Object("table", 0, 20, 100, 60, "wood", "wooden", "brown")
            .Relation(0, "on", 1).Build();
        var item = new ItemBuilder("SceneGraphObjectQAGenerator").Slot("attributes", "").Answer("cup").Objects(0).Relations(0);
        var vocabulary = Builtin.BuiltinPack.Pack.Vocabulary;
        Assert.True(Verdict.Of(item.Slot("neighbor_attributes", "wooden and brown"), [graph], vocabulary: vocabulary).Passed);
        var twice = Verdict.Of(item.Slot("neighbor_attributes", "wood and wooden"), [graph], vocabulary: vocabulary);
        Assert.Contains(twice.Failures, f => f.Contains("slot 'neighbor_attributes' names 'wood' and 'wooden', one meaning twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Field);
        Verdict.Passes(Correct().Choices("bat", "man", "helmet"), Field);
        // "What is the white metal object that the man is wearing?" (start is the relation's object)
        Verdict.Passes(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("attributes", "white and metal").Slot("neighbor_attributes", "")
            .Answer("helmet").Objects(3).Relations(1), Field);
    }

    [Fact]
    public void Every_described_object_counts_even_in_another_component() =>
        // "What is the small, black, and happy object?" The cat's component has it, and so does the isolated dog.
        Verdict.Passes(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("attributes", "small, black, and happy").Slot("neighbor_attributes", "")
            .Answer("cat and dog").Objects(5, 4), Field);

    [Fact]
    public void Missing_a_described_object_fails()
    {
        Verdict.Fails(Correct().Objects(0), "evidence objects [0] but 'the white object that is holding the wooden bat' describes objects [0, 2]", Field);
        Verdict.Fails(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("attributes", "small, black, and happy").Slot("neighbor_attributes", "")
            .Answer("cat").Objects(5), "describes objects [4, 5]", Field);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Correct().Answer("bat").Choices("bat", "helmet"), "answer 'bat' but the labels of the objects", Field);

    [Fact]
    public void Distractor_outside_the_component_fails() =>
        Verdict.Fails(Correct().Choices("man", "cat"), "choice 'cat' is not a valid distractor: 'cat' is not a label in object 0's component", Field);

    [Fact]
    public void Expressions_have_exactly_three_elements() =>
        Verdict.Fails(Correct().Slot("neighbor_attributes", ""), "has 2 elements (1 own attribute(s), a neighbour, 0 neighbour attribute(s)); it needs exactly 3", Field);

    [Fact]
    public void Attributes_must_be_the_start_nodes() =>
        Verdict.Fails(Correct().Slot("attributes", "sitting"), "slot 'attributes' names 'sitting', which object 0 does not have", Field);

    [Fact]
    public void Isolated_nodes_are_not_asked_about() =>
        Verdict.Fails(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("attributes", "small, black, and happy").Slot("neighbor_attributes", "")
            .Answer("dog and cat").Objects(4, 5), "object 4 is isolated", Field);
}
