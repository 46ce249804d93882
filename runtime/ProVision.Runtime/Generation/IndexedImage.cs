using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

/// <summary>
/// One image of a data-set index as a drawn graph sees it (<c>SceneGraph.Indexed</c>): its summary, from which the
/// graph's objects and relations are read on first use (<see cref="ReadObjects"/>, <see cref="ReadRelations"/>), and
/// its label facts, written once when the image is indexed (<see cref="ImageSummaries.Add"/>): its distinct label ids in
/// order of first appearance, each with the number of objects that carry it, packed into the summary right after the
/// object count. From them its nouns and noun counts (<see cref="Sets.Nouns"/>, <see cref="Nouns.CountOfNoun"/>) come
/// from a few array reads per label instead of a vocabulary lookup per object on every draw.
/// </summary>
/// <remarks>
/// The label facts cost about two or three bytes per distinct label of an image (docs/performance.md, session 6).
/// <paramref name="image"/> is the image's index in <paramref name="summaries"/>, under which its nouns are kept.
/// </remarks>
internal sealed class IndexedImage(ImageSummaries summaries, int image, byte[] data)
{
    /// <summary>
    /// Writes the facts of an image whose objects carry <paramref name="labelIds"/> (in object order) to
    /// <paramref name="w"/>; <paramref name="slots"/> is a scratch map, cleared here, reused from image to image.
    /// </summary>
    public static void Write(ByteWriter w, List<int> labelIds, Dictionary<int, int> slots)
    {
        slots.Clear();
        Span<int> counts = labelIds.Count <= 256 ? stackalloc int[labelIds.Count] : new int[labelIds.Count];
        Span<int> order = labelIds.Count <= 256 ? stackalloc int[labelIds.Count] : new int[labelIds.Count];
        foreach (var id in labelIds)
        {
            if (!slots.TryGetValue(id, out var slot))
            {
                slots[id] = slot = slots.Count;
                order[slot] = id;
            }
            counts[slot]++;
        }
        w.Write(slots.Count);
        for (var slot = 0; slot < slots.Count; slot++)
        {
            w.Write(order[slot]);
            w.Write(counts[slot]);
        }
    }

    /// <summary>The image's objects, read from its summary (a drawn graph's <c>Objects</c> on first use).</summary>
    public System.Collections.Immutable.ImmutableArray<SceneGraphs.SceneObject> ReadObjects() => summaries.ReadObjects(data, out _relationsAt);

    /// <summary>
    /// The image's relations (a drawn graph's <c>Relations</c> on first use): read from its summary on the image's first
    /// draw that asks, and kept for its later draws (the relation generators read them for each kept item's evidence).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<SceneGraphs.Relation> ReadRelations() =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(summaries.RelationsOfImages.Get(image)
            ?? summaries.RelationsOfImages.Keep(image, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(summaries.ReadRelations(data, _relationsAt))!));

    // Where the relations start in the summary, once the objects were read (-1 before): a graph that reads both
    // parses its objects once.
    private int _relationsAt = -1;

    /// <summary>
    /// The attributes of object <paramref name="index"/>, from the object facts of the summary without building the
    /// objects: the same list the object is built with (a drawn graph's <c>AttributesOf</c> before its objects are read).
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> AttributesOf(int index) =>
        summaries.AttributeSet((_attributeSetIds ??= AttributeSetIds())[index]);

    // The attribute set id of each object, decoded on the image's first AttributesOf and kept for its later draws.
    private int[]? _attributeSetIds;

    private int[] AttributeSetIds() =>
        summaries.AttributeSetIdsOfImages.Get(image) ?? summaries.AttributeSetIdsOfImages.Keep(image, summaries.ReadObjectAttributeSetIds(data));

    /// <summary>The label of object <paramref name="index"/>, from the object facts of the summary: the label the object is built with.</summary>
    public string LabelOf(int index) => summaries.Labels[(_labelIds ??= LabelIds())[index]];

    // The label id of each object, decoded on the image's first LabelOf and kept for its later draws.
    private int[]? _labelIds;

    private int[] LabelIds() =>
        summaries.ObjectLabelIdsOfImages.Get(image) ?? summaries.ObjectLabelIdsOfImages.Keep(image, summaries.ReadObjectLabelIds(data));

    /// <summary>The box of object <paramref name="index"/>, from the boxes of the summary: the box the object is built with.</summary>
    public SceneGraphs.Box BoxOf(int index) => (_boxes ??= Boxes())[index];

    // The box of each object, decoded on the image's first BoxOf and kept for its later draws.
    private SceneGraphs.Box[]? _boxes;

    private SceneGraphs.Box[] Boxes() => summaries.BoxesOfImages.Get(image) ?? summaries.BoxesOfImages.Keep(image, summaries.ReadBoxes(data));

    /// <summary>The image's object count, the first number of its summary.</summary>
    public int ObjectCount() => new ByteReader(data).ReadInt();

    /// <summary>
    /// The image's relation count: kept with its relation facts once an earlier draw read them (the relation
    /// generators ask it of every drawn image, then read the facts), else read from right after the label facts
    /// without reading the relations.
    /// </summary>
    public int RelationCount() => (_relationFacts ??= summaries.RelationFactsOfImages.Get(image))?.ImageRelationCount ?? ReadRelationCount();

    private int ReadRelationCount()
    {
        var r = new ByteReader(data);
        r.ReadInt();
        SkipLabelFacts(ref r);
        return r.ReadInt();
    }

    /// <summary>Moves <paramref name="r"/> past the label facts, the relation count and the relation facts (it stands right after the object count).</summary>
    public static void Skip(ref ByteReader r)
    {
        SkipLabelFacts(ref r);
        r.ReadInt();
        var relationFactsLength = r.ReadInt();
        r.Position += relationFactsLength;
    }

    private static void SkipLabelFacts(ref ByteReader r)
    {
        for (var n = r.ReadInt() * 2; n > 0; n--) r.ReadInt();
    }

    /// <summary>
    /// For each object of the image, the slot in <paramref name="groups"/> (this image's nouns under
    /// <paramref name="vocabulary"/>, <see cref="NounsUnder"/>) of its label's noun: the object label ids of the summary
    /// through the data set's label -> noun table, whose noun strings are those of <paramref name="groups"/>.
    /// </summary>
    public int[] ObjectNounSlots(Vocabulary vocabulary, NounsOfGraph groups)
    {
        var table = summaries.NounsUnder(vocabulary);
        // The label ids become the slots in place. Objects of one label share a noun: the slot of a run of one label
        // id is looked up once.
        var slots = summaries.ReadObjectLabelIds(data);
        var lastLabel = -1;
        var lastSlot = -1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] != lastLabel)
            {
                lastLabel = slots[i];
                lastSlot = groups.SlotOf(table.Noun(table.NounIdOf(lastLabel)));
            }
            slots[i] = lastSlot;
        }
        return slots;
    }

    /// <summary>
    /// The image's relation facts (label pair -> predicates): kept by the index for images drawn before
    /// (<see cref="ImageSummaries.RelationFactsOfImages"/>), else decoded from its summary, on first use.
    /// </summary>
    public RelationFacts RelationFacts => _relationFacts ??= summaries.RelationFactsOfImages.Get(image) ?? ReadRelationFacts();

    private RelationFacts? _relationFacts;

    private RelationFacts ReadRelationFacts()
    {
        var r = new ByteReader(data);
        r.ReadInt();
        SkipLabelFacts(ref r);
        var relationCount = r.ReadInt();
        r.ReadInt();
        var facts = RelationFacts.Read(ref r, summaries, relationCount);
        return summaries.RelationFactsOfImages.Keep(image, facts);
    }

    /// <summary>The image's distinct labels in order of first appearance (<see cref="Sets.Labels"/>).</summary>
    public string[] Labels()
    {
        var r = new ByteReader(data);
        r.ReadInt();
        var labels = new string[r.ReadInt()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = summaries.Labels[r.ReadInt()];
            r.ReadInt();
        }
        return labels;
    }

    /// <summary>
    /// The image's distinct nouns under <paramref name="vocabulary"/> in order of first appearance, with their object
    /// counts: the same list and counts as asking every object's noun (a noun first appears with the first of its labels).
    /// Read once per image and vocabulary and kept with the data set's noun table (<see cref="LabelNouns.NounsOfImages"/>),
    /// so every later draw of the image, and its object noun slots (<see cref="NounsOfGraph.ObjectSlots"/>), share them.
    /// </summary>
    public NounsOfGraph NounsUnder(Vocabulary vocabulary)
    {
        var table = summaries.NounsUnder(vocabulary);
        return table.NounsOfImages.Get(image) ?? table.NounsOfImages.Keep(image, ReadNouns(table));
    }

    private NounsOfGraph ReadNouns(LabelNouns table)
    {
        var r = new ByteReader(data);
        r.ReadInt();
        var labels = r.ReadInt();
        // Gathered on the stack, then copied into arrays of the exact size (most images have fewer nouns than labels).
        Span<int> nounIds = labels <= 128 ? stackalloc int[labels] : new int[labels];
        Span<int> countsOfIds = labels <= 128 ? stackalloc int[labels] : new int[labels];
        var distinct = 0;
        for (var i = 0; i < labels; i++)
        {
            var nounId = table.NounIdOf(r.ReadInt());
            var count = r.ReadInt();
            var at = nounIds[..distinct].IndexOf(nounId);
            if (at < 0)
            {
                at = distinct++;
                nounIds[at] = nounId;
                countsOfIds[at] = 0;
            }
            countsOfIds[at] += count;
        }
        var nouns = new string[distinct];
        for (var i = 0; i < distinct; i++) nouns[i] = table.Noun(nounIds[i]);
        return new NounsOfGraph(table.Vocabulary, nouns, countsOfIds[..distinct].ToArray(), table, nounIds[..distinct].ToArray());
    }
}

/// <summary>
/// The noun of every label of a data set under one vocabulary (<see cref="Vocabulary.NounOf"/>), as ids: equal nouns
/// share an id and one string instance, so the nouns of an image compare by id and a query's noun usually by reference.
/// </summary>
internal sealed partial class LabelNouns
{
    private readonly int[] _nounIdOfLabel;
    private readonly List<string> _nouns = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public LabelNouns(Vocabulary vocabulary, IReadOnlyList<string> labels)
    {
        Vocabulary = vocabulary;
        _nounIdOfLabel = new int[labels.Count];
        for (var label = 0; label < labels.Count; label++)
        {
            var noun = vocabulary.NounOf(labels[label]);
            if (!_ids.TryGetValue(noun, out var id))
            {
                _ids[noun] = id = _nouns.Count;
                _nouns.Add(noun);
            }
            _nounIdOfLabel[label] = id;
        }
        _thing = new sbyte[_nouns.Count];
        _countable = new sbyte[_nouns.Count];
        _onPerson = new sbyte[_nouns.Count];
    }

    /// <summary>The id of the noun <paramref name="noun"/> (ordinal), or false when no label of the data set has it as its noun.</summary>
    public bool TryGetNounId(string noun, out int id) => _ids.TryGetValue(noun, out id);

    public Vocabulary Vocabulary { get; }

    /// <summary>The number of labels the table covers.</summary>
    public int Count => _nounIdOfLabel.Length;

    public int NounIdOf(int labelId) => _nounIdOfLabel[labelId];

    public string Noun(int nounId) => _nouns[nounId];
}
