using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using static ProVision.Generators.Tests.VerifierTests.RelationFamily.RelationGraphs;

namespace ProVision.Generators.Tests.VerifierTests.RelationFamily;

public sealed class ExistsRelationTests
{
    private static ItemBuilder Correct() => new ItemBuilder("ExistsRelationGenerator")
        .Slot("subject", "man").Slot("object", "bat").Answer("near and holding").Objects(0, 1).Relations(0, 2);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Park);
        Verdict.Passes(Correct().Answer("holding").Choices("on", "holding", "under", "behind"), Park);
    }

    [Fact]
    public void A_sentence_answer_agrees_with_a_plural_subject()
    {
        // "How are the bananas related to the bench?" -> "The bananas have the bench." states the answer "has".
        var graph = new GraphBuilder(100, 100).Object("bananas", 0, 0, 10, 10).Object("bench", 20, 0, 40, 10).Relation(0, "has", 1).Build();
        var item = new ItemBuilder("ExistsRelationGenerator").Slot("subject", "bananas").Slot("object", "bench").Answer("has").Objects(0, 1).Relations(0);
        Verdict.Passes(item.Response("The bananas have the bench."), graph);
        Verdict.Fails(item.Response("The bananas hold the bench."), "response 'The bananas hold the bench.' does not contain the answer 'has'", graph);
    }

    [Fact]
    public void Synonym_predicates_are_answered_once()
    {
        // "near" and "next to" from the man to the horse mean one relation: "near" answers it, "near and next to" says it twice.
        var graph = new GraphBuilder(100, 100).Object("man", 0, 0, 10, 10).Object("horse", 20, 0, 40, 10).Relation(0, "near", 1).Relation(0, "next to", 1).Build();
        var item = new ItemBuilder("ExistsRelationGenerator").Slot("subject", "man").Slot("object", "horse").Objects(0, 1).Relations(0, 1);
        var vocabulary = Builtin.BuiltinPack.Pack.Vocabulary;
        Assert.True(Verdict.Of(item.Answer("near"), [graph], vocabulary: vocabulary).Passed);
        var twice = Verdict.Of(item.Answer("near and next to"), [graph], vocabulary: vocabulary);
        Assert.Contains(twice.Failures, f => f.Contains("one meaning twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Incomplete_answer_fails() =>
        Verdict.Fails(Correct().Answer("holding"), "answer 'holding' misses 'near' of the predicates from object 0 to object 1 {'holding', 'near'}", Park);

    [Fact]
    public void Distractor_that_holds_fails() =>
        Verdict.Fails(Correct().Answer("holding").Choices("holding", "near", "on"), "choice 'near' is not a valid distractor: 'near' holds from object 0 to object 1", Park);

    [Fact]
    public void Distractor_never_seen_fails_unless_the_data_set_has_it()
    {
        var item = Correct().Answer("holding").Choices("holding", "flying");
        Verdict.Fails(item, "'flying' is not a predicate of the vocabulary or the data set", Park);
        Verdict.PassesWith(item, [Park], Verdict.EvidenceOnly with { DatasetPredicates = ["flying"] });
        Verdict.Fails(Correct().Answer("holding").Choices("holding", "of"), "'of' is not a predicate", Park);
    }

    [Fact]
    public void Evidence_must_hold_every_relation_of_the_pair() =>
        Verdict.Fails(Correct().Relations(0), "evidence relations [0] but the relations from 0 to 1 are [0, 2]", Park);

    [Fact]
    public void Labels_must_be_unique() =>
        Verdict.Fails(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "dog").Slot("object", "ball").Answer("near").Objects(3, 5).Relations(3),
            "object 3 ('dog') does not have a unique label", Park);

    [Fact]
    public void Dropped_of_relation_fails() =>
        Verdict.Fails(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "man").Slot("object", "table").Answer("of").Objects(0, 6).Relations(5),
            "names relation 5 with predicate 'of', which the spec drops", Park);

    [Fact]
    public void Swapped_slots_fail() =>
        Verdict.Fails(Correct().Slot("subject", "bat").Slot("object", "man"), "slot 'subject' is 'bat' but the label of object 0 is 'man'", Park);
}
