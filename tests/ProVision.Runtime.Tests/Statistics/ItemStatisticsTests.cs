using ProVision.Runtime.Items;
using ProVision.Runtime.Statistics;

namespace ProVision.Runtime.Tests.Statistics;

public sealed class ItemStatisticsTests
{
    private static GeneratedItem Item(string generator, int n, string answer, string[]? choices = null, long? count = null, int template = 0) =>
        new($"img{n}/{generator}/0", generator, template, [$"images/{n}.png"], "How many dogs are there in the picture?", answer, answer, [.. choices ?? []],
            tags: count is { } c ? [new("object", ["dog"]), new("count", [c])] : [new("object", ["dog"])]);

    [Fact]
    public void Answers_entropy_and_a_dominant_answer_are_reported()
    {
        var stats = new ItemStatistics();
        for (var i = 0; i < 30; i++) stats.Add(Item("Even", i, i % 2 == 0 ? "yes" : "no"));
        for (var i = 0; i < 30; i++) stats.Add(Item("Skewed", i, i < 27 ? "yes" : i < 29 ? "no" : "maybe"));
        for (var i = 0; i < 25; i++) stats.Add(Item("Constant", i, "one"));

        var even = stats.Generators.Single(g => g.Name == "Even");
        Assert.Equal(1.0, even.AnswerEntropy().Bits, 6);
        Assert.Equal(1.0, even.AnswerEntropy().OfMaximum, 6);
        Assert.Null(even.BalanceProblem());
        Assert.Equal("'yes' answers 90% of the items (3 different answers)", stats.Generators.Single(g => g.Name == "Skewed").BalanceProblem());
        Assert.Equal("every item answers 'one'", stats.Generators.Single(g => g.Name == "Constant").BalanceProblem());
        Assert.Equal(0.0, stats.Generators.Single(g => g.Name == "Constant").AnswerEntropy().Bits);
        Assert.Equal([("yes", 27L), ("no", 2L)], stats.Generators.Single(g => g.Name == "Skewed").TopAnswers(2).Select(a => (a.Answer, a.Count)));
    }

    [Fact]
    public void Option_positions_count_answers_and_lengths_are_counted()
    {
        var stats = new ItemStatistics();
        stats.Add(Item("Count", 0, "two", ["two", "one", "three"], count: 2));
        stats.Add(Item("Count", 1, "one", ["two", "one", "three"], count: 1));
        stats.Add(Item("Count", 2, "one", ["one", "two"], count: 1, template: 3));

        var g = stats.Generators.Single();
        Assert.Equal([1L, 1L, 0L], g.OptionPositions[3]);
        Assert.Equal([1L, 0L], g.OptionPositions[2]);
        Assert.Equal(3, g.MultipleChoice);
        Assert.Equal([0, 3], g.Templates.Order());
        Assert.Equal([(1L, 2L), (2L, 1L)], stats.CountAnswers.Select(c => (c.Key, c.Value)));
        Assert.Equal(3, stats.PromptWords[8]);
        Assert.Equal(3, stats.ResponseWords[1]);
        Assert.Equal(3, stats.Named["object"]["dog"]);
    }

    [Fact]
    public void Distinct_answers_are_bounded_and_the_rest_count_as_other()
    {
        var stats = new ItemStatistics();
        for (var i = 0; i < ItemStatistics.MaxDistinct + 10; i++) stats.Add(Item("Boxes", i, $"({i}, {i})"));

        var g = stats.Generators.Single();
        Assert.Equal(ItemStatistics.MaxDistinct, g.Answers.Count);
        Assert.Equal(10, g.OtherAnswers);
        Assert.True(g.AnswerEntropy().Bits > 12);
    }
}
