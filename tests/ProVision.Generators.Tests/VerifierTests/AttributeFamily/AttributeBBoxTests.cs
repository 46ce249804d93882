using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.AttributeFamily;

public sealed class AttributeBBoxTests
{
    // 40 x 50 image: the cup's x1 = 3 gives 3/40 = 0.075, stored as 0.07499..., which Python rounds to 0.07.
    private static readonly SceneGraph s_graph = new GraphBuilder(40, 50)
        .Object("cup", 3, 0, 28, 10, "red", "wooden", "shiny").Object("dog", 30, 30, 40, 50, "black").Object("tree", 0, 20, 10, 50).Build();

    private const string CupBox = "(0.07, 0.0, 0.7, 0.2)";

    private static ItemBuilder Correct() => new ItemBuilder("AttributeBBoxGenerator")
        .Slot("label", "cup").Slot("box", CupBox).Answer("shiny, red, and wooden").Objects(0);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), s_graph);
        Verdict.Passes(Correct().Answer("red, wooden, and shiny").Choices("blue", "red, wooden, and shiny", "metal and small"), s_graph);
        Verdict.Passes(Correct().Answer("wooden").Choices("blue", "wooden", "metal", "small"), s_graph);
    }

    [Fact]
    public void Missing_attribute_in_the_answer_fails() =>
        Verdict.Fails(Correct().Answer("red and wooden"), "answer 'red and wooden' misses 'shiny' of the attribute set of object 0 {'red', 'shiny', 'wooden'}", s_graph);

    [Fact]
    public void An_answer_lists_one_attribute_per_meaning()
    {
        // A table that is both "wood" and "wooden" (vocabulary synonyms): "wooden and brown" says it all once.
        var table = new GraphBuilder(40, 50).Object("table", 3, 0, 28, 10, "wood", "wooden", "brown").Build();
        var item = new ItemBuilder("AttributeBBoxGenerator").Slot("label", "table").Slot("box", CupBox).Objects(0);
        var vocabulary = Builtin.BuiltinPack.Pack.Vocabulary;
        Assert.True(Verdict.Of(item.Answer("wooden and brown"), [table], vocabulary: vocabulary).Passed);
        var twice = Verdict.Of(item.Answer("wood, wooden, and brown"), [table], vocabulary: vocabulary);
        Assert.Contains(twice.Failures, f => f.Contains("names 'wood' and 'wooden', one meaning twice", StringComparison.Ordinal));
        var missing = Verdict.Of(item.Answer("wooden"), [table], vocabulary: vocabulary);
        Assert.Contains(missing.Failures, f => f.Contains("misses 'brown'", StringComparison.Ordinal));
    }

    [Fact]
    public void Distractor_on_the_object_fails() =>
        Verdict.Fails(Correct().Answer("wooden").Choices("wooden", "red", "metal"), "choice 'red' is not a valid distractor: 'red' is an attribute of object 0", s_graph);

    [Fact]
    public void Unknown_distractor_fails() =>
        Verdict.Fails(Correct().Answer("wooden").Choices("wooden", "sparkly"), "'sparkly' is not an attribute of the vocabulary or the image", s_graph);

    [Fact]
    public void Box_rounding_is_pythons() =>
        Verdict.Fails(Correct().Slot("box", "(0.08, 0.0, 0.7, 0.2)"), $"slot 'box' is '(0.08, 0.0, 0.7, 0.2)' but the box ratio of object 0 [3, 0, 28, 10] in a 40x50 image is '{CupBox}'", s_graph);

    [Fact]
    public void Object_without_attributes_fails() =>
        Verdict.Fails(new ItemBuilder("AttributeBBoxGenerator").Slot("label", "tree").Slot("box", "(0.0, 0.4, 0.25, 1.0)").Answer("tall").Objects(2), "object 2 ('tree') has no attributes", s_graph);

    [Fact]
    public void Label_slot_must_match() =>
        Verdict.Fails(Correct().Slot("label", "mug"), "slot 'label' is 'mug' but the label of object 0 is 'cup'", s_graph);
}
