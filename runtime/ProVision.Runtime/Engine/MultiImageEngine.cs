using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Runs multi-image generators over a whole data set: each draws image tuples from the <see cref="DataSetIndex"/>
/// until it has made <c>samples</c> items, gives up after its budget of failed draws, or runs out of distinct
/// tuples. Each one's draws depend only on (seed, generator, data set), and items are written in generator order,
/// so the output is the same for any thread count: with <paramref name="threads"/> above 1 the generators run
/// side by side (one per thread) and their items wait until every earlier generator's are written; on one thread each
/// item goes to the sink as it is made, so no generator's items are held (held items outlived many collections and
/// made them slow: docs/performance.md, session 6).
/// <c>imagesPerItem</c> (null: each generator's own count) must suit every generator
/// (<see cref="CompiledGenerator.ImageCountProblem"/>); <paramref name="imagesPerItemOf"/>, when given, chooses the
/// count per generator instead (null from it: the generator's own count), so a pack default that only some
/// generators take still lets all of them run in one engine, on all threads. A generator that throws (a pack fault)
/// keeps the items of its earlier draws and is counted; <paramref name="stopOnPackFault"/> ends the run instead.
/// </summary>
public sealed class MultiImageEngine(IReadOnlyList<CompiledGenerator> generators, GenerationOptions options, int samplesPerGenerator,
    int? imagesPerItem = null, Vocabulary? vocabulary = null, int threads = 1,
    Func<CompiledGenerator, int?>? imagesPerItemOf = null, bool stopOnPackFault = false)
{
    /// <exception cref="ArgumentOutOfRangeException">A generator does not take <c>imagesPerItem</c> images per item.</exception>
    public EngineReport Run(DataSetIndex dataSet, IItemSink sink, EngineReport? report = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (imagesPerItem is { } n && generators.Where(g => g.IsMultiImage).Select(g => g.ImageCountProblem(n)).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(imagesPerItem), n, problem);
        }
        if (imagesPerItemOf is not null
            && generators.Where(g => g.IsMultiImage).Select(g => imagesPerItemOf(g) is { } count ? g.ImageCountProblem(count) : null).FirstOrDefault(p => p is not null) is { } chosenProblem)
        {
            throw new ArgumentOutOfRangeException(nameof(imagesPerItemOf), chosenProblem);
        }
        report ??= new EngineReport();
        var limited = options with { ItemsPerGraphBudget = samplesPerGenerator };
        var runnable = generators.Where(g => g.IsMultiImage && g.HasPhrasings(options.Mode)).ToList();
        var results = new List<GeneratedItem>[runnable.Count];
        var made = new int[runnable.Count];
        void RunOne(int i)
        {
            var generator = runnable[i];
            var totals = report.For(generator.Name);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var collector = new EngineCollector(threads == 1 ? sink : null);
            var context = new GeneratorContext(generator.Name, dataSet, imagesPerItemOf?.Invoke(generator) ?? imagesPerItem ?? generator.ImageCount, limited, collector, vocabulary)
            {
                Sharing = generator.Needs.DrawSharing(),
            };
            try
            {
                generator.Run(context);
                // The item budget of a multi-image run is the asked count: reaching it is the goal, not a budget
                // stop to report ("stopped by the item budget" on every generator that made all it was asked).
                var reachedAsked = context.StopReason == StopReason.ItemBudget && collector.Count >= samplesPerGenerator;
                PackFaults.Count(context, context.DrawId, totals, countBudgetStop: !reachedAsked);
            }
            catch (Exception e) when (PackFaults.IsPackFault(e) && collector.SinkFailure is null)
            {
                // The items of the draws before the failing one are whole and stay; the generator makes no more.
                var reason = PackFaults.Describe(e);
                if (stopOnPackFault) throw new PackFaultException($"generator {generator.Name} failed on draw {context.DrawId}: {reason}", e);
                totals.AddFaultedGraph(context.DrawId, reason);
            }
            totals.AddItems(collector.Count, collector.Count);
            if (collector.Count < samplesPerGenerator) totals.AddShortfall(samplesPerGenerator - collector.Count);
            totals.AddElapsed(System.Diagnostics.Stopwatch.GetTimestamp() - started);
            results[i] = collector.Held;
            made[i] = collector.Count;
        }
        if (threads == 1)
        {
            // Each item went to the sink as it was made (EngineCollector), in generator order.
            for (var i = 0; i < runnable.Count; i++)
            {
                RunOne(i);
                report.Items += made[i];
            }
            return report;
        }
        Parallel.For(0, runnable.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, RunOne);
        foreach (var items in results) Write(items, sink, report);
        return report;
    }

    /// <summary>
    /// A generator's items: written to the sink at once when given one (a one-thread run, where the order of making is
    /// the order of writing), else held until the earlier generators' items are written. A sink's failure is the
    /// run's, not the generator's: it is kept apart from pack faults and rethrown.
    /// </summary>
    private sealed class EngineCollector(IItemSink? sink) : IItemCollector
    {
        /// <summary>The items held (none when they go to the sink).</summary>
        public List<GeneratedItem> Held { get; } = [];

        public int Count { get; private set; }

        public Exception? SinkFailure { get; private set; }

        public void Add(GeneratedItem item)
        {
            Count++;
            if (sink is null)
            {
                Held.Add(item);
                return;
            }
            try
            {
                sink.Write(item);
            }
            catch (Exception e)
            {
                SinkFailure = e;
                throw;
            }
        }
    }

    private static void Write(List<GeneratedItem> items, IItemSink sink, EngineReport report)
    {
        foreach (var item in items) sink.Write(item);
        report.Items += items.Count;
    }
}
