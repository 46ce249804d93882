using System.Globalization;

namespace ProVision.Runtime.Engine;

/// <summary>One generator's line of the end-of-run table: items made, items asked for, and why fewer.</summary>
/// <param name="Generator">The generator's name.</param>
/// <param name="Made">Items it made.</param>
/// <param name="Asked">Items asked for; null when every item is kept (<c>--per-image all</c>), so there is no target.</param>
/// <param name="WhyFewer">Reasons, most items first; empty when the generator made what was asked.</param>
public sealed record GeneratorSummary(string Generator, long Made, long? Asked, IReadOnlyList<string> WhyFewer);

/// <summary>
/// The end-of-run table of a <see cref="GenerationJob"/>: per generator what it made, what was asked (per image times
/// the graphs of this run, or the multi-image samples) and why fewer — images that lack the data the generator needs,
/// graphs that offer fewer candidates, a data set that cannot supply more draws, budgets, pack faults.
/// </summary>
public static class RunSummary
{
    /// <summary>The rows, in the job's generator order.</summary>
    public static IReadOnlyList<GeneratorSummary> Rows(GenerationJob job, EngineReport report)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<GeneratorSummary>();
        foreach (var generator in job.Generators)
        {
            var totals = report.Generators.GetValueOrDefault(generator.Name);
            var made = totals?.Items ?? 0;
            var reasons = new List<string>();
            long? asked;
            if (!generator.HasClauses(job.Options.Mode))
            {
                // The engines skip a generator with no phrasing for the mode (a caption in QA mode): nothing is asked
                // of it, and the row says which --mode would run it rather than a misleading "data cannot supply".
                rows.Add(new GeneratorSummary(generator.Name, made, 0, [NoPhrasings(job.Options.Mode)]));
                continue;
            }
            if (generator.IsMultiImage)
            {
                asked = job.RunsMultiImage ? job.MultiSamples : 0;
                if (totals?.Shortfall > 0) reasons.Add(totals.ShortfallReason);
            }
            else if (job.PerImage is { } perImage && perImage != int.MaxValue)
            {
                asked = checked(perImage * report.Graphs);
                var missing = totals is null ? 0 : Math.Min(totals.ImagesMissingData * perImage, asked.Value - made);
                if (missing > 0) reasons.Add($"no {Describe(totals!.Missing)} on {Count(totals.ImagesMissingData)} image(s)");
                var fewer = asked.Value - made - missing;
                if (fewer > 0) reasons.Add("the data cannot supply more (images with fewer than " + Count(perImage) + " question(s) of this kind)");
            }
            else
            {
                asked = null;
                if (totals?.ImagesMissingData > 0) reasons.Add($"no {Describe(totals.Missing)} on {Count(totals.ImagesMissingData)} image(s)");
            }
            // A budget stop explains a shortfall; when the generator made all it was asked, it explains nothing.
            var fewerThanAsked = asked is not { } target || made < target;
            if (totals is not null)
            {
                if (fewerThanAsked)
                    foreach (var (reason, stops) in totals.BudgetStopsByReason.OrderBy(s => s.Key))
                        reasons.Add($"stopped by the {(reason == Generation.StopReason.TimeBudget ? "time" : reason == Generation.StopReason.ElementBudget ? "element" : "item")} budget on {Count(stops.Count)} graph(s)");
                if (totals.FaultedGraphs is { } graphs) reasons.Add($"pack fault on {Count(graphs.Count)} graph(s)");
                if (totals.FaultedCandidates is { } candidates) reasons.Add($"pack fault on {Count(candidates.Count)} candidate(s)");
            }
            rows.Add(new GeneratorSummary(generator.Name, made, asked, reasons));
        }
        return rows;
    }

    private static string NoPhrasings(Generation.GenerationMode mode) => mode == Generation.GenerationMode.Qa
        ? "descriptions only: run with --mode description"
        : "questions only: run with --mode qa";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Describe(Generation.DataNeeds needs) => EngineReport.Describe(needs);
}
