using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Support;

/// <summary>The rules every item obeys, whatever its generator.</summary>
public sealed class ItemRulesTests
{
    private static readonly SceneGraph s_graph = new GraphBuilder().Object("dog", 0, 0, 2, 2).Object("cat", 3, 0, 5, 2).Build();

    private static ItemBuilder Dog() => new ItemBuilder("ExistsObjectGenerator").Slot("name", "dog").Slot("count", "1").Answer("1").Objects(0);

    [Fact]
    public void The_verifier_knows_every_reference_generator()
    {
        string[] reference =
        [
            "ExistsObjectGenerator", "MostObjectGenerator", "LeastObjectGenerator", "LeftMostObjectGenerator", "RightMostObjectGenerator",
            "TopMostObjectGenerator", "BottomMostObjectGenerator", "ExistsAttributeGenerator", "AttributeBBoxGenerator",
            "TypedAttributeBBoxGenerator", "ExistsRelationGenerator", "RelationBBoxGenerator", "HeadRelationGenerator",
            "CloserPointGenerator", "FartherPointGenerator", "CloserObjectGenerator", "FartherObjectGenerator",
            "CloserToAnchorObjectGenerator", "FartherToAnchorObjectGenerator", "SameObjectSegGenerator", "DiffObjectSegGenerator",
            "SceneGraphObjectQAGenerator", "SceneGraphRelationQAGenerator", "SceneGraphAttributeQAGenerator", "SceneGraphCaptionGenerator",
            "HasObjectMultiGenerator", "HasNotObjectMultiGenerator", "HasAttributedObjectMultiGenerator", "HasNotAttributedObjectMultiGenerator",
            "HasRelationMultiGenerator", "HasNotRelationMultiGenerator", "HasMostObjectMultiGenerator", "HasLeastObjectMultiGenerator",
            "CommonObjectMultiGenerator", "CommonAttributeMultiGenerator", "CountObjectMultiGenerator", "CountAttributeObjectMultiGenerator",
            "CompareAttributeMultiGenerator", "CompareRelationMultiGenerator",
        ];
        Assert.Equal(39, reference.Length);
        Assert.Equal(reference.Order(StringComparer.Ordinal), ItemVerifier.Generators);
    }

    [Fact]
    public void Unknown_generators_fail() =>
        Verdict.Fails(new ItemBuilder("CountObjects").Answer("1"), "no verifier for generator 'CountObjects'", s_graph);

    [Fact]
    public void Evidence_out_of_range_or_repeated_fails()
    {
        Verdict.Fails(Dog().Objects(7), "evidence names object 7 but image img has 2 objects", s_graph);
        Verdict.Fails(Dog().Relations(0), "evidence names relation 0 but image img has 0 relations", s_graph);
        Verdict.Fails(Dog().Objects(0, 0), "evidence lists object 0 twice", s_graph);
    }

    [Fact]
    public void Option_labels_may_be_letters_or_numbers_with_either_layout()
    {
        Verdict.Passes(Dog().Choices("2", "1").Response("(B) 1"), s_graph);
        Verdict.Passes(Dog().Choices("2", "1").Response("2. 1"), s_graph);
        Verdict.Fails(Dog().Choices("2", "1").Response("1"), "response '1' is not an option like 'B. x' or '(B) x'", s_graph);
        Verdict.Fails(Dog().Choices("2", "1").Response("E. 1"), "names option 'E', which does not exist among 2 choices", s_graph);
        Verdict.Fails(Dog().Choices("2", "1").Response("B. one"), "response 'B. one' shows 'one' but option 'B' is '1'", s_graph);
    }

    [Fact]
    public void Choice_counts_are_bounded_and_hold_the_answer_once()
    {
        Verdict.Fails(Dog().Choices("1"), "has 1 choices; a multiple-choice item needs 2 to 4", s_graph);
        Verdict.Fails(Dog().Choices("1", "2", "3", "4", "5"), "has 5 choices", s_graph);
        Verdict.PassesWith(Dog().Choices("1", "2", "3", "4", "5"), [s_graph], Verdict.EvidenceOnly with { MaxChoices = 5 });
        Verdict.Fails(Dog().Choices("2", "3").Response("A. 2"), "answer '1' appears 0 times among choices ['2', '3']", s_graph);
    }

    [Fact]
    public void Open_responses_state_the_answer_unless_told_otherwise()
    {
        Verdict.Passes(Dog().Response("There is 1 dog."), s_graph);
        Verdict.Fails(Dog().Response("Just the one."), "response 'Just the one.' does not contain the answer '1'", s_graph);
        Verdict.PassesWith(Dog().Response("Just the one."), [s_graph], Verdict.EvidenceOnly with { RequireAnswerInResponse = false });
        Verdict.Fails(Dog().Answer(" "), "the answer is empty", s_graph);
    }

    [Fact]
    public void Single_image_generators_take_one_image() =>
        Verdict.Fails(Dog().Images(2).ObjectsIn(0, 0), "a single-image generator's item has 2 images", s_graph, s_graph);

    [Fact]
    public void Missing_slots_are_named() =>
        Verdict.Fails(Dog().WithoutSlot("count"), "missing slot 'count' (slots: name)", s_graph);

    [Fact]
    public void Every_failure_is_reported_with_the_item_id()
    {
        var result = Verdict.Of(Dog().Slot("name", "cats").Slot("count", "2"), [s_graph]);
        Assert.Equal(2, result.Failures.Length);
        Assert.All(result.Failures, f => Assert.StartsWith("ExistsObjectGenerator item img/ExistsObjectGenerator/0: ", f, StringComparison.Ordinal));
    }
}
