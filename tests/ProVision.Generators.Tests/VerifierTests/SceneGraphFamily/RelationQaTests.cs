using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.SceneGraphFamily.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SceneGraphFamily;

public sealed class RelationQaTests
{
    // "What is the relation from the white standing object that is wearing the helmet to the wooden black object
    // that the white sitting man is holding?" (relation 0; joins 1 for the man, 2 for the bat)
    private static ItemBuilder Correct() => new ItemBuilder("SceneGraphRelationQAGenerator")
        .Slot("subject_attributes", "white and standing").Slot("subject_neighbor_attributes", "")
        .Slot("object_attributes", "wooden and black").Slot("object_neighbor_attributes", "")
        .Answer("holding").Objects(0, 1).Relations(0, 1, 2);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Field);
        Verdict.Passes(Correct().Choices("near", "holding", "wearing"), Field);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Correct().Answer("wearing").Choices("wearing", "near"), "answer 'wearing' names 'wearing', which is not among the predicates from object 0 to object 1 {'holding'}", Field);

    [Fact]
    public void A_reference_that_describes_two_nodes_fails() =>
        // "the white object wearing the white helmet" fits both men.
        Verdict.Fails(Correct().Slot("subject_attributes", "white").Slot("subject_neighbor_attributes", "white"),
            "the subject reference 'the white object that is wearing the white helmet' describes objects [0, 2], not object 0 alone", Field);

    [Fact]
    public void A_missing_join_leaves_the_reference_short() =>
        Verdict.Fails(Correct().Relations(0, 1), "the expression for object 1 has 2 elements", Field);

    [Fact]
    public void Distractor_that_holds_fails() =>
        Verdict.Fails(Correct().Choices("holding", "holding and wearing"), "'holding' holds from object 0 to object 1", Field);

    [Fact]
    public void Unrelated_evidence_relation_fails() =>
        Verdict.Fails(Correct().Relations(0, 1, 2, 3), "evidence relation 3 (5 -near-> 6) is neither from 0 to 1 nor the join of one reference", Field);
}
