using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Statistics;

/// <summary>Running totals over a stream of graphs: sizes, vocabularies and which data each graph carries.</summary>
public sealed class GraphStatistics
{
    private readonly Dictionary<string, long> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _predicates = new(StringComparer.Ordinal);

    public long Images { get; private set; }
    public long Objects { get; private set; }
    public long Relations { get; private set; }
    public long WithMasks { get; private set; }
    public long WithDepth { get; private set; }
    public long WithAttributes { get; private set; }
    public long WithRelations { get; private set; }
    public long WithCaption { get; private set; }
    public int MaxObjects { get; private set; }

    public IReadOnlyDictionary<string, long> Labels => _labels;
    public IReadOnlyDictionary<string, long> Attributes => _attributes;
    public IReadOnlyDictionary<string, long> Predicates => _predicates;

    public void Add(SceneGraph graph)
    {
        Images++;
        Objects += graph.Objects.Length;
        Relations += graph.Relations.Length;
        MaxObjects = Math.Max(MaxObjects, graph.Objects.Length);
        if (graph.HasMasks) WithMasks++;
        if (graph.HasDepth) WithDepth++;
        if (graph.HasAttributes) WithAttributes++;
        if (graph.HasRelations) WithRelations++;
        if (graph.Caption is not null) WithCaption++;
        foreach (var o in graph.Objects)
        {
            Increment(_labels, o.Label);
            foreach (var a in o.Attributes) Increment(_attributes, a);
        }
        foreach (var r in graph.Relations) Increment(_predicates, r.Predicate);
    }

    /// <summary>The <paramref name="k"/> most frequent keys, ties broken alphabetically so output is stable.</summary>
    public static IReadOnlyList<KeyValuePair<string, long>> Top(IReadOnlyDictionary<string, long> counts, int k) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(k).ToList();

    private static void Increment(Dictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
