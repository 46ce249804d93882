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
/// side by side (one per thread) and the items of each wait only until every earlier generator's are written
/// (<see cref="OrderedItemOutput"/>): the first unfinished generator's go to the sink as they are made.
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
        // HasClauses, not HasPhrasings: the same answer (RunSummaryTests) without setting up the templates of a generator
        // that the data set then cannot run (a one-graph run's 14 built-in ones: their template trees' initialisers are
        // the largest methods such a process would jit; docs/performance.md#session-10-start-up-a-user-does-not-notice).
        var runnable = generators.Where(g => g.IsMultiImage && g.HasClauses(options.Mode)).ToList();
        var output = new OrderedItemOutput(sink, runnable.Count);
        void RunOne(int i)
        {
            var generator = runnable[i];
            var totals = report.For(generator.Name);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var collector = output.CollectorFor(i);
            var imageCount = imagesPerItemOf?.Invoke(generator) ?? imagesPerItem ?? generator.ImageCount;
            if (imageCount > dataSet.Count)
            {
                // Every draw takes that many distinct images, so this data set cannot supply one: the generator is not
                // run (nor its code compiled: a one-graph run pays nothing for its multi-image phase) and is counted
                // as a run whose draws are exhausted at once is (docs/performance.md#session-7-start-up).
                totals.AddItems(0, 0);
                if (samplesPerGenerator > 0) totals.AddShortfall(samplesPerGenerator);
                output.Finish(i);
                return;
            }
            var context = new GeneratorContext(generator.Name, dataSet, imageCount, limited, collector, vocabulary)
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
            catch (Exception e) when (PackFaults.IsPackFault(e) && output.SinkFailure is null)
            {
                // The items of the draws before the failing one are whole and stay; the generator makes no more.
                var reason = PackFaults.Describe(e);
                if (stopOnPackFault) throw new PackFaultException($"generator {generator.Name} failed on draw {context.DrawId}: {reason}", e);
                totals.AddFaultedGraph(context.DrawId, reason);
            }
            // A multi-image generator's candidates are its draws: each set of images it tried.
            totals.AddItems(collector.Count, context.DrawCount);
            if (collector.Count < samplesPerGenerator) totals.AddShortfall(samplesPerGenerator - collector.Count, context.DrawBudgetSpent);
            totals.AddElapsed(System.Diagnostics.Stopwatch.GetTimestamp() - started);
            output.Finish(i);
        }
        if (threads == 1)
        {
            for (var i = 0; i < runnable.Count; i++) RunOne(i);
        }
        else
        {
            try
            {
                Parallel.For(0, runnable.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, RunOne);
            }
            catch (AggregateException) when (output.SinkFailure is { } failure)
            {
                // The sink's own exception, as a one-thread run throws it, not the workers' wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
        report.Items += output.Written;
        return report;
    }
}
