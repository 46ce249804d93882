using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The relation facts of one indexed image: the (subject label id, object label id) pairs its relations join, in order
/// of first appearance, and for each relation in relation order the pair it joins and its predicate id. Written once
/// when the image is indexed (<see cref="Write"/>, into its summary right after the label facts, behind their byte
/// length so a reader of the objects steps over them at once) and decoded on a drawn image's first question about its
/// label pairs (<see cref="IndexedImage.RelationFacts"/>; kept across draws by <see cref="ImageSummaries.RelationFactsOfImages"/>), so a
/// multi-image query asks "how are these labels related here" or "which label pairs and triples does this image relate"
/// without reading the image's relations and objects and comparing label strings (docs/performance.md, sessions 7 and
/// 8). The relation order is kept (not only each pair's predicates) so that <see cref="RelatedPairs"/> and
/// <see cref="RelationsOtherThanOfJoining"/> list in the order of the pass over the relations.
/// </summary>
internal sealed class RelationFacts
{
    private readonly ImageSummaries _summaries;
    // Pair i joins subject label _pairs[i] >> 32 to object label (int)_pairs[i]; its predicate ids, in relation order,
    // are _grouped.PredicateIds[_grouped.Starts[i] .. _grouped.Starts[i + 1]].
    private readonly long[] _pairs;
    // Grouped on the first PredicatesBetween: a draw whose images share no related pair never asks. One object, so a
    // thread that reads facts another thread grouped (ImageSummaries.RelationFactsOfImages) sees both arrays or neither.
    private PredicatesByPair? _grouped;
    // Relation j (of those that join a pair, in relation order) joins pair _relationPairs[j] by predicate _relationPredicates[j].
    private readonly int[] _relationPairs;
    private readonly int[] _relationPredicates;

    private RelationFacts(ImageSummaries summaries, int imageRelationCount, long[] pairs, int[] relationPairs, int[] relationPredicates)
    {
        _summaries = summaries;
        ImageRelationCount = imageRelationCount;
        _pairs = pairs;
        _relationPairs = relationPairs;
        _relationPredicates = relationPredicates;
    }

    private sealed record PredicatesByPair(int[] Starts, int[] PredicateIds);

    // Each pair's predicates grouped in relation order (a counting sort by pair, stable).
    private PredicatesByPair GroupPredicatesByPair()
    {
        var starts = new int[_pairs.Length + 1];
        foreach (var pair in _relationPairs) starts[pair + 1]++;
        for (var i = 0; i < _pairs.Length; i++) starts[i + 1] += starts[i];
        var predicateIds = new int[_relationPairs.Length];
        Span<int> next = _pairs.Length <= 256 ? stackalloc int[_pairs.Length] : new int[_pairs.Length];
        starts.AsSpan(0, _pairs.Length).CopyTo(next);
        for (var j = 0; j < _relationPairs.Length; j++) predicateIds[next[_relationPairs[j]]++] = _relationPredicates[j];
        return _grouped = new PredicatesByPair(starts, predicateIds);
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
        foreach (var pair in scratch.Pairs)
        {
            w.Write((int)(pair >> 32));
            w.Write((int)pair);
        }
        w.Write(scratch.Relations.Count);
        foreach (var (pair, predicate) in scratch.Relations)
        {
            w.Write(pair);
            w.Write(predicate);
        }
    }

    /// <summary>The pairs of one image being written, in order of first appearance, and its relations' pairs and predicates.</summary>
    internal sealed class Scratch
    {
        private readonly Dictionary<long, int> _slots = [];

        public List<long> Pairs { get; } = [];

        public List<(int Pair, int Predicate)> Relations { get; } = [];

        public void Clear()
        {
            _slots.Clear();
            Pairs.Clear();
            Relations.Clear();
        }

        public void Add(long pair, int predicate)
        {
            if (!_slots.TryGetValue(pair, out var slot))
            {
                _slots[pair] = slot = Pairs.Count;
                Pairs.Add(pair);
            }
            Relations.Add((slot, predicate));
        }
    }

    /// <summary>
    /// Reads the facts <see cref="Write"/> wrote, <paramref name="r"/> standing at them, of an image of
    /// <paramref name="imageRelationCount"/> relations (the count its summary holds ahead of them).
    /// </summary>
    public static RelationFacts Read(ref ByteReader r, ImageSummaries summaries, int imageRelationCount)
    {
        var pairs = new long[r.ReadInt()];
        for (var i = 0; i < pairs.Length; i++)
        {
            var subject = r.ReadInt();
            pairs[i] = ((long)subject << 32) | (uint)r.ReadInt();
        }
        var relationPairs = new int[r.ReadInt()];
        var relationPredicates = new int[relationPairs.Length];
        for (var j = 0; j < relationPairs.Length; j++)
        {
            relationPairs[j] = r.ReadInt();
            relationPredicates[j] = r.ReadInt();
        }
        return new RelationFacts(summaries, imageRelationCount, pairs, relationPairs, relationPredicates);
    }

    /// <summary>
    /// The predicates of the relations from an object labelled <paramref name="subjectLabel"/> to one labelled
    /// <paramref name="objectLabel"/>, in relation order, repeats kept (empty when none is, or a label is in no image).
    /// </summary>
    public ImmutableArray<string> PredicatesBetween(string subjectLabel, string objectLabel)
    {
        var at = PairAt(subjectLabel, objectLabel);
        if (at < 0) return [];
        var (starts, predicateIds) = _grouped ?? GroupPredicatesByPair();
        var predicates = new string[starts[at + 1] - starts[at]];
        for (var i = 0; i < predicates.Length; i++) predicates[i] = _summaries.Predicates[predicateIds[starts[at] + i]];
        return ImmutableCollectionsMarshal.AsImmutableArray(predicates);
    }

    // The position in _pairs of the pair (subject label, object label), or -1 when no relation joins it or a label is
    // in no image.
    private int PairAt(string subjectLabel, string objectLabel)
    {
        var subject = _summaries.Labels.Find(subjectLabel);
        var obj = subject < 0 ? -1 : _summaries.Labels.Find(objectLabel);
        return obj < 0 ? -1 : Array.IndexOf(_pairs, ((long)subject << 32) | (uint)obj);
    }

    /// <summary>
    /// The indices of the image's relations other than "of" from an object labelled <paramref name="subjectLabel"/> to
    /// one labelled <paramref name="objectLabel"/>, in relation order (empty when none is, or a label is in no image);
    /// null when a relation of the image joins no pair (an end that is no object): the facts then skip it, so their
    /// relations are not the image's by position.
    /// </summary>
    public int[]? RelationsOtherThanOfBetween(string subjectLabel, string objectLabel)
    {
        if (_relationPairs.Length != ImageRelationCount) return null;
        var at = PairAt(subjectLabel, objectLabel);
        if (at < 0) return [];
        var of = _summaries.Predicates.Find(Loading.RelationFilter.DroppedPredicate);
        var count = 0;
        for (var j = 0; j < _relationPairs.Length; j++)
        {
            if (_relationPairs[j] == at && _relationPredicates[j] != of) count++;
        }
        var indices = new int[count];
        for (int j = 0, found = 0; found < count; j++)
        {
            if (_relationPairs[j] == at && _relationPredicates[j] != of) indices[found++] = j;
        }
        return indices;
    }

    /// <summary>
    /// Whether a relation (any predicate, "of" too) joins an object whose label's noun under <paramref name="vocabulary"/>
    /// is <paramref name="subjectNoun"/> to one whose label's noun is <paramref name="objectNoun"/> (ordinal) by a
    /// predicate <see cref="Stdlib.Vocabulary.AreSynonyms"/> takes for <paramref name="predicate"/>: the nouns compared
    /// as ids of the data set's noun table (the image's label pairs as noun pairs, made once), and only the predicates of
    /// matching pairs looked up.
    /// </summary>
    public bool RelatesNouns(Stdlib.Vocabulary vocabulary, string subjectNoun, string predicate, string objectNoun)
    {
        var nouns = _summaries.NounsUnder(vocabulary);
        // A noun no label of the data set has is the noun of no object here.
        if (!nouns.TryGetNounId(subjectNoun, out var subject) || !nouns.TryGetNounId(objectNoun, out var obj)) return false;
        var nounPairs = NounPairsUnder(nouns);
        var asked = ((long)subject << 32) | (uint)obj;
        for (var i = Array.IndexOf(nounPairs, asked); i >= 0; i = Array.IndexOf(nounPairs, asked, i + 1))
        {
            var (starts, predicateIds) = _grouped ?? GroupPredicatesByPair();
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                if (vocabulary.AreSynonyms(_summaries.Predicates[predicateIds[k]], predicate)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The predicates of the relations (any predicate, "of" too) from an object whose label's noun under
    /// <paramref name="vocabulary"/> is <paramref name="subjectNoun"/> to one whose label's noun is
    /// <paramref name="objectNoun"/> (ordinal), in relation order, repeats kept: the nouns compared as ids, as
    /// <see cref="RelatesNouns"/> compares them.
    /// </summary>
    public ImmutableArray<string> PredicatesBetweenNouns(Stdlib.Vocabulary vocabulary, string subjectNoun, string objectNoun)
    {
        var nouns = _summaries.NounsUnder(vocabulary);
        if (!nouns.TryGetNounId(subjectNoun, out var subject) || !nouns.TryGetNounId(objectNoun, out var obj)) return [];
        var nounPairs = NounPairsUnder(nouns);
        var asked = ((long)subject << 32) | (uint)obj;
        if (Array.IndexOf(nounPairs, asked) < 0) return [];
        var count = 0;
        foreach (var pair in _relationPairs)
        {
            if (nounPairs[pair] == asked) count++;
        }
        var predicates = new string[count];
        for (int j = 0, found = 0; found < count; j++)
        {
            if (nounPairs[_relationPairs[j]] == asked) predicates[found++] = _summaries.Predicates[_relationPredicates[j]];
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(predicates);
    }

    // Each pair of labels as its pair of nouns (subject noun id << 32 | object noun id) under one noun table, so that
    // RelatesNouns and PredicatesBetweenNouns find the pairs of two nouns by a vectorised scan; made on the image's first question under that
    // table and kept with its facts. One object, so a thread reads a table and the pairs made under it together.
    private sealed record NounPairs(LabelNouns Table, long[] Pairs);

    private NounPairs? _nounPairs;

    private long[] NounPairsUnder(LabelNouns table)
    {
        if (_nounPairs is { } kept && ReferenceEquals(kept.Table, table)) return kept.Pairs;
        var pairs = new long[_pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = ((long)table.NounIdOf((int)(_pairs[i] >> 32)) << 32) | (uint)table.NounIdOf((int)_pairs[i]);
        }
        _nounPairs = new NounPairs(table, pairs);
        return pairs;
    }

    /// <summary>
    /// The pairs (subject label id &lt;&lt; 32 | object label id) that a relation other than "of" joins, in order of the
    /// first such relation; made once per image, on first use (the facts are kept across draws: <see cref="ImageSummaries.RelationFactsOfImages"/>).
    /// </summary>
    public long[] RelatedPairs => Related.Pairs;

    private RelatedPairSet Related => _related ??= new RelatedPairSet(ListRelatedPairs());

    private RelatedPairSet? _related;

    private long[] ListRelatedPairs()
    {
        var of = _summaries.Predicates.Find(Loading.RelationFilter.DroppedPredicate);
        Span<bool> listed = _pairs.Length <= 512 ? stackalloc bool[_pairs.Length] : new bool[_pairs.Length];
        Span<long> result = _pairs.Length <= 256 ? stackalloc long[_pairs.Length] : new long[_pairs.Length];
        var count = 0;
        for (var j = 0; j < _relationPairs.Length; j++)
        {
            var pair = _relationPairs[j];
            if (_relationPredicates[j] == of || listed[pair]) continue;
            listed[pair] = true;
            result[count++] = _pairs[pair];
        }
        return result[..count].ToArray();
    }

    /// <summary>Whether a relation other than "of" joins the pair (subject label id &lt;&lt; 32 | object label id).</summary>
    public bool Relates(long pair) => Related.Contains(pair);

    /// <summary>Whether <paramref name="other"/> reads the same data set's labels and predicates (its ids mean the same).</summary>
    public bool SharesIdsWith(RelationFacts other) => ReferenceEquals(_summaries, other._summaries);

    /// <summary>The label of an id of the data set.</summary>
    public string Label(int id) => _summaries.Labels[id];

    /// <summary>The predicate of an id of the data set.</summary>
    public string Predicate(int id) => _summaries.Predicates[id];

    /// <summary>
    /// The relations other than "of" that join one of <paramref name="pairs"/> (each subject label id &lt;&lt; 32 | object
    /// label id), in relation order, as (pair, predicate id), written to <paramref name="destination"/> (at least
    /// <see cref="RelationCount"/> long); returns how many.
    /// </summary>
    public int RelationsOtherThanOfJoining(ReadOnlySpan<long> pairs, Span<(long Pair, int Predicate)> destination)
    {
        var of = _summaries.Predicates.Find(Loading.RelationFilter.DroppedPredicate);
        // Whether each of the image's pairs is asked, decided once per pair rather than once per relation.
        Span<bool> asked = _pairs.Length <= 512 ? stackalloc bool[_pairs.Length] : new bool[_pairs.Length];
        for (var i = 0; i < _pairs.Length; i++) asked[i] = pairs.Contains(_pairs[i]);
        var count = 0;
        for (var j = 0; j < _relationPairs.Length; j++)
        {
            if (_relationPredicates[j] == of || !asked[_relationPairs[j]]) continue;
            destination[count++] = (_pairs[_relationPairs[j]], _relationPredicates[j]);
        }
        return count;
    }

    /// <summary>
    /// The image's relation count, every relation (<c>count(img.relations)</c>), kept with its facts so that a drawn
    /// image whose facts are kept answers its draw condition without decoding its summary again (<see cref="IndexedImage.RelationCount"/>).
    /// </summary>
    public int ImageRelationCount { get; }

    /// <summary>The number of relations that join a pair (an upper bound for <see cref="RelationsOtherThanOfJoining"/>).</summary>
    public int RelationCount => _relationPairs.Length;
}
