using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The relation facts of one indexed image: for each (subject label id, object label id) pair that a relation joins,
/// the predicate ids of those relations in relation order (repeats kept). Written once when the image is indexed
/// (<see cref="Write"/>, into its summary right after the label facts, behind their byte length so a reader of the
/// objects steps over them at once) and decoded on a drawn image's first question about a label pair
/// (<see cref="IndexedImage.RelationFacts"/>), so a multi-image query asks "how are these labels related here"
/// without reading the image's relations and comparing label strings (docs/performance.md, session 7).
/// </summary>
internal sealed class RelationFacts
{
    private readonly ImageSummaries _summaries;
    // Pair i joins subject label _pairs[i] >> 32 to object label (int)_pairs[i]; its predicate ids are
    // _predicateIds[_starts[i] .. _starts[i + 1]].
    private readonly long[] _pairs;
    private readonly int[] _starts;
    private readonly int[] _predicateIds;

    private RelationFacts(ImageSummaries summaries, long[] pairs, int[] starts, int[] predicateIds)
    {
        _summaries = summaries;
        _pairs = pairs;
        _starts = starts;
        _predicateIds = predicateIds;
    }

    /// <summary>
    /// Writes the facts of <paramref name="graph"/>, whose objects carry <paramref name="labelIds"/> (in object order),
    /// to <paramref name="w"/>, interning its predicates in relation order; <paramref name="scratch"/> is reused from
    /// image to image. A relation whose end is not an object of the graph joins no pair (a query over the relations
    /// could not read its labels either).
    /// </summary>
    public static void Write(ByteWriter w, SceneGraph graph, List<int> labelIds, StringIds predicates, Scratch scratch)
    {
        scratch.Clear();
        foreach (var relation in graph.Relations)
        {
            var predicate = predicates.Intern(relation.Predicate);
            if ((uint)relation.Subject >= (uint)labelIds.Count || (uint)relation.Object >= (uint)labelIds.Count) continue;
            scratch.Add(((long)labelIds[relation.Subject] << 32) | (uint)labelIds[relation.Object], predicate);
        }
        w.Write(scratch.Pairs.Count);
        for (var i = 0; i < scratch.Pairs.Count; i++)
        {
            w.Write((int)(scratch.Pairs[i] >> 32));
            w.Write((int)scratch.Pairs[i]);
            w.Write(scratch.PredicatesOf[i].Count);
            foreach (var predicate in scratch.PredicatesOf[i]) w.Write(predicate);
        }
    }

    /// <summary>The pairs of one image being written, in order of first appearance, with their predicate ids.</summary>
    internal sealed class Scratch
    {
        private readonly Dictionary<long, int> _slots = [];
        private readonly List<List<int>> _lists = [];

        public List<long> Pairs { get; } = [];

        public List<List<int>> PredicatesOf => _lists;

        public void Clear()
        {
            _slots.Clear();
            Pairs.Clear();
        }

        public void Add(long pair, int predicate)
        {
            if (!_slots.TryGetValue(pair, out var slot))
            {
                _slots[pair] = slot = Pairs.Count;
                Pairs.Add(pair);
                if (_lists.Count <= slot) _lists.Add([]);
                _lists[slot].Clear();
            }
            _lists[slot].Add(predicate);
        }
    }

    /// <summary>Reads the facts <see cref="Write"/> wrote, <paramref name="r"/> standing at them, <paramref name="length"/> bytes.</summary>
    public static RelationFacts Read(ref ByteReader r, int length, ImageSummaries summaries)
    {
        var pairs = new long[r.ReadInt()];
        var starts = new int[pairs.Length + 1];
        // At most one predicate per byte left of the facts: sized once, trimmed at the end.
        var predicateIds = new List<int>(Math.Min(length, 4096));
        for (var i = 0; i < pairs.Length; i++)
        {
            var subject = r.ReadInt();
            pairs[i] = ((long)subject << 32) | (uint)r.ReadInt();
            starts[i] = predicateIds.Count;
            for (var n = r.ReadInt(); n > 0; n--) predicateIds.Add(r.ReadInt());
        }
        starts[pairs.Length] = predicateIds.Count;
        return new RelationFacts(summaries, pairs, starts, [.. predicateIds]);
    }

    /// <summary>
    /// The predicates of the relations from an object labelled <paramref name="subjectLabel"/> to one labelled
    /// <paramref name="objectLabel"/>, in relation order, repeats kept (empty when none is, or a label is in no image).
    /// </summary>
    public ImmutableArray<string> PredicatesBetween(string subjectLabel, string objectLabel)
    {
        var subject = _summaries.Labels.Find(subjectLabel);
        var obj = subject < 0 ? -1 : _summaries.Labels.Find(objectLabel);
        if (obj < 0) return [];
        var pair = ((long)subject << 32) | (uint)obj;
        var at = Array.IndexOf(_pairs, pair);
        if (at < 0) return [];
        var predicates = new string[_starts[at + 1] - _starts[at]];
        for (var i = 0; i < predicates.Length; i++) predicates[i] = _summaries.Predicates[_predicateIds[_starts[at] + i]];
        return ImmutableCollectionsMarshal.AsImmutableArray(predicates);
    }
}
