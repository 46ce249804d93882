using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>The user's command line and environment set the budgets' ceilings; a pack can only lower them (issue 11).</summary>
public sealed class BudgetCeilingsTests
{
    private static readonly Func<string, string?> s_noEnvironment = _ => null;

    [Fact]
    public void A_pack_that_turns_its_time_budget_off_gets_the_ceiling()
    {
        var pack = GenerationOptions.Default with { TimeBudget = Timeout.InfiniteTimeSpan, ElementBudget = int.MaxValue };

        var limited = BudgetCeilings.From("2000", null, s_noEnvironment).Limit(pack);

        Assert.Equal(TimeSpan.FromMilliseconds(2000), limited.TimeBudget);
        Assert.Equal(BudgetCeilings.Default.Elements, limited.ElementBudget);
    }

    [Fact]
    public void A_pack_may_lower_a_ceiling_and_only_the_user_may_lift_one()
    {
        var pack = GenerationOptions.Default with { TimeBudget = TimeSpan.FromMilliseconds(50), ElementBudget = 10 };
        Assert.Equal(TimeSpan.FromMilliseconds(50), BudgetCeilings.Default.Limit(pack).TimeBudget);
        Assert.Equal(10, BudgetCeilings.Default.Limit(pack).ElementBudget);

        var lifted = BudgetCeilings.From("none", null, s_noEnvironment);
        Assert.Equal(Timeout.InfiniteTimeSpan, lifted.Limit(GenerationOptions.Default with { TimeBudget = Timeout.InfiniteTimeSpan }).TimeBudget);
    }

    [Fact]
    public void The_command_line_wins_over_the_environment_which_wins_over_the_default()
    {
        var environment = new Dictionary<string, string> { [BudgetCeilings.TimeVariable] = "1500", [BudgetCeilings.ElementsVariable] = "77" };

        var fromEnvironment = BudgetCeilings.From(null, null, environment.GetValueOrDefault);
        var fromCommandLine = BudgetCeilings.From("300", "5", environment.GetValueOrDefault);

        Assert.Equal((TimeSpan.FromMilliseconds(1500), 77), (fromEnvironment.Time, fromEnvironment.Elements));
        Assert.Equal((TimeSpan.FromMilliseconds(300), 5), (fromCommandLine.Time, fromCommandLine.Elements));
        Assert.Equal(BudgetCeilings.Default, BudgetCeilings.From(null, null, s_noEnvironment));
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("-5", null)]
    [InlineData("ten", null)]
    [InlineData(null, "none")]
    [InlineData(null, "1e9")]
    public void Values_that_are_not_whole_positive_numbers_are_refused_by_name(string? time, string? elements)
    {
        var error = Assert.Throws<FormatException>(() => BudgetCeilings.From(time, elements, s_noEnvironment));
        Assert.Contains(time is null ? "--max-elements" : "--time-budget-ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_element_budget_stops_a_context_once_spent()
    {
        var context = new GeneratorContext("g", TestGraphs.Kitchen(), GenerationOptions.Default with { ElementBudget = 3 }, new ListItemCollector());

        Assert.False(context.ElementBudgetSpent(3));
        Assert.True(context.ElementBudgetSpent());
        Assert.Equal(StopReason.ElementBudget, context.StopReason);
        Assert.True(context.ShouldStop());
    }

    [Fact]
    public void The_element_budget_of_a_drawing_context_is_per_draw()
    {
        ImmutableArray<SceneGraph> graphs =
        [
            new("a", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []),
            new("b", null, 10, 10, [new SceneObject("cat", new Box(0, 0, 1, 1))], []),
            new("c", null, 10, 10, [new SceneObject("cow", new Box(0, 0, 1, 1))], []),
        ];
        var context = new GeneratorContext("g", new DataSetIndex(graphs), 2, GenerationOptions.Default with { ElementBudget = 3 }, new ListItemCollector());

        context.BeginDraw([0, 1]);
        Assert.False(context.ElementBudgetSpent(3));
        context.BeginDraw([1, 2]);
        Assert.False(context.ElementBudgetSpent(3));
        Assert.True(context.ElementBudgetSpent());
        Assert.Equal(StopReason.ElementBudget, context.StopReason);
    }
}
