using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A multi-image run's draw budget (<see cref="GeneratorContext.MayDrawAgain"/>): <c>budget k</c> allows k failed draws
/// per item made, so a run whose items come unevenly is not cut off by one long run of failures, and a run that makes
/// nothing more stops after exactly k x (items made + 1) failures.
/// </summary>
public sealed class DrawBudgetTests
{
    private static readonly ImmutableArray<AskTemplate> s_asks = [new AskTemplate(TemplateText.Parse("which image has the {name}?"), TemplateText.Parse("{answer}"))];

    private static readonly CompiledTemplates s_templates = new(s_asks, []);

    private static DataSetIndex Images(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => new SceneGraph($"img{i}", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []))]);

    // The emitted draw loop (QueryEmitter.EmitDraw) over a fixed schedule of outcomes: 'x' makes an item, '.' fails;
    // past the schedule every draw fails. Returns the draws made.
    private static int RunSchedule(GeneratorContext context, long budget, string schedule)
    {
        var drawn = new int[context.ImageCount];
        var draws = 0;
        long failures = 0;
        for (var before = 0; context.MayDrawAgain(budget, failures); failures += context.ItemCount > before ? 0 : 1)
        {
            before = context.ItemCount;
            Assert.True(context.TryDrawImages(drawn), "the data set has pairs enough for every draw here");
            if (draws++ < schedule.Length && schedule[draws - 1] == 'x')
            {
                var draft = context.BeginItem();
                draft.Set("name", SlotValue.FromText("dog"));
                draft.Answer = SlotValue.FromText("Image 1");
                context.Emit(draft, s_templates);
            }
        }
        return draws;
    }

    [Fact]
    public void Failures_are_counted_per_item_made_not_in_a_row()
    {
        // Twelve failures in a row after the first item: more than a budget of 10 in a row, but 16 of the 20 the two
        // items made so far allow. The old rule (10 in a row) stopped after one item.
        var context = new GeneratorContext("G", Images(1000), 2, GenerationOptions.Default, new ListItemCollector());
        var schedule = "....x" + new string('.', 12) + "xx.x";

        var draws = RunSchedule(context, budget: 10, schedule);

        Assert.Equal(4, context.ItemCount);
        // 17 failures in the schedule, then failures until they reach 10 x (4 + 1).
        Assert.Equal(schedule.Length + (50 - 17), draws);
        Assert.Equal(10, context.DrawBudgetSpent);
        Assert.Equal(draws, context.DrawCount);
    }

    [Fact]
    public void A_run_that_makes_nothing_draws_budget_times()
    {
        var context = new GeneratorContext("G", Images(1000), 2, GenerationOptions.Default, new ListItemCollector());

        Assert.Equal(7, RunSchedule(context, budget: 7, ""));
        Assert.Equal(0, context.ItemCount);
        Assert.Equal(7, context.DrawBudgetSpent);
    }

    [Fact]
    public void A_budget_too_large_to_multiply_allows_every_draw()
    {
        var context = new GeneratorContext("G", Images(1000), 2, GenerationOptions.Default, new ListItemCollector());
        RunSchedule(context, budget: 1, "x.");

        Assert.Equal(1, context.ItemCount);
        // 2 x (2^62 + 1) wraps to a negative count, which would stop the run.
        Assert.True(context.MayDrawAgain(long.MaxValue / 2 + 1, long.MaxValue - 1));
        Assert.False(context.MayDrawAgain(3, 6));
        Assert.Equal(3, context.DrawBudgetSpent);
    }

    // A generator whose draws never give an item, drawing as the emitted loop does with `budget 7`.
    private sealed class FailingGenerator : CompiledGenerator
    {
        public override string Name => "FailingGenerator";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool IsMultiImage => true;

        public override int ImageCount => 2;

        public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;

        public override void Run(GeneratorContext context) => RunSchedule(context, budget: 7, "");
    }

    [Fact]
    public void The_report_says_the_draw_budget_ended_a_short_run_and_counts_its_draws()
    {
        var engine = new MultiImageEngine([new FailingGenerator()], GenerationOptions.Default, samplesPerGenerator: 5);

        var report = engine.Run(Images(1000), new NoItemSink());

        var totals = report.Generators["FailingGenerator"];
        Assert.Equal(7, totals.Candidates);
        Assert.Equal(5, totals.Shortfall);
        Assert.Equal(["FailingGenerator: made 0 item(s), 5 fewer than asked (under 1 in 8 draws of images gave an item, the draw budget)"], report.ShortfallLines());
    }
}
