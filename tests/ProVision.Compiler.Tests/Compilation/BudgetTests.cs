using System.Diagnostics;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Tests.Emit;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>The per-generator budget stops compiled generators that would run too long or emit too much.</summary>
public sealed class BudgetTests
{
    private static readonly Lazy<CompiledGenerator> s_spinner = new(() => Compile("Spinner", """
        for (var i = 0; i < int.MaxValue; i++)
                {
                    for (var j = 0; j < int.MaxValue; j++)
                    {
                        if (context.ShouldStop())
                        {
                            return;
                        }
                    }
                }
        """));

    private static readonly Lazy<CompiledGenerator> s_flood = new(() => Compile("Flood", """
        while (!context.ShouldStop())
                {
                    var item = context.BeginItem();
                    item.Set("what", SlotValue.FromText("how many dogs"));
                    item.Set("count", SlotValue.FromCount(1));
                    item.Answer = SlotValue.FromCount(1);
                    context.Emit(item, Templates);
                }
        """));

    [Fact]
    public void A_huge_nested_loop_stops_at_the_time_budget()
    {
        var budget = TimeSpan.FromMilliseconds(200);
        var collector = new ListItemCollector();
        var spinner = s_spinner.Value; // compiled before the clock starts

        var watch = Stopwatch.StartNew();
        var context = spinner.RunOn(TestScenes.Kitchen(), new GenerationOptions { TimeBudget = budget }, collector);
        watch.Stop();

        Assert.Equal(StopReason.TimeBudget, context.StopReason);
        Assert.Empty(collector.Items);
        Assert.True(watch.Elapsed >= budget, $"stopped after {watch.Elapsed}, before the budget");
        // Generous: the check runs every 256 calls, so the overshoot is microseconds unless the machine stalls.
        Assert.True(watch.Elapsed < budget + TimeSpan.FromSeconds(5), $"stopped only after {watch.Elapsed}");
    }

    [Fact]
    public void An_endless_emitter_stops_at_the_item_budget()
    {
        var collector = new ListItemCollector();

        var context = s_flood.Value.RunOn(TestScenes.Kitchen(), new GenerationOptions { ItemsPerGraphBudget = 7, McRatio = 0 }, collector);

        Assert.Equal(StopReason.ItemBudget, context.StopReason);
        Assert.Equal(7, context.ItemCount);
        Assert.Equal(7, collector.Items.Count);
        Assert.Equal("kitchen_1/Flood/6", collector.Items[^1].Id);
    }

    private static CompiledGenerator Compile(string name, string run)
    {
        var result = new RoslynPackCompiler().Compile(TestSources.Generator(name, run), new PackIdentity(name));
        Assert.True(result.Success, result.FormatDiagnostics());
        return result.Assembly!.Generators[0];
    }
}
