using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>
/// Which objects of one graph a reader may take to have an attribute (docs/evidence.md#attributes-a-reader-sees): an
/// object that carries it or a synonym, and one none of whose attributes excludes it. Annotations name some attributes
/// of an object, not all, so "the white object" may be any object with no colour named. An exclusion counts only where
/// no object of the same noun in the image carries both words: a plate "green" and "red" beside another "green" plate
/// shows that the green one may be red too. It is the .pvg <c>not seenNot(objectsOfNoun(o.image, noun(o.label)), o,
/// attr)</c> of <c>generators/common.pvg</c>, kept per attribute for the whole graph because every referring expression
/// of an image asks it of every object. With it, the two other things <see cref="ExpressionReading.Denoted"/> reads per
/// graph: each object's noun group, and which relations a reader may take for a predicate (<see cref="RelationsOverlapping"/>).
/// </summary>
internal sealed class AttributeSight
{
    private readonly SceneGraph _graph;
    private readonly Dictionary<string, bool[]> _mayHave = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool[]> _overlapping = new(StringComparer.Ordinal);
    // The noun group of each object (nouns equal case aside share one), as ReferringExpression neighbours are matched.
    private readonly int[] _nounGroup;
    private readonly ImmutableArray<string> _nouns;
    // Per slot of _nouns, its group: the first slot with the same noun case aside.
    private readonly int[] _canonical;

    public AttributeSight(SceneGraph graph, Vocabulary vocabulary)
    {
        _graph = graph;
        Vocabulary = vocabulary;
        var nouns = _nouns = Sets.NounGroups(graph, vocabulary).Nouns;
        var canonical = _canonical = new int[nouns.Length];
        for (var n = 0; n < nouns.Length; n++)
        {
            canonical[n] = n;
            for (var earlier = 0; earlier < n; earlier++)
            {
                if (string.Equals(nouns[earlier], nouns[n], StringComparison.OrdinalIgnoreCase))
                {
                    canonical[n] = canonical[earlier];
                    break;
                }
            }
        }
        var ids = Nouns.IdsOfObjects(graph, vocabulary);
        _nounGroup = new int[ids.Length];
        for (var o = 0; o < ids.Length; o++) _nounGroup[o] = canonical[ids[o]];
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>
    /// Per object, whether it is of <paramref name="label"/>'s noun (either number, case aside) and a reader may take it
    /// to have every one of <paramref name="attributes"/>: the objects "the wooden bat" may name, written into
    /// <paramref name="into"/> (one slot per object).
    /// </summary>
    public void OfNounMayHaveAll(string label, ImmutableArray<string> attributes, Span<bool> into)
    {
        MayHaveAll(attributes, into);
        var group = NounGroupOf(label);
        for (var o = 0; o < into.Length; o++) into[o] &= _nounGroup[o] == group;
    }

    // The noun group of label's noun; -1 when no object of the graph has it.
    private int NounGroupOf(string label)
    {
        var noun = Vocabulary.NounOf(label);
        for (var n = 0; n < _nouns.Length; n++)
        {
            if (string.Equals(_nouns[n], noun, StringComparison.OrdinalIgnoreCase)) return _canonical[n];
        }
        return -1;
    }

    private bool SameNoun(int a, int b) => _nounGroup[a] == _nounGroup[b];

    /// <summary>
    /// Per object, whether a reader may take it to have every one of <paramref name="attributes"/>, written into
    /// <paramref name="into"/> (one slot per object): one look-up per attribute, not one per object and attribute.
    /// </summary>
    public void MayHaveAll(ImmutableArray<string> attributes, Span<bool> into)
    {
        into.Fill(true);
        foreach (var attribute in attributes)
        {
            var map = MayHave(attribute);
            for (var o = 0; o < into.Length; o++) into[o] &= map[o];
        }
    }

    /// <summary>
    /// Per relation of the graph, whether a reader told that <paramref name="predicate"/> holds may take that relation's
    /// predicate for it: the .pvg <c>overlapping</c> of common.pvg (one meaning, or one implies the other: what one is
    /// "wearing" one "has").
    /// </summary>
    public bool[] RelationsOverlapping(string predicate)
    {
        if (!_overlapping.TryGetValue(predicate, out var map))
        {
            map = new bool[_graph.Relations.Length];
            for (var r = 0; r < map.Length; r++)
            {
                var p = _graph.Relations[r].Predicate;
                map[r] = Vocabulary.AreSynonyms(p, predicate) || Vocabulary.Implies(p, predicate) || Vocabulary.Implies(predicate, p);
            }
            _overlapping[predicate] = map;
        }
        return map;
    }

    // Per object, whether a reader may take it to have the attribute; made for all objects on the attribute's first use.
    private bool[] MayHave(string attribute)
    {
        if (!_mayHave.TryGetValue(attribute, out var map))
        {
            map = new bool[_graph.Objects.Length];
            for (var o = 0; o < map.Length; o++) map[o] = !SeenWithout(o, attribute);
            _mayHave[attribute] = map;
        }
        return map;
    }

    private bool SeenWithout(int node, string attribute)
    {
        var own = _graph.Objects[node].Attributes;
        foreach (var b in own)
        {
            if (Vocabulary.AreSynonyms(b, attribute)) return false;
        }
        foreach (var b in own)
        {
            if (Vocabulary.Excludes(b, attribute) && !NounCarriesBoth(node, b, attribute)) return true;
        }
        return false;
    }

    // Whether an object of node's noun carries both words (or synonyms): then the one does not rule the other out.
    private bool NounCarriesBoth(int node, string a, string b)
    {
        for (var other = 0; other < _nounGroup.Length; other++)
        {
            if (SameNoun(node, other) && Carries(other, a) && Carries(other, b)) return true;
        }
        return false;
    }

    private bool Carries(int node, string attribute)
    {
        foreach (var x in _graph.Objects[node].Attributes)
        {
            if (Vocabulary.AreSynonyms(x, attribute)) return true;
        }
        return false;
    }
}
