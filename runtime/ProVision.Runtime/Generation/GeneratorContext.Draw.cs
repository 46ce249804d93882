using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// Multi-image generators: the context holds the data set, and the compiled Run draws tuples of images from it
// (`draw imgs = n images where ...`), bounded by the generator's `budget` of failed draws in a row.
public sealed partial class GeneratorContext
{
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

    private bool TryDrawImages(Span<int> destination, DrawSharing sharing, bool everyDraw)
    {
        _draws ??= new ImageDraws();
        if (!_draws.TryDraw(DataSet, sharing, everyDraw, QueryRandom, _draft.ImageCount, destination)) return false;
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
        for (var i = 0; i < images.Length; i++)
        {
            graphs[i] = dataSet[images[i]];
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
