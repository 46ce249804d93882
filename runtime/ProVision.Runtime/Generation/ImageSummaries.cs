using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The images of a <see cref="DataSetIndex"/> as compact per-image summaries: labels, attribute sets and predicates
/// interned to ids shared by the whole data set, every number packed as a variable-length integer into one byte array
/// per image (boxes with integer corners as integers, others as exact floats or doubles). A drawn image is rebuilt as
/// a <see cref="SceneGraph"/> equal, field for field, to the one added (<see cref="Rebuild"/>; objects and relations
/// read on first use), so a multi-image run
/// over a million graphs holds summaries instead of the graphs (figures: docs/performance.md#memory). Each summary
/// also holds the image's label facts (<see cref="IndexedImage"/>: its distinct label ids and their object counts),
/// its relation count (<c>count(img.relations)</c> without reading the relations) and its relation facts
/// (<see cref="RelationFacts"/>: label pair -> predicate ids), then its object facts (each object's label id and
/// attribute set id, ahead of the boxes, which stand behind their byte length), which multi-image queries read instead
/// of asking every object's noun, building every object to read one object's attributes, or scanning every relation,
/// on every draw.
/// </summary>
/// <remarks>Not thread-safe while images are added; read-only (and safe to share) afterwards.</remarks>
internal sealed class ImageSummaries
{
    private const byte BoxAsIntegers = 0, BoxAsFloats = 1, BoxAsDoubles = 2, HasScore = 4;

    private readonly List<ImageRecord> _images = [];
    private readonly ByteWriter _scratch = new();
    private readonly DataNeeds _kept;

    /// <summary>Summaries that keep masks and depth only when <paramref name="kept"/> asks for them.</summary>
    public ImageSummaries(DataNeeds kept) => _kept = kept;

    /// <summary>Object labels by id, in order of first appearance.</summary>
    public StringIds Labels { get; } = new();

    /// <summary>Relation predicates by id, in order of first appearance.</summary>
    public StringIds Predicates { get; } = new();

    /// <summary>Attribute names by id.</summary>
    public StringIds Attributes { get; } = new();

    private readonly AttributeSets _attributeSets = new();

    public int Count => _images.Count;

    /// <summary>
    /// The decoded relation facts of images drawn before (<see cref="IndexedImage.RelationFacts"/>), for at most
    /// <see cref="RelationFactsKept"/> images.
    /// </summary>
    public KeptPerImage<RelationFacts> RelationFactsOfImages { get; } = new(RelationFactsKept);

    /// <summary>The most images whose relation facts are kept: they are larger than the other kept values (a few KiB).</summary>
    internal const int RelationFactsKept = 4096;

    /// <summary>Adds <paramref name="graph"/> as image <see cref="Count"/>; returns the label ids of its objects, in object order.</summary>
    public void Add(SceneGraph graph, List<int> labelIds)
    {
        labelIds.Clear();
        var w = _scratch;
        w.Reset();
        w.Write(graph.Objects.Length);
        foreach (var obj in graph.Objects)
        {
            labelIds.Add(Labels.Intern(obj.Label));
        }
        IndexedImage.Write(w, labelIds, _labelSlots);
        // The relation count ahead of the relation facts: count(img.relations) without reading the relations.
        w.Write(graph.Relations.Length);
        _section.Reset();
        RelationFacts.Write(_section, graph, labelIds, Predicates, _relationScratch);
        w.Write(_section.Written.Length);
        w.WriteBytes(_section.Written);
        // The object facts: each object's label id and attribute set id, in object order, ahead of the boxes, so the
        // label ids (objectsOfNoun) and one object's attributes (o.attributes) are read without stepping over boxes.
        for (var i = 0; i < graph.Objects.Length; i++)
        {
            w.Write(labelIds[i]);
            w.Write(_attributeSets.Intern(graph.Objects[i].Attributes, Attributes));
        }
        // The boxes behind their byte length, so a reader of the relations alone (a drawn image's evidence lists) steps
        // over them at once rather than box by box.
        _section.Reset();
        foreach (var obj in graph.Objects)
        {
            var box = obj.Box;
            var kind = IsSmallInteger(box.X1) && IsSmallInteger(box.Y1) && IsSmallInteger(box.X2) && IsSmallInteger(box.Y2) ? BoxAsIntegers
                : IsFloat(box.X1) && IsFloat(box.Y1) && IsFloat(box.X2) && IsFloat(box.Y2) ? BoxAsFloats
                : BoxAsDoubles;
            _section.WriteByte((byte)(kind | (obj.Score is null ? 0 : HasScore)));
            WriteBox(_section, box, kind);
            if (obj.Score is { } score) _section.WriteDouble(score);
        }
        w.Write(_section.Written.Length);
        w.WriteBytes(_section.Written);
        w.Write(graph.Relations.Length);
        foreach (var relation in graph.Relations)
        {
            w.WriteSigned(relation.Subject);
            w.Write(Predicates.Intern(relation.Predicate));
            w.WriteSigned(relation.Object);
        }
        var masks = (_kept & DataNeeds.Masks) != 0 ? graph.Masks : null;
        var depth = (_kept & DataNeeds.Depth) != 0 ? graph.Depth : null;
        var extras = masks is null && depth is null && graph.Caption is null && graph.Source is null
            ? null
            : new ImageExtras(masks, depth, graph.Caption, graph.Source);
        _images.Add(new ImageRecord(graph.ImageId, graph.ImagePath, graph.Width, graph.Height, w.ToArray(), extras));
    }

    /// <summary>The number of objects of image <paramref name="image"/> (read from its summary without rebuilding it).</summary>
    public int ObjectCount(int image) => new ByteReader(_images[image].Data).ReadInt();

    /// <summary>The label id of each object of image <paramref name="image"/>, in object order (read from its summary).</summary>
    public int[] ObjectLabelIds(int image) => ReadObjectLabelIds(_images[image].Data);

    /// <summary>The attribute set id of each object of image <paramref name="image"/>, in object order (read from its summary).</summary>
    public int[] ObjectAttributeSetIds(int image) => ReadObjectAttributeSetIds(_images[image].Data);

    /// <summary>How many objects of image <paramref name="image"/> carry the label with id <paramref name="labelId"/>, from its label facts.</summary>
    public int LabelCount(int image, int labelId)
    {
        var r = new ByteReader(_images[image].Data);
        r.ReadInt();
        for (var labels = r.ReadInt(); labels > 0; labels--)
        {
            var id = r.ReadInt();
            var count = r.ReadInt();
            if (id == labelId) return count;
        }
        return 0;
    }

    /// <summary>
    /// Image <paramref name="image"/> as a graph equal to the one added (a new instance on every call); its objects
    /// and relations are read from the summary on first use of each (<see cref="ReadObjects"/>, <see cref="ReadRelations"/>).
    /// </summary>
    public SceneGraph Rebuild(int image)
    {
        var record = _images[image];
        var extras = record.Extras;
        return new SceneGraph(record.ImageId, record.ImagePath, record.Width, record.Height, new IndexedImage(this, image, record.Data),
            extras?.Masks, extras?.Depth, extras?.Caption, extras?.Source);
    }

    /// <summary>
    /// The objects of the image whose summary is <paramref name="data"/>, as added; <paramref name="relationsAt"/> is
    /// where its relations start (for <see cref="ReadRelations"/>).
    /// </summary>
    public ImmutableArray<SceneObject> ReadObjects(byte[] data, out int relationsAt)
    {
        var r = new ByteReader(data);
        var objects = ImmutableArray.CreateBuilder<SceneObject>(r.ReadInt());
        IndexedImage.Skip(ref r);
        var facts = r;
        SkipObjectFacts(ref r, objects.Capacity);
        r.ReadInt();
        for (var i = 0; i < objects.Capacity; i++)
        {
            var label = Labels[facts.ReadInt()];
            var attributes = _attributeSets[facts.ReadInt()];
            var flags = r.ReadByte();
            var box = ReadBox(ref r, flags & 3);
            double? score = (flags & HasScore) != 0 ? r.ReadDouble() : null;
            objects.Add(new SceneObject(label, box, score, attributes));
        }
        relationsAt = r.Position;
        return objects.MoveToImmutable();
    }

    /// <summary>The label id of each object of the image whose summary is <paramref name="data"/>, in object order, without building the objects.</summary>
    public int[] ReadObjectLabelIds(byte[] data) => ReadObjectFacts(data, attributeSets: false);

    /// <summary>
    /// The attribute set id of each object of the image whose summary is <paramref name="data"/>, in object order
    /// (<see cref="AttributeSet"/> gives the set), without building the objects.
    /// </summary>
    public int[] ReadObjectAttributeSetIds(byte[] data) => ReadObjectFacts(data, attributeSets: true);

    /// <summary>
    /// The box of each object of the image whose summary is <paramref name="data"/>, in object order, without building
    /// the objects (their labels, attributes and scores).
    /// </summary>
    public Box[] ReadBoxes(byte[] data)
    {
        var r = new ByteReader(data);
        var boxes = new Box[r.ReadInt()];
        IndexedImage.Skip(ref r);
        SkipObjectFacts(ref r, boxes.Length);
        r.ReadInt();
        for (var i = 0; i < boxes.Length; i++)
        {
            var flags = r.ReadByte();
            boxes[i] = ReadBox(ref r, flags & 3);
            if ((flags & HasScore) != 0) r.ReadDouble();
        }
        return boxes;
    }

    /// <summary>The attributes of the set <paramref name="id"/>: the very list an object of that set is built with.</summary>
    public ImmutableArray<string> AttributeSet(int id) => _attributeSets[id];

    private static int[] ReadObjectFacts(byte[] data, bool attributeSets)
    {
        var r = new ByteReader(data);
        var ids = new int[r.ReadInt()];
        IndexedImage.Skip(ref r);
        for (var i = 0; i < ids.Length; i++)
        {
            var labelId = r.ReadInt();
            var setId = r.ReadInt();
            ids[i] = attributeSets ? setId : labelId;
        }
        return ids;
    }

    private static void SkipObjectFacts(ref ByteReader r, int objectCount)
    {
        for (var n = objectCount * 2; n > 0; n--) r.ReadInt();
    }

    /// <summary>
    /// The relations of the image whose summary is <paramref name="data"/>, as added: from <paramref name="relationsAt"/>
    /// when the objects were read (<see cref="ReadObjects"/>), else (-1) after skipping the objects without building them.
    /// </summary>
    public ImmutableArray<Relation> ReadRelations(byte[] data, int relationsAt)
    {
        var r = new ByteReader(data);
        if (relationsAt >= 0)
        {
            r.Position = relationsAt;
        }
        else
        {
            var objectCount = r.ReadInt();
            IndexedImage.Skip(ref r);
            SkipObjectFacts(ref r, objectCount);
            var boxesLength = r.ReadInt();
            r.Position += boxesLength;
        }
        var relations = ImmutableArray.CreateBuilder<Relation>(r.ReadInt());
        for (var i = 0; i < relations.Capacity; i++)
        {
            var subject = r.ReadSigned();
            var predicate = Predicates[r.ReadInt()];
            relations.Add(new Relation(subject, predicate, r.ReadSigned()));
        }
        return relations.MoveToImmutable();
    }

    /// <summary>
    /// The noun of every label id under <paramref name="vocabulary"/>, made once per data set and vocabulary (its size
    /// is the number of distinct labels, not of images); a race only makes the same table twice.
    /// </summary>
    public LabelNouns NounsUnder(Stdlib.Vocabulary vocabulary)
    {
        var table = _labelNouns;
        if (table is null || !ReferenceEquals(table.Vocabulary, vocabulary) || table.Count < Labels.Count)
        {
            _labelNouns = table = new LabelNouns(vocabulary, Labels.All);
        }
        return table;
    }

    private volatile LabelNouns? _labelNouns;

    /// <summary>Each image's object attribute set ids once read (<see cref="IndexedImage.AttributesOf"/>), for its later draws.</summary>
    public KeptPerImage<int[]> AttributeSetIdsOfImages { get; } = new();

    /// <summary>Each image's object label ids once read (<see cref="IndexedImage.LabelOf"/>), for its later draws.</summary>
    public KeptPerImage<int[]> ObjectLabelIdsOfImages { get; } = new();
    /// <summary>
    /// Each image's object boxes once read (<see cref="IndexedImage.BoxOf"/>), for its later draws: for at most
    /// <see cref="BoxesKept"/> images, as a box is four doubles.
    /// </summary>
    public KeptPerImage<Box[]> BoxesOfImages { get; } = new(BoxesKept);

    /// <summary>The most images whose boxes are kept: about 0.8 KiB an image of 25 objects, so at most a few MiB.</summary>
    internal const int BoxesKept = 4096;

    /// <summary>
    /// Each image's relations once read (<see cref="IndexedImage.ReadRelations"/>), for its later draws: for at most
    /// <see cref="RelationsKept"/> images.
    /// </summary>
    public KeptPerImage<Relation[]> RelationsOfImages { get; } = new(RelationsKept);

    /// <summary>The most images whose relations are kept: about 0.5 KiB an image of 25 relations (16 bytes each), so at most a few MiB.</summary>
    internal const int RelationsKept = 4096;

    private readonly Dictionary<int, int> _labelSlots = [];
    // A part of the summary written ahead of its byte length (the relation facts, then the boxes), one at a time.
    private readonly ByteWriter _section = new();
    private readonly RelationFacts.Scratch _relationScratch = new();

    /// <summary>Frees the slack of the growing lists once every image is added.</summary>
    public void TrimExcess() => _images.TrimExcess();

    // Negative zero is kept as a float: as an integer it would come back as +0.
    private static bool IsSmallInteger(double value) =>
        value >= -(1 << 30) && value <= (1 << 30) && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value));

    private static bool IsFloat(double value) => (double)(float)value == value || double.IsNaN(value);

    private static void WriteBox(ByteWriter w, Box box, int kind)
    {
        switch (kind)
        {
            case BoxAsIntegers:
                w.WriteSigned((int)box.X1); w.WriteSigned((int)box.Y1); w.WriteSigned((int)box.X2); w.WriteSigned((int)box.Y2);
                break;
            case BoxAsFloats:
                w.WriteFloat((float)box.X1); w.WriteFloat((float)box.Y1); w.WriteFloat((float)box.X2); w.WriteFloat((float)box.Y2);
                break;
            default:
                w.WriteDouble(box.X1); w.WriteDouble(box.Y1); w.WriteDouble(box.X2); w.WriteDouble(box.Y2);
                break;
        }
    }

    private static Box ReadBox(ref ByteReader r, int kind) => kind switch
    {
        BoxAsIntegers => new Box(r.ReadSigned(), r.ReadSigned(), r.ReadSigned(), r.ReadSigned()),
        BoxAsFloats => new Box(r.ReadFloat(), r.ReadFloat(), r.ReadFloat(), r.ReadFloat()),
        _ => new Box(r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble()),
    };

    private readonly record struct ImageRecord(string ImageId, string? ImagePath, int Width, int Height, byte[] Data, ImageExtras? Extras);

    // What few images carry; one reference in the record instead of four.
    private sealed record ImageExtras(MaskSet? Masks, DepthSource? Depth, string? Caption, string? Source);

    /// <summary>Interned attribute lists (in their order): most objects share one of a few sets, often the empty one.</summary>
    private sealed class AttributeSets
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [""] = 0 };
        private readonly List<ImmutableArray<string>> _sets = [[]];
        private readonly System.Text.StringBuilder _key = new();

        public ImmutableArray<string> this[int id] => _sets[id];

        public int Intern(ImmutableArray<string> attributes, StringIds names)
        {
            if (attributes.IsDefaultOrEmpty) return 0;
            _key.Clear();
            foreach (var attribute in attributes)
            {
                _key.Append(names.Intern(attribute)).Append(',');
            }
            var key = _key.ToString();
            if (!_ids.TryGetValue(key, out var id))
            {
                _ids[key] = id = _sets.Count;
                _sets.Add(attributes);
            }
            return id;
        }
    }
}
