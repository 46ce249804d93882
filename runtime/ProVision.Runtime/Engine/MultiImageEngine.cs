using ProVision.Runtime.Generation;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Runs multi-image generators over a whole data set: each draws image tuples from the <see cref="DataSetIndex"/>
/// until it has made <c>samples</c> items, gives up after its budget of failed draws, or runs out of distinct
/// tuples. Generators run one after another and write in generator order; each one's draws depend only on
/// (seed, generator, data set), so the output is the same for any thread count. <c>imagesPerItem</c> (null: each
/// generator's own count) must suit every generator (<see cref="CompiledGenerator.ImageCountProblem"/>).
/// </summary>
public sealed class MultiImageEngine(IReadOnlyList<CompiledGenerator> generators, GenerationOptions options, int samplesPerGenerator,
    int? imagesPerItem = null, Vocabulary? vocabulary = null)
{
    /// <exception cref="ArgumentOutOfRangeException">A generator does not take <c>imagesPerItem</c> images per item.</exception>
    public EngineReport Run(DataSetIndex dataSet, IItemSink sink, EngineReport? report = null)
    {
        if (imagesPerItem is { } n && generators.Where(g => g.IsMultiImage).Select(g => g.ImageCountProblem(n)).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(imagesPerItem), n, problem);
        }
        report ??= new EngineReport();
        var limited = options with { ItemsPerGraphBudget = samplesPerGenerator };
        foreach (var generator in generators.Where(g => g.IsMultiImage))
        {
            var totals = report.For(generator.Name);
            var collector = new ListItemCollector();
            var context = new GeneratorContext(generator.Name, dataSet, imagesPerItem ?? generator.ImageCount, limited, collector, vocabulary);
            generator.Run(context);
            foreach (var item in collector.Items) sink.Write(item);
            totals.AddItems(collector.Items.Count, collector.Items.Count);
            if (collector.Items.Count < samplesPerGenerator) totals.AddShortfall(samplesPerGenerator - collector.Items.Count);
            report.Items += collector.Items.Count;
        }
        return report;
    }
}
