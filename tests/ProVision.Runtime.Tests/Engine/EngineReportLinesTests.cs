using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>
/// The budget and fault lines at the end of a run: one per generator and budget (or kind of fault), generators in
/// ordinal order, none for a generator with nothing to report.
/// </summary>
public sealed class EngineReportLinesTests
{
    private static EngineReport Report()
    {
        var report = new EngineReport();
        report.For("b").AddBudgetStop(StopReason.ItemBudget, "g2");
        report.For("b").AddBudgetStop(StopReason.ItemBudget, "g1");
        report.For("B").AddBudgetStop(StopReason.ElementBudget, "g3");
        report.For("a").AddBudgetStop(StopReason.TimeBudget, "g4");
        report.For("a").AddFaultedCandidates("g5", 3, "division by zero");
        report.For("B").AddFaultedGraph("g6", "index out of range");
        report.For("c").AddBudgetStop(); // counted, with no graph to name: no line
        report.For("d").AddItems(1, 1);
        return report;
    }

    [Fact]
    public void Budget_lines_name_each_stopped_generator_in_ordinal_order()
    {
        var options = GenerationOptions.Default;

        Assert.Equal(new[]
        {
            $"B: stopped by the element budget ({options.ElementBudget:N0} list elements per graph) on 1 graph(s) (first: g3); raise it with --max-elements if the pack is trusted",
            $"a: stopped by the time budget ({options.TimeBudget.TotalMilliseconds:0} ms per graph) on 1 graph(s) (first: g4); raise it with --time-budget-ms if the pack is trusted",
            $"b: stopped by the item budget ({options.ItemsPerGraphBudget:N0} candidates per graph) on 2 graph(s) (first: g1); raise it with the pack's items_per_graph_budget if the pack is trusted",
        }, Report().BudgetLines(options));
    }

    [Fact]
    public void Fault_lines_name_each_faulted_generator_in_ordinal_order()
    {
        Assert.Equal(new[]
        {
            "B: pack fault, skipped on 1 graph(s) (first: g6: index out of range)",
            "a: pack fault, skipped 3 candidate(s) (first: g5: division by zero)",
        }, Report().FaultLines());
    }

    [Fact]
    public void A_report_without_stops_or_faults_has_no_lines()
    {
        var report = new EngineReport();
        report.For("d").AddItems(1, 1);

        Assert.Empty(report.BudgetLines(GenerationOptions.Default));
        Assert.Empty(report.FaultLines());
    }
}
