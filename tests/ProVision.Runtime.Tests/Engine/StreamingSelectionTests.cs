using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Writing;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>
/// Uniform sampling of k per image keeps the k candidates with the smallest selection values, streaming: a
/// candidate that can no longer be kept is skipped at the admit point, before it is built. The kept items must be
/// exactly those of the run that builds every candidate, with the same ids and bytes, also when candidates fail
/// after the admit point or the item budget ends the run.
/// </summary>
public sealed class StreamingSelectionTests
{
    private static readonly SceneGraph s_graph = new("img0", "images/0.jpg", 100, 100,
        [new SceneObject("cup", new Box(1, 1, 10, 10))], []);

    /// <summary>
    /// <paramref name="candidates"/> candidates per image; with <paramref name="failEvery"/> every such candidate
    /// fails after the admit point (as a `where` inside the emit block would), before or after BeginItem.
    /// Counts the drafts it builds.
    /// </summary>
    private sealed class NumberedGenerator(int candidates, int failEvery = 0) : CompiledGenerator
    {
        private static readonly ImmutableArray<AskTemplate> s_asks = [new AskTemplate(Seq(Lit("which number is "), Slot("n"), Lit("?")), Slot("n"))];

        public int Built { get; private set; }

        public override string Name => "NumberedGenerator";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.None;

        public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;

        public override ImmutableArray<TemplateNode> DescriptionTemplates => [];

        public override void Run(GeneratorContext context)
        {
            for (var i = 0; i < candidates; i++)
            {
                if (context.ShouldStop()) return;
                if (!context.Admits()) continue;
                if (failEvery > 0 && i % failEvery == 0) continue; // fails in a let, before its draft
                var item = context.BeginItem();
                Built++;
                if (failEvery > 0 && i % failEvery == 1) continue; // fails inside the emit block
                item.Set("n", SlotValue.FromText(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                item.Answer = SlotValue.FromText("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                context.Emit(item, Templates);
            }
        }
    }

    private static (List<DeferredItem> Held, GeneratorContext Context, int Built) Collect(int candidates, int? keep, int failEvery = 0, int budget = 10_000)
    {
        var generator = new NumberedGenerator(candidates, failEvery);
        var list = new DeferredItemList { KeepSmallest = keep };
        var context = generator.RunOn(s_graph, GenerationOptions.Default with { Seed = 4, ItemsPerGraphBudget = budget }, list);
        var held = Enumerable.Range(0, list.Count).Select(i => list[i]).OrderBy(i => i.Number).ToList();
        return (held, context, generator.Built);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    public void Kept_items_are_the_k_smallest_selection_values_of_all_candidates_and_most_are_never_built(int k, int failEvery)
    {
        var all = Collect(200, keep: null, failEvery);
        var some = Collect(200, keep: k, failEvery);

        var expected = all.Held.OrderBy(i => i.SelectionValue).Take(k).OrderBy(i => i.Number).Select(i => GeneratedItemJson.Serialize(i.Render()));
        Assert.Equal(expected, some.Held.Select(i => GeneratedItemJson.Serialize(i.Render())));
        Assert.Equal(all.Context.DraftCount, some.Context.DraftCount);
        // About k * ln(n / k) candidates are built rather than n.
        Assert.True(some.Built < all.Built / 4, $"built {some.Built} of {all.Built} candidates");
    }

    [Fact]
    public void The_item_budget_counts_attempts_so_both_runs_stop_at_the_same_candidate()
    {
        var all = Collect(200, keep: null, failEvery: 3, budget: 30);
        var one = Collect(200, keep: 1, failEvery: 3, budget: 30);

        Assert.Equal(StopReason.ItemBudget, all.Context.StopReason);
        Assert.Equal(StopReason.ItemBudget, one.Context.StopReason);
        Assert.Equal(30, all.Context.DraftCount);
        Assert.Equal(30, one.Context.DraftCount);
        Assert.All(all.Held, i => Assert.InRange(i.Number, 0, 29));
        Assert.Equal(all.Held.MinBy(i => i.SelectionValue)!.Number, Assert.Single(one.Held).Number);
    }

    [Fact]
    public void Item_ids_end_with_the_attempt_index_so_failed_candidates_leave_gaps()
    {
        var all = Collect(12, keep: null, failEvery: 3);

        Assert.Equal(["img0/NumberedGenerator/2", "img0/NumberedGenerator/5", "img0/NumberedGenerator/8", "img0/NumberedGenerator/11"],
            all.Held.Select(i => i.Render().Id));
    }

    [Fact]
    public void A_list_keeping_k_rejects_a_bad_k()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeferredItemList { KeepSmallest = 0 });
    }
}
