using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Engine;

/// <summary>
/// One generation run, wired the one way every host uses (<c>provision generate</c>, <c>bench generate</c>,
/// <c>snapshot</c>, embedders): the single-image generators through <see cref="SingleImageEngine"/> over this
/// shard's contiguous range of graphs, then the multi-image generators through <see cref="MultiImageEngine"/> over
/// the whole data set. Multi-image items go with the last shard only, after its single-image items, so shards
/// 1..n concatenated equal the unsharded output. The caller owns the sink (it completes it).
/// </summary>
public sealed record GenerationJob
{
    /// <summary>The generators to run, in output order (single- and multi-image ones mixed).</summary>
    public required IReadOnlyList<CompiledGenerator> Generators { get; init; }

    /// <summary>What every generator sees (seed, mode, choices, ...).</summary>
    public GenerationOptions Options { get; init; } = GenerationOptions.Default;

    /// <summary>The vocabulary behind <c>countable</c>, <c>category</c> and friends.</summary>
    public Vocabulary? Vocabulary { get; init; }

    /// <summary>Items kept per single-image generator per image; null keeps every item.</summary>
    public int? PerImage { get; init; } = 1;

    /// <summary>Two-pass balanced sampling: tags are counted over all graphs, also when this run is one shard.</summary>
    public bool Balance { get; init; }

    /// <summary>Items per multi-image generator.</summary>
    public int MultiSamples { get; init; } = 100;

    /// <summary>Images per multi-image item asked for by the caller; every multi-image generator must take it (<see cref="ImagesPerItemProblems"/>).</summary>
    public int? ImagesPerItem { get; init; }

    /// <summary>The pack's default images per item: used by the generators that take it, when <see cref="ImagesPerItem"/> is not set.</summary>
    public int? DefaultImagesPerItem { get; init; }

    /// <summary>Worker threads; the output does not depend on it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>End the run at the first pack fault with <see cref="PackFaultException"/> (<see cref="EngineOptions.StopOnPackFault"/>).</summary>
    public bool StopOnPackFault { get; init; }

    /// <summary>Shard i of n (1-based); null for the whole data set.</summary>
    public (int Index, int Count)? Shard { get; init; }

    /// <summary>Counters the run keeps up to date for a host to show (graphs read, items written); null for none.</summary>
    public RunProgress? Progress { get; init; }

    private IReadOnlyList<CompiledGenerator> SingleImage => [.. Generators.Where(g => !g.IsMultiImage)];

    private IReadOnlyList<CompiledGenerator> MultiImage => [.. Generators.Where(g => g.IsMultiImage)];

    /// <summary>
    /// The multi-image generators that cannot make items of <see cref="ImagesPerItem"/> images, one line per range
    /// they take ("these generators take 2 to 16 images per item: A, B"); empty when it is unset or suits all.
    /// </summary>
    public IReadOnlyList<string> ImagesPerItemProblems() => ImagesPerItem is not { } images ? [] :
        [.. MultiImage.Where(g => !g.AcceptsImageCount(images))
            .GroupBy(g => (g.MinImageCount, g.MaxImageCount))
            .Select(range => (range.Key.MinImageCount == range.Key.MaxImageCount
                    ? $"{(range.Count() == 1 ? "this generator compares" : "these generators compare")} exactly {range.Key.MinImageCount} images per item"
                    : $"{(range.Count() == 1 ? "this generator takes" : "these generators take")} {range.Key.MinImageCount} to {range.Key.MaxImageCount} images per item")
                + ": " + string.Join(", ", range.Select(g => g.Name)))];

    /// <summary>True when this run makes multi-image items: it has such generators and samples, and it is the last shard (or unsharded).</summary>
    public bool RunsMultiImage => MultiImage.Count > 0 && MultiSamples > 0 && (Shard is not { } shard || shard.Index == shard.Count);

    /// <summary>
    /// Runs the job over <paramref name="graphs"/>: the whole data set, also when sharded, enumerated once per pass
    /// (a shard's total and balancing's tag counts each take one more pass), so a stream that re-reads its inputs
    /// keeps only one batch in memory; only the multi-image index holds every image, as a compact summary
    /// (<see cref="DataSetIndex"/>), and only when this run makes multi-image items.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ImagesPerItem"/> does not suit a multi-image generator.</exception>
    public EngineReport Run(IEnumerable<SceneGraph> graphs, IItemSink sink)
    {
        var index = RunsMultiImage ? NewIndexBuilder() : null;
        var report = RunSingleImage(graphs, sink, index);
        if (index is not null)
        {
            RunMultiImage(index.ToIndex(), sink, report);
        }
        return report;
    }

    /// <summary>
    /// The single-image half: this shard's range of <paramref name="graphs"/>. <paramref name="index"/>, when
    /// given, receives every graph of the data set (for the multi-image index) during the same pass.
    /// </summary>
    public EngineReport RunSingleImage(IEnumerable<SceneGraph> graphs, IItemSink sink, DataSetIndex.Builder? index = null)
    {
        var engine = SingleImageEngine();
        var range = Shard is var (shardIndex, count) ? ShardRange.Of(graphs.LongCount(), shardIndex, count) : new ShardRange(0, long.MaxValue);
        var balance = Balance ? engine.CountTags(graphs) : null;
        var mine = Within(graphs, range, index);
        return engine.Run(Progress?.Counting(mine) ?? mine, Progress?.Counting(sink) ?? sink, balance);
    }

    /// <summary>
    /// Runs this shard when the input layer already kept only its graphs (<paramref name="own"/>; JSON Lines inputs
    /// are split unparsed, see Sharding.InputSlices): <paramref name="all"/>, the whole data set, is read only for
    /// balancing's tag counts and, in the last shard, the multi-image index.
    /// </summary>
    public EngineReport RunOwnShare(IEnumerable<SceneGraph> own, IEnumerable<SceneGraph> all, IItemSink sink)
    {
        var engine = SingleImageEngine();
        var balance = Balance ? engine.CountTags(all) : null;
        var report = engine.Run(Progress?.Counting(own) ?? own, Progress?.Counting(sink) ?? sink, balance);
        if (RunsMultiImage)
        {
            var index = NewIndexBuilder();
            foreach (var graph in all) index.Add(graph);
            RunMultiImage(index.ToIndex(), sink, report);
        }
        return report;
    }

    // The index keeps masks and depth only when a multi-image generator reads them.
    private DataSetIndex.Builder NewIndexBuilder() =>
        new(MultiImage.Aggregate(DataNeeds.None, (needs, generator) => needs | generator.Needs));

    private SingleImageEngine SingleImageEngine() =>
        new(SingleImage, new EngineOptions { Generation = Options, PerImage = PerImage, Threads = Threads, StopOnPackFault = StopOnPackFault }, Vocabulary);

    // The graphs of the range, in order; every graph goes to the index when given, else the pass ends with the range.
    private static IEnumerable<SceneGraph> Within(IEnumerable<SceneGraph> graphs, ShardRange range, DataSetIndex.Builder? index)
    {
        long position = 0;
        foreach (var graph in graphs)
        {
            index?.Add(graph);
            if (range.Contains(position++))
            {
                yield return graph;
            }
            else if (position > range.End && index is null)
            {
                yield break;
            }
        }
    }

    /// <summary>The multi-image half over the whole data set (whatever the shard: the caller decides, see <see cref="RunsMultiImage"/>).</summary>
    public EngineReport RunMultiImage(DataSetIndex dataSet, IItemSink sink, EngineReport? report = null)
    {
        var defaultCount = DefaultImagesPerItem;
        Progress?.MultiImageStarted();
        if (Progress is not null) sink = Progress.Counting(sink);
        return new MultiImageEngine(MultiImage, Options, MultiSamples, ImagesPerItem, Vocabulary, Threads,
            imagesPerItemOf: generator => ImagesPerItem ?? (defaultCount is { } n && generator.AcceptsImageCount(n) ? n : null),
            stopOnPackFault: StopOnPackFault)
            .Run(dataSet, sink, report);
    }
}
