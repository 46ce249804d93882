using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.RelationFamily.RelationGraphs;

namespace ProVision.Generators.Tests.VerifierTests.RelationFamily;

public sealed class RelationBBoxTests
{
    // dog 3 is not a unique label: the box form may still ask about it.
    private static ItemBuilder Correct() => new ItemBuilder("RelationBBoxGenerator")
        .Slot("subject_box", "(0.5, 0.5, 0.6, 0.6)").Slot("object_box", "(0.9, 0.9, 0.95, 0.95)").Answer("near").Objects(3, 5).Relations(3);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Park);
        Verdict.Passes(Correct().Slot("subject", "dog").Choices("near", "on", "wearing"), Park);
    }

    [Fact]
    public void Wrong_predicate_fails() =>
        Verdict.Fails(Correct().Answer("on").Choices("on", "near"), "answer 'on' names 'on', which is not among the predicates from object 3 to object 5 {'near'}", Park);

    [Fact]
    public void Wrong_box_fails() =>
        Verdict.Fails(Correct().Slot("subject_box", "(0.7, 0.7, 0.8, 0.8)"), "slot 'subject_box' is '(0.7, 0.7, 0.8, 0.8)' but the box ratio of object 3", Park);

    [Fact]
    public void Unrelated_pair_fails() =>
        Verdict.Fails(Correct().Objects(5, 3), "object 5 has no relation to object 3", Park);

    [Fact]
    public void Optional_label_slot_must_match() =>
        Verdict.Fails(Correct().Slot("object", "dog"), "slot 'object' is 'dog' but the label of object 5 is 'ball'", Park);
}
