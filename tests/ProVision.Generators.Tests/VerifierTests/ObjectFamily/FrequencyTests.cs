using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.ObjectFamily;

public sealed class FrequencyTests
{
    // dog x3, cat x2, cup x1, ball x1, table x1 (it holds the cup and counts like any object).
    private static readonly SceneGraph s_graph = new GraphBuilder(20, 10)
        .Object("dog", 0, 0, 2, 2).Object("dog", 3, 0, 5, 2).Object("dog", 6, 0, 8, 2)
        .Object("cat", 0, 4, 2, 6).Object("cat", 3, 4, 5, 6)
        .Object("cup", 10, 1, 11, 2).Object("ball", 15, 8, 16, 9).Object("table", 9, 0, 13, 4).Build();

    private static ItemBuilder Most() => new ItemBuilder("MostObjectGenerator")
        .Slot("names", "dog, cat, and cup").Answer("dog").Objects(0, 1, 2, 3, 4, 5);

    private static ItemBuilder Least() => new ItemBuilder("LeastObjectGenerator")
        .Slot("names", "cup and dog").Answer("cup").Objects(0, 1, 2, 5);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Most(), s_graph);
        Verdict.Passes(Most().Choices("cat", "dog", "cup"), s_graph);
        Verdict.Passes(Least().Choices("dog", "cup"), s_graph);
        // cup and ball tie on the fewest: either may be the answer as long as the other is not offered.
        Verdict.Passes(new ItemBuilder("LeastObjectGenerator").Slot("names", "ball and cat").Answer("ball").Objects(3, 4, 6), s_graph);
    }

    [Fact]
    public void What_persons_wear_beside_a_person_is_not_counted()
    {
        // Three hats beside a man, who may wear a fourth no box labels: the hats are no count a reader agrees on, so
        // the dogs are the most frequent of the counted nouns, and a hat is never offered.
        var graph = new GraphBuilder(20, 10)
            .Object("man", 0, 0, 4, 9).Object("hat", 5, 0, 6, 1).Object("hat", 7, 0, 8, 1).Object("hat", 9, 0, 10, 1)
            .Object("dog", 0, 8, 2, 9).Object("dog", 3, 8, 5, 9).Object("cup", 10, 8, 11, 9).Build();
        var most = new ItemBuilder("MostObjectGenerator").Slot("names", "dog and cup").Answer("dog").Objects(4, 5, 6);
        var passed = Verdict.Of(most, [graph], vocabulary: ProVision.Generators.Tests.Builtin.BuiltinPack.Pack.Vocabulary);
        Assert.True(passed.Passed, passed.Message);
        var offered = Verdict.Of(new ItemBuilder("MostObjectGenerator").Slot("names", "hat and dog").Answer("hat").Objects(1, 2, 3, 4, 5),
            [graph], vocabulary: ProVision.Generators.Tests.Builtin.BuiltinPack.Pack.Vocabulary);
        Assert.Contains("slot 'names' offers 'hat', which is not a counted noun of the image", offered.Message);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Most().Answer("cat").Choices("cat", "dog", "cup"), "answer 'cat' has count 2 but 'dog' has the most (3)", s_graph);

    [Fact]
    public void A_tied_label_offered_as_distractor_fails() =>
        Verdict.Fails(new ItemBuilder("LeastObjectGenerator").Slot("names", "cup and ball").Answer("cup").Objects(5, 6).Choices("cup", "ball"),
            "offered label 'ball' has count 1, not strictly higher than the answer's 1", s_graph);

    [Fact]
    public void A_noun_with_a_bunch_is_not_counted()
    {
        // "cat", "cat", "cats": how many cats there are has no answer a reader would agree on.
        var bunch = new GraphBuilder().Object("dog", 0, 0, 1, 1).Object("cat", 2, 2, 3, 3).Object("cat", 4, 4, 5, 5).Object("cats", 6, 6, 9, 9).Build();
        Verdict.Fails(new ItemBuilder("MostObjectGenerator").Slot("names", "cat and dog").Answer("cat").Objects(0, 1, 2, 3),
            "needs at least 2 countable nouns with different counts", bunch);
    }

    [Fact]
    public void Evidence_must_be_the_pool_objects_of_the_offered_labels() =>
        Verdict.Fails(Most().Objects(0, 1, 2), "evidence [0, 1, 2] but the objects of the offered nouns are [0, 1, 2, 3, 4, 5]", s_graph);

    [Fact]
    public void A_choice_outside_the_named_labels_fails() =>
        Verdict.Fails(Most().Choices("dog", "cat", "ball"), "choice 'ball' is not among the offered names", s_graph);

    [Fact]
    public void All_tied_labels_give_no_item()
    {
        var tied = new GraphBuilder().Object("dog", 0, 0, 1, 1).Object("cat", 2, 2, 3, 3).Build();
        Verdict.Fails(new ItemBuilder("MostObjectGenerator").Slot("names", "dog and cat").Answer("dog").Objects(0, 1), "with different counts", tied);
    }
}
