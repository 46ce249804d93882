using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SceneGraphFamily;

public sealed class CaptionTests
{
    // 0 ball [red] and 1 dog isolated; 2 man [white] holding (and near) 3 bat [wooden]; 4 man [white] near the bat.
    private static readonly SceneGraph s_graph = new GraphBuilder(100, 100)
        .Object("ball", 0, 0, 5, 5, "red").Object("dog", 10, 10, 20, 20).Object("man", 30, 0, 40, 30, "white")
        .Object("bat", 40, 0, 42, 20, "wooden").Object("man", 50, 0, 60, 30, "white")
        .Relation(2, "holding", 3).Relation(4, "near", 3).Relation(2, "near", 3).Build();

    private const string Text = "There are a red ball and a dog.\nThe first white man is holding a wooden bat; the second white man is near the bat.";

    private static ItemBuilder Correct() => new ItemBuilder("SceneGraphCaptionGenerator").Description(Text).Answer(Text).Objects(0, 1, 2, 3, 4).Relations(0, 1);

    [Fact]
    public void Correct_caption_verifies() => Verdict.Passes(Correct(), s_graph);

    [Fact]
    public void Two_relations_for_one_pair_fail() =>
        Verdict.Fails(Correct().Relations(0, 1, 2), "evidence relations [0, 2] describe the same pair (2, 3)", s_graph);

    [Fact]
    public void A_related_pair_left_out_fails() =>
        Verdict.Fails(Correct().Relations(0), "objects 3 and 4 are related but no evidence relation describes them", s_graph);

    [Fact]
    public void Missing_attribute_fails() =>
        Verdict.Fails(Correct().Description(Text.Replace("red ", "", StringComparison.Ordinal)), "does not mention attribute 'red' of object 0", s_graph);

    [Fact]
    public void Repeated_objects_need_ordinals() =>
        Verdict.Fails(Correct().Description(Text.Replace("first ", "", StringComparison.Ordinal).Replace("second ", "other ", StringComparison.Ordinal)), "no ordinal", s_graph);

    [Fact]
    public void Every_object_is_evidence() =>
        Verdict.Fails(Correct().Objects(2, 3, 4), "a dense caption covers exactly the 5 things", s_graph);

    [Fact]
    public void Paragraphs_are_capitalised() =>
        Verdict.Fails(Correct().Description(Text.Replace("\nThe first", "\nthe first", StringComparison.Ordinal)), "does not start with a capital letter", s_graph);

    [Fact]
    public void Captions_are_descriptions_only() =>
        Verdict.Fails(Correct().Choices(Text, "A dog.").Response("A. " + Text), "emits descriptions only", s_graph);
}
