using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// Multi-image generators: the context holds the data set, and the compiled Run draws tuples of images from it
// (`draw imgs = n images where ...`), bounded by the generator's `budget` of failed draws per item made.
public sealed partial class GeneratorContext
{
    /// <summary>The failed draws per item made that a draw loop allows when its generator has no <c>budget</c> clause.</summary>
    public const long DefaultDrawBudget = 100;

    private DataSetIndex? _dataSet;
    private ImageDraws? _draws;

    /// <summary>
    /// A drawing context for a multi-image generator: <see cref="TryDrawImages(Span{int})"/> draws <paramref name="imageCount"/>
    /// distinct images of <paramref name="dataSet"/> at a time. <see cref="DrawId"/> starts as the data set's name;
    /// the query stream (<see cref="QueryRandom"/>, which makes the draws) is keyed by it, so the sequence of draws
    /// depends only on the seed, the generator and the data set.
    /// </summary>
    public GeneratorContext(string generator, DataSetIndex dataSet, int imageCount, GenerationOptions options, IItemCollector collector, Vocabulary? vocabulary = null)
        : this(generator, (dataSet ?? throw new ArgumentNullException(nameof(dataSet))).Name, Placeholder(dataSet, imageCount), options, collector, vocabulary)
    {
        _dataSet = dataSet;
        IsDrawing = true;
        _numbersByItem = true;
        _stopAtItemCount = options.ItemsPerGraphBudget;
    }

    /// <summary>
    /// The data set: given to a drawing context, or set by the host (init) for single-image runs that read
    /// <c>dataset.predicates</c>; by default the context's own graphs.
    /// </summary>
    public DataSetIndex DataSet
    {
        // A single-image context's own one-graph index is kept on the graph: every generator on the image reads the same one.
        // Emitted code reads it per element (isThing, ...): the set one is returned by a getter small enough to inline.
        get => _dataSet ?? OwnDataSet();
        init => _dataSet = value ?? throw new ArgumentNullException(nameof(value));
    }

    private DataSetIndex OwnDataSet() =>
        _dataSet = Graphs.Length == 1 ? Graphs[0].OwnDataSet ??= new DataSetIndex(Graphs) : new DataSetIndex(Graphs);

    /// <summary>
    /// Images per item: what a draw of <c>imagesPerItem</c> images draws (the run's <c>--images-per-item</c>, else
    /// the generator's <c>images</c> clause); 1 for single-image contexts.
    /// </summary>
    public int ImageCount => _draft.ImageCount;

    /// <summary>True for a context made to draw images from its data set.</summary>
    public bool IsDrawing { get; }

    /// <summary>
    /// True once no new draw is possible: the data set has fewer images than a draw needs, or every set of images has
    /// been drawn. A compiled generator returns when a failed draw leaves this true.
    /// </summary>
    public bool DrawsExhausted => _draws?.Exhausted ?? false;

    /// <summary>
    /// The <c>budget</c> that ended this run's draws (<see cref="MayDrawAgain"/> answered false), or null: the run made
    /// what was asked, drew every set, or stopped for another reason.
    /// </summary>
    public long? DrawBudgetSpent { get; private set; }

    /// <summary>
    /// Whether a draw loop with <c>budget</c> <paramref name="budget"/> may draw again after
    /// <paramref name="failedDraws"/> draws that gave no item: a run may fail <paramref name="budget"/> draws per item
    /// it has made, and <paramref name="budget"/> before its first (docs/language.md#draw-and-budget-multi-image-generators).
    /// False records the budget in <see cref="DrawBudgetSpent"/>. The emitted draw loop and the interpreter both ask here.
    /// </summary>
    /// <remarks>
    /// Per item made, not in a row: a generator whose draws give an item rarely but steadily met a run of 100 failures in
    /// a row by chance and stopped short of items the data held (on 2,000 real-like graphs CompareRelation, one item in
    /// 12 draws, stopped at 6,459 of 10,000, and CommonObject, one in 14, at 406:
    /// docs/performance.md#session-14-draw-budgets-per-item-made). This way any generator whose
    /// draws give an item at least once in <paramref name="budget"/> + 1 reaches its count, and a run still draws at
    /// most <paramref name="budget"/> x (asked + 1) times plus its items.
    /// </remarks>
    public bool MayDrawAgain(long budget, long failedDraws)
    {
        var allowed = budget > long.MaxValue / (ItemCount + 1L) ? long.MaxValue : budget * (ItemCount + 1L);
        if (failedDraws < allowed) return true;
        DrawBudgetSpent = budget;
        return false;
    }

    /// <summary>
    /// What the images of a draw share (<see cref="Generation.DrawSharing"/>; the host sets it from the generator's
    /// needs). <see cref="DrawSharing.Any"/> draws uniformly.
    /// </summary>
    public DrawSharing Sharing { get; init; }

    /// <summary>
    /// Draws <c>destination.Length</c> distinct images from the data set with <see cref="QueryRandom"/>, writes their
    /// data-set indices in draw order (which is the order items call "Image 1", "Image 2", ...) and, when the set of
    /// images is new in this run, makes it the current draw (<see cref="BeginDraw"/>) and returns true. A set drawn
    /// before (in any order) returns false without changing the current draw: items come from distinct image sets
    /// only, and the caller counts the repeat as a failed draw.
    /// </summary>
    /// <remarks>
    /// Under <see cref="Sharing"/> every other draw (the first, third, ...) shares a key
    /// (docs/randomness.md#multi-image-draws): a key is picked uniformly among those that at least n images hold, then
    /// n of its images uniformly, in random order. The other draws, and all of them without sharing or without such a
    /// key, take any n distinct images: questions about a key in every image are found by construction, and those
    /// about images that differ (a label in one image only) still see every set of images.
    /// </remarks>
    public bool TryDrawImages(Span<int> destination) => TryDrawImages(destination, Sharing, everyDraw: false);

    /// <summary>
    /// As <see cref="TryDrawImages(Span{int})"/>, but every draw's images share a key of <paramref name="sharing"/>
    /// (a draw clause's <c>sharing kind</c>): for a generator whose every question needs that key in every image, a
    /// uniform draw is a wasted draw (docs/randomness.md#multi-image-draws). Uniform only when no key has enough images.
    /// </summary>
    public bool TryDrawImages(Span<int> destination, DrawSharing sharing) => TryDrawImages(destination, sharing, everyDraw: true);

    /// <summary>Draws attempted in this run, those that gave no item included (<c>bench generate --by-generator</c>).</summary>
    public long DrawCount { get; private set; }

    private bool TryDrawImages(Span<int> destination, DrawSharing sharing, bool everyDraw)
    {
        DrawCount++;
        _draws ??= new ImageDraws();
        if (!_draws.TryDraw(DataSet, sharing, Vocabulary, everyDraw, QueryRandom, _draft.ImageCount, destination)) return false;
        BeginDraw(destination);
        return true;
    }

    /// <summary>
    /// Makes the images <paramref name="images"/> (data-set indices, in item image order) the current draw: sets
    /// <see cref="Graphs"/>, the item images and <see cref="DrawId"/> (the images' ids joined by "+"), and starts the
    /// draw's element budget afresh.
    /// </summary>
    public void BeginDraw(ReadOnlySpan<int> images)
    {
        var dataSet = DataSet;
        if (images.Length != _draft.ImageCount)
        {
            throw new ArgumentException($"A draw of this context has {_draft.ImageCount} images, not {images.Length}.", nameof(images));
        }
        // The array wrapped as it is; the draw's paths, id and item keys are made when an item (or a fault) asks
        // for them: most draws give no item (docs/performance.md, session 9).
        var graphs = new SceneGraph[images.Length];
        _drawnGraphs ??= new KeptPerImage<SceneGraph>(DrawnGraphsKept);
        for (var i = 0; i < images.Length; i++)
        {
            graphs[i] = _drawnGraphs.Get(images[i]) ?? _drawnGraphs.Keep(images[i], dataSet[images[i]]);
        }
        Graphs = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(graphs);
        _images = default;
        _drawId = null;
        _itemKeys = null;
        _depthThresholds = null;
        // The element budget is per draw, as it is per graph for a single-image generator (docs/packs.md): counted
        // over the whole run it cut a generator off after a few hundred draws however many items were asked.
        _elements = 0;
    }

    // The graphs of the images this run drew before, by image: a rebuilt graph keeps what its draws read (its nouns,
    // label ids, boxes, relation facts; its objects once an item's evidence lists them), and most draws give no item, so
    // rebuilding both images on every draw was about half of what a failed draw allocated and every read of a kept
    // value went through the index's stores again (docs/performance.md#session-14-draw-budgets-per-item-made). Safe
    // because a context draws on one thread under one vocabulary, and a graph's kept values depend on the image alone.
    // Bounded (direct-mapped, as the index's own stores): 4,096 graphs, a few MiB with their objects read.
    private KeptPerImage<SceneGraph>? _drawnGraphs;

    private const int DrawnGraphsKept = 4096;

    // The keys of the current draw's items (or the single image's), made on first use.
    private Randomness.ItemKeys KeysOfItems => _itemKeys ??= new Randomness.ItemKeys(_generatorKeys, DrawId);

    // The current draw's image paths (an image without a path by its id), in item image order, made on first use.
    private ImmutableArray<string> ItemImages => _images.IsDefault ? _images = ImagePaths(Graphs) : _images;

    private static ImmutableArray<string> ImagePaths(ImmutableArray<SceneGraph> graphs)
    {
        var paths = new string[graphs.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = string.IsNullOrEmpty(graphs[i].ImagePath) ? graphs[i].ImageId : graphs[i].ImagePath!;
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(paths);
    }

    // The images' ids joined by "+".
    private static string JoinedIds(ImmutableArray<SceneGraph> graphs)
    {
        var length = graphs.Length - 1;
        foreach (var graph in graphs) length += graph.ImageId.Length;
        return string.Create(length, graphs, static (chars, graphs) =>
        {
            var at = 0;
            for (var i = 0; i < graphs.Length; i++)
            {
                if (i > 0) chars[at++] = '+';
                graphs[i].ImageId.CopyTo(chars[at..]);
                at += graphs[i].ImageId.Length;
            }
        });
    }

    private static ImmutableArray<SceneGraph> Placeholder(DataSetIndex dataSet, int imageCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(imageCount, 1);
        if (dataSet.Count == 0)
        {
            throw new ArgumentException("A multi-image run needs a data set with at least one image.", nameof(dataSet));
        }
        var graphs = ImmutableArray.CreateBuilder<SceneGraph>(imageCount);
        for (var i = 0; i < imageCount; i++)
        {
            graphs.Add(dataSet[i % dataSet.Count]);
        }
        return graphs.MoveToImmutable();
    }
}
