using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The data set a run covers, as compiled generators see it: the images in input order, the relation predicates and
/// object labels seen anywhere in it (first appearance first), and which images hold each label. Multi-image
/// generators draw their images from it (<see cref="GeneratorContext.TryDrawImages(Span{int})"/>); single-image generators read
/// <c>dataset.predicates</c> / <c>dataset.labels</c> from it. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// The index holds compact per-image summaries (<see cref="ImageSummaries"/>: interned ids and packed numbers), not
/// the graphs, so a run over a million images fits in memory; <see cref="this[int]"/> rebuilds a drawn image's graph.
/// Build it while streaming with <see cref="Builder"/>.
/// </remarks>
public sealed class DataSetIndex
{
    private readonly ImageSummaries _images;
    private readonly ImagesByKey _byLabel;
    private readonly ImagesByKey? _byAttributedLabel;
    private readonly ImagesByKey? _byRelatedLabels;
    // The labels of each related label pair id: subject label id << 32 | object label id.
    private readonly long[] _relatedPairLabels;
    // The images by key of the unique sharings, made on a draw's first use (most runs use none).
    private ImagesByKey? _byUniqueLabel;
    private ImagesByKey? _byUniqueAttributedLabel;
    private ImagesByKey? _byUniqueRelatedLabels;
    // The images by noun and attribute meaning, made on a draw's first use under the run's vocabulary (again for another);
    // like the attributed labels, only in an index built for generators that read attributes.
    private NounMeaningHolders? _byNounMeaning;
    private NounMeaningHolders? _byUniqueNounMeaning;

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
        (_byLabel, _byAttributedLabel, _byRelatedLabels) = (builder.ByLabel, builder.ByAttributedLabel, builder.ByRelatedLabels);
        _relatedPairLabels = builder.RelatedPairLabels();
        _byLabel.Freeze();
        _byAttributedLabel?.Freeze();
        _byRelatedLabels?.Freeze();
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

    /// <summary>The noun of every label of the data set under <paramref name="vocabulary"/> (made once per vocabulary).</summary>
    internal LabelNouns NounsUnder(Stdlib.Vocabulary vocabulary) => _images.NounsUnder(vocabulary);

    /// <summary>The graph of image <paramref name="index"/>, rebuilt from its summary (equal to the graph added; a new instance each call).</summary>
    public SceneGraph this[int index] => _images.Rebuild(index);

    /// <summary>The number of objects of image <paramref name="index"/>, without rebuilding its graph.</summary>
    public int ObjectCount(int index) => _images.ObjectCount(index);

    /// <summary>The images (ascending indices) that hold at least one object labelled <paramref name="label"/>.</summary>
    public ReadOnlySpan<int> ImagesWithLabel(string label) => _byLabel.Holders(_images.Labels.Find(label));

    /// <summary>
    /// Which images share a key of <paramref name="sharing"/> (null for <see cref="DrawSharing.Any"/>, or when the
    /// index was built without it: see <see cref="Builder"/>); nouns and meanings are those of <paramref name="vocabulary"/>.
    /// </summary>
    internal ImagesByKey? ImagesSharing(DrawSharing sharing, Stdlib.Vocabulary vocabulary) => sharing switch
    {
        DrawSharing.Label => _byLabel,
        DrawSharing.AttributedLabel => _byAttributedLabel,
        DrawSharing.RelatedLabels => _byRelatedLabels,
        DrawSharing.UniqueLabel => LazyInitializer.EnsureInitialized(ref _byUniqueLabel, () => _byLabel.Where(IsUniqueIn)),
        DrawSharing.UniqueAttributedLabel => _byAttributedLabel is null ? null
            : LazyInitializer.EnsureInitialized(ref _byUniqueAttributedLabel, () => _byAttributedLabel.Where(IsUniqueIn)),
        DrawSharing.UniqueRelatedLabels => _byRelatedLabels is null ? null
            : LazyInitializer.EnsureInitialized(ref _byUniqueRelatedLabels, () => _byRelatedLabels.Where(
                (pair, image) => IsUniqueIn((int)(_relatedPairLabels[pair] >> 32), image) && IsUniqueIn((int)_relatedPairLabels[pair], image))),
        DrawSharing.NounMeaning => _byAttributedLabel is null ? null : NounMeaningHoldersUnder(ref _byNounMeaning, vocabulary, uniqueNoun: false),
        DrawSharing.UniqueNounMeaning => _byAttributedLabel is null ? null : NounMeaningHoldersUnder(ref _byUniqueNounMeaning, vocabulary, uniqueNoun: true),
        _ => null,
    };

    // The kept holders when they were made under this vocabulary, else new ones (two threads may both make them: the same).
    private ImagesByKey NounMeaningHoldersUnder(ref NounMeaningHolders? kept, Stdlib.Vocabulary vocabulary, bool uniqueNoun)
    {
        var holders = kept;
        if (holders is null || !ReferenceEquals(holders.Vocabulary, vocabulary))
        {
            kept = holders = NounMeaningHolders.Make(_images, vocabulary, uniqueNoun);
        }
        return holders.Holders;
    }

    // Whether exactly one object of the image carries the label (two threads may both make a unique index: the same one).
    private bool IsUniqueIn(int labelId, int image) => _images.LabelCount(image, labelId) == 1;

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
    /// <param name="needs">What the generators that draw from the index read: masks and depth are kept only when
    /// asked for, and the images by attributed label and by related label pair (<see cref="DrawSharing"/>) are
    /// indexed only for attributes and relations.</param>
    public sealed class Builder(DataNeeds needs = DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations | DataNeeds.Masks | DataNeeds.Depth)
    {
        private readonly List<int> _labelIds = [];
        private readonly Dictionary<long, int>? _pairIds = (needs & DataNeeds.Relations) != 0 ? [] : null;

        internal ImageSummaries Images { get; } = new(needs);

        internal ImagesByKey ByLabel { get; } = new();

        internal ImagesByKey? ByAttributedLabel { get; } = (needs & DataNeeds.Attributes) != 0 ? new() : null;

        internal ImagesByKey? ByRelatedLabels { get; } = (needs & DataNeeds.Relations) != 0 ? new() : null;

        /// <summary>Adds <paramref name="graph"/> as the next image.</summary>
        public void Add(SceneGraph graph)
        {
            ArgumentNullException.ThrowIfNull(graph);
            var image = Images.Count;
            Images.Add(graph, _labelIds);
            for (var i = 0; i < _labelIds.Count; i++)
            {
                ByLabel.Add(_labelIds[i], image);
                if (graph.Objects[i].Attributes.Length > 0) ByAttributedLabel?.Add(_labelIds[i], image);
            }
            if (ByRelatedLabels is null || _pairIds is null) return;
            foreach (var relation in graph.Relations)
            {
                if ((uint)relation.Subject >= (uint)_labelIds.Count || (uint)relation.Object >= (uint)_labelIds.Count) continue;
                var pair = ((long)_labelIds[relation.Subject] << 32) | (uint)_labelIds[relation.Object];
                if (!_pairIds.TryGetValue(pair, out var id)) _pairIds[pair] = id = _pairIds.Count;
                ByRelatedLabels.Add(id, image);
            }
        }

        // The labels of each related label pair id, as the index keeps them (empty without relations).
        internal long[] RelatedPairLabels()
        {
            if (_pairIds is null) return [];
            var labels = new long[_pairIds.Count];
            foreach (var (pair, id) in _pairIds) labels[id] = pair;
            return labels;
        }

        /// <summary>The index of the graphs added (the builder is spent).</summary>
        public DataSetIndex ToIndex(string name = "dataset") => new(this, name);
    }
}
