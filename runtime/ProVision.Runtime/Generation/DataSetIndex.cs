using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The data set a run covers, as compiled generators see it: the images in input order, the relation predicates and
/// object labels seen anywhere in it (first appearance first), and which images hold each label. Multi-image
/// generators draw their images from it (<see cref="GeneratorContext.TryDrawImages"/>); single-image generators read
/// <c>dataset.predicates</c> / <c>dataset.labels</c> from it. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// The index holds compact per-image summaries (<see cref="ImageSummaries"/>: interned ids and packed numbers), not
/// the graphs, so a run over a million images fits in memory; <see cref="this[int]"/> rebuilds a drawn image's graph.
/// Build it while streaming with <see cref="Builder"/>.
/// </remarks>
public sealed class DataSetIndex
{
    private static readonly string[] s_imageNames = CreateImageNames(16);
    private readonly ImageSummaries _images;
    private readonly int[][] _imagesWithLabel;

    /// <summary>Indexes <paramref name="graphs"/>; <paramref name="name"/> is the draw id prefix before any image is drawn.</summary>
    public DataSetIndex(ImmutableArray<SceneGraph> graphs, string name = "dataset")
        : this(Build(graphs), name)
    {
    }

    private DataSetIndex(Builder builder, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _images = builder.Images;
        _images.TrimExcess();
        Predicates = [.. _images.Predicates.All];
        Labels = [.. _images.Labels.All];
        _imagesWithLabel = new int[builder.Holders.Count][];
        for (var label = 0; label < _imagesWithLabel.Length; label++)
        {
            _imagesWithLabel[label] = [.. builder.Holders[label]];
            builder.Holders[label] = [];
        }
    }

    /// <summary>A data set without images.</summary>
    public static DataSetIndex Empty { get; } = new([]);

    /// <summary>The name used as the draw id before any image is drawn.</summary>
    public string Name { get; }

    /// <summary>The number of images.</summary>
    public int Count => _images.Count;

    /// <summary>Every relation predicate in the data set, each once, in order of first appearance.</summary>
    public ImmutableArray<string> Predicates { get; }

    /// <summary>Every object label in the data set, each once, in order of first appearance.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The graph of image <paramref name="index"/>, rebuilt from its summary (equal to the graph added; a new instance each call).</summary>
    public SceneGraph this[int index] => _images.Rebuild(index);

    /// <summary>The number of objects of image <paramref name="index"/>, without rebuilding its graph.</summary>
    public int ObjectCount(int index) => _images.ObjectCount(index);

    /// <summary>The images (ascending indices) that hold at least one object labelled <paramref name="label"/>.</summary>
    public ReadOnlySpan<int> ImagesWithLabel(string label) =>
        _images.Labels.Find(label) is var id and >= 0 ? _imagesWithLabel[id] : [];

    /// <summary>"Image 0", "Image 1", ...: how items name the images of a draw (strings cached for small positions).</summary>
    public static string ImageName(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return position < s_imageNames.Length
            ? s_imageNames[position]
            : "Image " + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string[] CreateImageNames(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = "Image " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return names;
    }

    private static Builder Build(ImmutableArray<SceneGraph> graphs)
    {
        var builder = new Builder();
        if (!graphs.IsDefault)
        {
            foreach (var graph in graphs) builder.Add(graph ?? throw new ArgumentException("A data set cannot hold a null graph.", nameof(graphs)));
        }
        return builder;
    }

    /// <summary>
    /// Builds an index one graph at a time, so a streaming run keeps only the summaries: add each graph of the data
    /// set in order, then call <see cref="ToIndex"/> once.
    /// </summary>
    /// <param name="kept">The data the index's rebuilt graphs must carry beyond labels, boxes, attributes and relations
    /// (<see cref="DataNeeds.Masks"/>, <see cref="DataNeeds.Depth"/>): the needs of the generators that draw from it.</param>
    public sealed class Builder(DataNeeds kept = DataNeeds.Masks | DataNeeds.Depth)
    {
        private readonly List<int> _labelIds = [];

        internal ImageSummaries Images { get; } = new(kept);

        internal List<List<int>> Holders { get; } = [];

        /// <summary>Adds <paramref name="graph"/> as the next image.</summary>
        public void Add(SceneGraph graph)
        {
            ArgumentNullException.ThrowIfNull(graph);
            var image = Images.Count;
            Images.Add(graph, _labelIds);
            foreach (var label in _labelIds)
            {
                while (Holders.Count <= label) Holders.Add([]);
                var holders = Holders[label];
                if (holders.Count == 0 || holders[^1] != image) holders.Add(image);
            }
        }

        /// <summary>The index of the graphs added (the builder is spent).</summary>
        public DataSetIndex ToIndex(string name = "dataset") => new(this, name);
    }
}
