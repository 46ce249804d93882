using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The data set a run covers, as compiled generators see it: the graphs in input order, the relation predicates and
/// object labels seen anywhere in it (first appearance first), and which images hold each label. Multi-image
/// generators draw their images from it (<see cref="GeneratorContext.TryDrawImages"/>); single-image generators read
/// <c>dataset.predicates</c> / <c>dataset.labels</c> from it. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// This is the minimal index the compiled <c>draw</c> clause needs. It holds the graphs themselves, so it suits data
/// sets that fit in memory; a streaming host can build one per shard.
/// </remarks>
public sealed class DataSetIndex
{
    private readonly Dictionary<string, int[]> _imagesWithLabel;

    /// <summary>Indexes <paramref name="graphs"/>; <paramref name="name"/> is the draw id prefix before any image is drawn.</summary>
    public DataSetIndex(ImmutableArray<SceneGraph> graphs, string name = "dataset")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Graphs = graphs.IsDefault ? [] : graphs;
        Name = name;
        var predicates = new List<string>();
        var predicateSet = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<string>();
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var image = 0; image < Graphs.Length; image++)
        {
            var graph = Graphs[image] ?? throw new ArgumentException("A data set cannot hold a null graph.", nameof(graphs));
            foreach (var relation in graph.Relations)
            {
                if (predicateSet.Add(relation.Predicate))
                {
                    predicates.Add(relation.Predicate);
                }
            }
            foreach (var obj in graph.Objects)
            {
                if (!holders.TryGetValue(obj.Label, out var list))
                {
                    holders[obj.Label] = list = [];
                    labels.Add(obj.Label);
                }
                if (list.Count == 0 || list[^1] != image)
                {
                    list.Add(image);
                }
            }
        }
        Predicates = [.. predicates];
        Labels = [.. labels];
        _imagesWithLabel = new Dictionary<string, int[]>(holders.Count, StringComparer.Ordinal);
        foreach (var (label, list) in holders)
        {
            _imagesWithLabel[label] = [.. list];
        }
    }

    /// <summary>A data set without images.</summary>
    public static DataSetIndex Empty { get; } = new([]);

    /// <summary>The name used as the draw id before any image is drawn.</summary>
    public string Name { get; }

    /// <summary>The graphs, in input order.</summary>
    public ImmutableArray<SceneGraph> Graphs { get; }

    /// <summary>The number of images.</summary>
    public int Count => Graphs.Length;

    /// <summary>Every relation predicate in the data set, each once, in order of first appearance.</summary>
    public ImmutableArray<string> Predicates { get; }

    /// <summary>Every object label in the data set, each once, in order of first appearance.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The graph of image <paramref name="index"/>.</summary>
    public SceneGraph this[int index] => Graphs[index];

    /// <summary>The images (ascending indices) that hold at least one object labelled <paramref name="label"/>.</summary>
    public ReadOnlySpan<int> ImagesWithLabel(string label) =>
        _imagesWithLabel.TryGetValue(label, out var images) ? images : [];
}
