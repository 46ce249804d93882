using System.Collections.Immutable;
using System.Diagnostics;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Everything one generator run over one graph (or one multi-image draw) needs: the graph(s), the options, the
/// pack's vocabulary, random streams keyed by (seed, generator, image id), the item budget, and
/// <see cref="Emit"/>, which turns the current <see cref="ItemDraft"/> into a <see cref="Items.GeneratedItem"/>.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: a context belongs to one run on one thread. Parallel runs use separate contexts, and
/// because every number comes from keys rather than shared state, they produce the same items in any order.</para>
/// <para>Keys: the query stream (<see cref="QueryRandom"/>, for <c>sample</c> clauses) is item index -1 of
/// <c>RandomKey(seed, generator, imageId, ...)</c>; draft <c>i</c> uses item index <c>i</c>.</para>
/// </remarks>
public sealed partial class GeneratorContext
{
    private const int TimeCheckInterval = 256;

    private readonly IItemCollector _collector;
    private readonly ItemDraft _draft;
    private readonly long _deadline;
    // The draw's image paths, id and item keys: a drawing context names each draw only when an item needs it
    // (GeneratorContext.Draw.cs), since most draws give no item.
    private ImmutableArray<string> _images;
    private string? _drawId;
    private ItemKeys? _itemKeys;
    // The item keys' hash of the seed and the generator, which every draw's keys start with.
    private readonly Fnv1a64 _generatorKeys;
    private long _admittedIndex = -1;
    private DeterministicRandom? _queryRandom;
    private double[]? _depthThresholds;
    private int _untilClockRead = TimeCheckInterval;
    // Read on every ShouldStop, ElementBudgetSpent and Admits (emitted loops call them per iteration or element):
    // fields, not the options' properties. _numbersByItem: Options.AllTemplates || IsDrawing.
    private readonly bool _numbersByItem;
    private readonly int _itemBudget;
    private readonly int _elementBudget;
    // The item count at which ShouldStop stops: the item budget where items are counted, else never (Admits enforces it).
    private readonly int _stopAtItemCount;
    private long _elements;
    private double _maxWeight = double.NaN;
    // The uniform values at which a weighted selection value surely reaches the last threshold Admits compared, or
    // surely stays below it (CannotReach).
    private double _boundThreshold = double.NaN;
    private double _uniformAbove;
    private double _uniformBelow;
    private bool _draftOpen;

    /// <summary>A context for a single-image run over <paramref name="graph"/>.</summary>
    public GeneratorContext(string generator, SceneGraph graph, GenerationOptions options, IItemCollector collector, Vocabulary? vocabulary = null)
        : this(generator, (graph ?? throw new ArgumentNullException(nameof(graph))).ImageId, [graph], options, collector, vocabulary)
    {
    }

    /// <summary>
    /// A context over several graphs (a multi-image draw). <paramref name="drawId"/> names the draw in item ids and
    /// random keys, so it must be the same whenever the same draw is made (e.g. the image ids joined by "+").
    /// </summary>
    public GeneratorContext(string generator, string drawId, ImmutableArray<SceneGraph> graphs, GenerationOptions options, IItemCollector collector, Vocabulary? vocabulary = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(generator);
        ArgumentException.ThrowIfNullOrEmpty(drawId);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(collector);
        if (graphs.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A generator context needs at least one graph.", nameof(graphs));
        }
        foreach (var graph in graphs)
        {
            ArgumentNullException.ThrowIfNull(graph, nameof(graphs));
        }
        options.Validate();
        Generator = generator;
        _drawId = drawId;
        Graphs = graphs;
        Options = options;
        Vocabulary = vocabulary ?? Vocabulary.Empty;
        _generatorKeys = RandomKey.GeneratorPrefix(options.Seed, generator);
        _itemKeys = new ItemKeys(_generatorKeys, drawId);
        Key = _itemKeys.Value.Item(-1);
        _images = ImagePaths(graphs);
        _collector = collector;
        CountingTags = collector is IDraftCounter;
        _draft = new ItemDraft(graphs.Length);
        _itemBudget = options.ItemsPerGraphBudget;
        _elementBudget = options.ElementBudget;
        _numbersByItem = options.AllTemplates;
        _stopAtItemCount = _numbersByItem ? _itemBudget : int.MaxValue;
        _deadline = options.TimeBudget == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(options.TimeBudget.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The generator's name, as used in item ids and random keys.</summary>
    public string Generator { get; }

    /// <summary>
    /// The image id (single image) or draw id (multi-image) used in item ids and random keys. A context that draws
    /// from a <see cref="DataSet"/> starts with the data set's name and switches to the images' ids joined by "+" at
    /// each draw (<see cref="BeginDraw"/>).
    /// </summary>
    public string DrawId => _drawId ??= JoinedIds(Graphs);

    /// <summary>The first (for single-image generators, the only) graph.</summary>
    public SceneGraph Graph => Graphs[0];

    /// <summary>The graphs of this run (of the current draw, for a drawing context), in item image order.</summary>
    public ImmutableArray<SceneGraph> Graphs { get; private set; }

    /// <summary>The run options.</summary>
    public GenerationOptions Options { get; }

    /// <summary>The pack's vocabulary (countability, attribute categories, predicates).</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The context's root key: <c>RandomKey(seed, generator, DrawId, -1)</c> (of the data set's name, for a drawing context).</summary>
    public RandomKey Key { get; }

    /// <summary>The stream for random choices made before an item exists (<c>sample k</c> in a query), read in query order.</summary>
    public DeterministicRandom QueryRandom => _queryRandom ??= Key.CreateRandom();

    /// <summary>Items emitted so far; the next item's id ends with this number.</summary>
    public int ItemCount { get; private set; }

    /// <summary>
    /// Candidate attempts so far: those started by <see cref="Admits"/> (kept or skipped) and drafts begun without
    /// it. The next attempt's random key uses this index.
    /// </summary>
    public long DraftCount { get; private set; }

    /// <summary>
    /// True when the collector only counts tags (<see cref="IDraftCounter"/>, pass 1 of balanced sampling). The emitted
    /// code then skips the parts of a candidate that its tags do not need and that cannot end it (docs/randomness.md,
    /// pass 1), and <see cref="Emit"/> takes a draft without an answer.
    /// </summary>
    public bool CountingTags { get; }

    /// <summary>Why the context stopped, or <see cref="StopReason.None"/>.</summary>
    public StopReason StopReason { get; private set; }

    /// <summary>Candidates skipped because the pack's code failed on them (<see cref="Fault"/>).</summary>
    public int FaultCount { get; private set; }

    /// <summary>The reason of the first <see cref="Fault"/>, or null.</summary>
    public string? FirstFault { get; private set; }

    /// <summary>
    /// Records that the pack's code failed on the current candidate (integer overflow, division by zero), which the
    /// emitted code then skips: counted and reported per generator, never an exception or a wrong number.
    /// </summary>
    public void Fault(string reason)
    {
        FaultCount++;
        FirstFault ??= reason;
    }

    /// <summary>
    /// Counts one more list element against <see cref="GenerationOptions.ElementBudget"/>; true once it is spent
    /// (the emitted code then returns, like at any other stop). Once spent, <see cref="ShouldStop"/> is true too.
    /// </summary>
    /// <remarks>Emitted code calls it per list element: the common case (not spent) is small enough to inline.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool ElementBudgetSpent(int added = 1) => (_elements += added) > _elementBudget && ElementBudgetStops();

    // ElementBudgetSpent once the budget is spent: the stop is recorded unless another came first.
    private bool ElementBudgetStops()
    {
        if (StopReason == StopReason.None) StopReason = StopReason.ElementBudget;
        return true;
    }

    /// <summary>
    /// Whether item numbers and the item budget count emitted items rather than candidate attempts: in
    /// all-templates mode (one draft, several items) and in a drawing context (whose budget is its number of
    /// samples), neither of which skips candidates.
    /// </summary>
    private bool NumbersByItem => _numbersByItem;

    /// <summary>
    /// Starts the next candidate attempt and says whether it can still be kept. Emitted code asks at its admit point
    /// (before the lets that only prepare the emit block, and the emit block) and skips the candidate on false.
    /// Only a collector that keeps the k smallest selection values says no
    /// (<see cref="IDeferredItemCollector.SelectionThreshold"/>); the value comes from the candidate's own key, so
    /// skipping is exact: a skipped candidate would never have been kept.
    /// </summary>
    /// <remarks>
    /// In a single-template, single-image run every attempt uses up an index here, kept, skipped or failing later,
    /// and the draft <see cref="BeginItem"/> opens for it takes that index: candidates have the same keys and item
    /// numbers whether the ones before them were skipped or built. Runs that never skip (all templates, draws)
    /// number drafts in <see cref="BeginItem"/> alone.
    /// </remarks>
    public bool Admits()
    {
        if (NumbersByItem) return true;
        _admittedIndex = -1;
        if (DraftCount >= Options.ItemsPerGraphBudget)
        {
            // The budget counts attempts here, so a run keeping k stops where the run keeping all does.
            StopReason = StopReason.ItemBudget;
            return false;
        }
        var index = DraftCount++;
        if (_collector is IDeferredItemCollector deferred)
        {
            var threshold = deferred.SelectionThreshold;
            if (!double.IsPositiveInfinity(threshold) && CannotReach(deferred, KeysOfItems.Item(index).Derive(KeyPurpose.Emit), threshold)) return false;
        }
        _admittedIndex = index;
        return true;
    }

    /// <summary>
    /// The uniform selection value in [0, 1) of the item whose emit key is <paramref name="emitKey"/>: keeping the k
    /// items with the smallest values is a uniform sample of k (docs/randomness.md).
    /// </summary>
    public static double SelectionValue(RandomKey emitKey) => emitKey.Derive(KeyPurpose.Keep).FirstDouble();

    /// <summary>
    /// The weighted selection value (an exponential key): <c>-ln(1 - u) / weight</c> for the uniform value
    /// <paramref name="uniform"/>. Keeping the k smallest is weighted sampling without replacement (Efraimidis and
    /// Spirakis), the same in any thread or shard (docs/randomness.md).
    /// </summary>
    public static double WeightedSelectionValue(double uniform, double weight) => -Math.Log(1.0 - uniform) / weight;

    /// <summary>
    /// Whether the item's selection value for <paramref name="collector"/>, or under weights its smallest possible one
    /// (at the largest weight), is at least <paramref name="threshold"/>: it cannot be kept.
    /// </summary>
    /// <remarks>
    /// Under weights the value <c>-ln(1 - u) / w</c> grows with the uniform value u, so it reaches the threshold
    /// exactly when u reaches <c>1 - exp(-threshold * w)</c>. That bound is computed once per threshold (it changes
    /// only when a better candidate is kept), and a u more than 1e-9 above or below it is decided without a logarithm:
    /// the slope of <c>-ln(1 - u)</c> is at least 1, so such a u lies at least 1e-9 from the threshold in
    /// <c>-ln(1 - u)</c>, far beyond the rounding of exp and ln (about 1e-14 for values up to -ln(2^-53) = 37). A u
    /// nearer the bound is decided by the value itself, as before; so the answer is the same as comparing the value.
    /// </remarks>
    private bool CannotReach(IDeferredItemCollector collector, RandomKey emitKey, double threshold)
    {
        var uniform = SelectionValue(emitKey);
        if (collector.Weights is not { } weights) return uniform >= threshold;
        if (double.IsNaN(_maxWeight)) _maxWeight = weights.MaxWeight(Generator);
        if (threshold != _boundThreshold)
        {
            (_uniformAbove, _uniformBelow) = UniformBounds(threshold, _maxWeight);
            _boundThreshold = threshold;
        }
        if (uniform >= _uniformAbove) return true;
        if (uniform < _uniformBelow) return false;
        return WeightedSelectionValue(uniform, _maxWeight) >= threshold;
    }

    /// <summary>
    /// Uniform values from which <see cref="WeightedSelectionValue"/> at <paramref name="weight"/> surely reaches
    /// <paramref name="threshold"/> (Above) and below which it surely stays under it (Below); see <see cref="CannotReach"/>.
    /// </summary>
    internal static (double Above, double Below) UniformBounds(double threshold, double weight)
    {
        const double margin = 1e-9;
        var bound = 1.0 - Math.Exp(-threshold * weight);
        return (bound + margin, bound - margin);
    }

    /// <summary>
    /// True once the item or time budget is spent (where the budget counts attempts, once <see cref="Admits"/> found
    /// it spent); emitted loops call it at the top of every iteration. Cheap: a
    /// counter comparison, and a clock read only every 256th call. Once true it stays true.
    /// </summary>
    /// <remarks>
    /// The common case (no stop, the item budget not reached, the clock not due) is small enough for the JIT to inline
    /// into the emitted loops, drawing contexts included; everything else is <see cref="StopsNow"/>.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool ShouldStop() =>
        (StopReason != StopReason.None || ItemCount >= _stopAtItemCount || --_untilClockRead == 0) && StopsNow();

    // ShouldStop past its common case: a stop already made, the item budget reached where items are counted (where
    // candidates are counted by attempt, Admits enforces the budget: here an attempt in progress, whose emit block's
    // loops call this too, would count against itself), or the clock due (the countdown reached 0 in ShouldStop).
    private bool StopsNow()
    {
        if (StopReason != StopReason.None)
        {
            return true;
        }
        if (ItemCount >= _stopAtItemCount)
        {
            StopReason = StopReason.ItemBudget;
            return true;
        }
        _untilClockRead = TimeCheckInterval;
        if (Stopwatch.GetTimestamp() >= _deadline)
        {
            StopReason = StopReason.TimeBudget;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Starts the next item: resets the context's single draft and keys it with the attempt's index (the one
    /// <see cref="Admits"/> just started, or the next). The draft stays valid until <see cref="Emit"/> or the next
    /// <see cref="BeginItem"/>.
    /// </summary>
    public ItemDraft BeginItem()
    {
        // The index Admits reserved for this attempt, or (code that does not ask Admits) the next one.
        var index = _admittedIndex >= 0 ? _admittedIndex : DraftCount++;
        _admittedIndex = -1;
        _draft.Reset(index, KeysOfItems.Item(index));
        _draftOpen = true;
        return _draft;
    }

    /// <summary>
    /// The depth threshold for image <paramref name="image"/>: <see cref="GenerationOptions.DepthThreshold"/> scaled
    /// to the depth map's declared range (unchanged when the map has none or is absent). Computed once per image:
    /// finding the range of an undeclared map reads its file header.
    /// </summary>
    public double DepthThreshold(int image = 0)
    {
        _depthThresholds ??= CreateNaNs(Graphs.Length);
        if (double.IsNaN(_depthThresholds[image]))
        {
            var depth = Graphs[image].Depth;
            _depthThresholds[image] = Depth.ScaledThreshold(Options.DepthThreshold, depth?.EffectiveRange());
        }
        return _depthThresholds[image];
    }

    private static double[] CreateNaNs(int length)
    {
        var values = new double[length];
        Array.Fill(values, double.NaN);
        return values;
    }
}
