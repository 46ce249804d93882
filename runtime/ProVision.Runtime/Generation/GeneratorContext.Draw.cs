using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// Multi-image generators: the context holds the data set, and the compiled Run draws tuples of images from it
// (`draw imgs = n images where ...`), bounded by the generator's `budget` of failed draws in a row.
public sealed partial class GeneratorContext
{
    private DataSetIndex? _dataSet;
    private HashSet<DrawnSet>? _drawnSets;
    private bool _drawsExhausted;
    private int[]? _sharedKeys;
    private long _draws;

    /// <summary>
    /// A drawing context for a multi-image generator: <see cref="TryDrawImages"/> draws <paramref name="imageCount"/>
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
    }

    /// <summary>
    /// The data set: given to a drawing context, or set by the host (init) for single-image runs that read
    /// <c>dataset.predicates</c>; by default the context's own graphs.
    /// </summary>
    public DataSetIndex DataSet
    {
        // A single-image context's own one-graph index is kept on the graph: every generator on the image reads the same one.
        get => _dataSet ??= Graphs.Length == 1 ? Graphs[0].OwnDataSet ??= new DataSetIndex(Graphs) : new DataSetIndex(Graphs);
        init => _dataSet = value ?? throw new ArgumentNullException(nameof(value));
    }

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
    public bool DrawsExhausted => _drawsExhausted;

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
    public bool TryDrawImages(Span<int> destination)
    {
        var dataSet = DataSet;
        var n = destination.Length;
        if (n == 0 || n > dataSet.Count || n != _draft.ImageCount)
        {
            _drawsExhausted = true;
            return false;
        }
        if (_drawnSets is not null && _drawnSets.Count >= SetCount(dataSet.Count, n))
        {
            _drawsExhausted = true;
            return false;
        }
        var byKey = dataSet.ImagesSharing(Sharing);
        if (byKey is not null) _sharedKeys ??= byKey.KeysHeldByAtLeast(n);
        if (byKey is not null && _sharedKeys is { Length: > 0 } keys && _draws++ % 2 == 0)
        {
            var holders = byKey.Holders(keys[QueryRandom.NextInt(keys.Length)]);
            QueryRandom.SampleWithoutReplacement(holders.Length, n, destination);
            for (var i = 0; i < n; i++) destination[i] = holders[destination[i]];
        }
        else
        {
            QueryRandom.SampleWithoutReplacement(dataSet.Count, n, destination);
        }
        _drawnSets ??= [];
        if (!_drawnSets.Add(DrawnSet.Of(destination)))
        {
            return false;
        }
        BeginDraw(destination);
        return true;
    }

    /// <summary>
    /// Makes the images <paramref name="images"/> (data-set indices, in item image order) the current draw: sets
    /// <see cref="Graphs"/>, the item images and <see cref="DrawId"/> (the images' ids joined by "+").
    /// </summary>
    public void BeginDraw(ReadOnlySpan<int> images)
    {
        var dataSet = DataSet;
        if (images.Length != _draft.ImageCount)
        {
            throw new ArgumentException($"A draw of this context has {_draft.ImageCount} images, not {images.Length}.", nameof(images));
        }
        var graphs = ImmutableArray.CreateBuilder<SceneGraph>(images.Length);
        var paths = ImmutableArray.CreateBuilder<string>(images.Length);
        var id = new System.Text.StringBuilder();
        foreach (var image in images)
        {
            var graph = dataSet[image];
            graphs.Add(graph);
            paths.Add(string.IsNullOrEmpty(graph.ImagePath) ? graph.ImageId : graph.ImagePath);
            id.Append(id.Length == 0 ? "" : "+").Append(graph.ImageId);
        }
        Graphs = graphs.MoveToImmutable();
        _images = paths.MoveToImmutable();
        DrawId = id.ToString();
        _itemKeys = new Randomness.ItemKeys(Options.Seed, Generator, DrawId);
        _depthThresholds = null;
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

    // C(n, k), saturating: the number of distinct image sets.
    private static long SetCount(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }
        return result >= long.MaxValue ? long.MaxValue : (long)Math.Round(result);
    }

    // A set of drawn images (sorted indices), compared by content, so a repeat in any order is found without a string key.
    private readonly struct DrawnSet(int[] sorted) : IEquatable<DrawnSet>
    {
        private readonly int[] _sorted = sorted;

        public static DrawnSet Of(ReadOnlySpan<int> images)
        {
            var sorted = images.ToArray();
            Array.Sort(sorted);
            return new DrawnSet(sorted);
        }

        public bool Equals(DrawnSet other) => _sorted.AsSpan().SequenceEqual(other._sorted);

        public override bool Equals(object? obj) => obj is DrawnSet other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_sorted.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
