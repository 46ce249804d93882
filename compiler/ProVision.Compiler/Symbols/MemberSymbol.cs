using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Symbols;

/// <summary>Which member an access binds to; the emitter switches on it.</summary>
public enum MemberKind
{
    /// <summary><c>o.label</c></summary>
    ObjectLabel,

    /// <summary><c>o.box</c></summary>
    ObjectBox,

    /// <summary><c>o.attributes</c></summary>
    ObjectAttributes,

    /// <summary><c>o.index</c></summary>
    ObjectIndex,

    /// <summary><c>o.mask</c></summary>
    ObjectMask,

    /// <summary><c>o.depth</c></summary>
    ObjectDepth,

    /// <summary><c>o.image</c> (multi-image generators)</summary>
    ObjectImage,

    /// <summary><c>r.subject</c></summary>
    RelationSubject,

    /// <summary><c>r.object</c></summary>
    RelationObject,

    /// <summary><c>r.predicate</c></summary>
    RelationPredicate,

    /// <summary><c>r.index</c></summary>
    RelationIndex,

    /// <summary><c>b.x1</c></summary>
    BoxX1,

    /// <summary><c>b.y1</c></summary>
    BoxY1,

    /// <summary><c>b.x2</c></summary>
    BoxX2,

    /// <summary><c>b.y2</c></summary>
    BoxY2,

    /// <summary><c>b.width</c></summary>
    BoxWidth,

    /// <summary><c>b.height</c></summary>
    BoxHeight,

    /// <summary><c>b.area</c></summary>
    BoxArea,

    /// <summary><c>b.center</c></summary>
    BoxCenter,

    /// <summary><c>p.x</c></summary>
    PointX,

    /// <summary><c>p.y</c></summary>
    PointY,

    /// <summary><c>m.area</c></summary>
    MaskArea,

    /// <summary><c>img.objects</c></summary>
    ImageObjects,

    /// <summary><c>img.relations</c></summary>
    ImageRelations,

    /// <summary><c>img.labels</c></summary>
    ImageLabels,

    /// <summary><c>img.name</c></summary>
    ImageName,

    /// <summary><c>img.index</c></summary>
    ImageIndex,

    /// <summary><c>img.width</c></summary>
    ImageWidth,

    /// <summary><c>img.height</c></summary>
    ImageHeight,

    /// <summary><c>dataset.predicates</c></summary>
    DataSetPredicates,

    /// <summary><c>dataset.labels</c></summary>
    DataSetLabels,
}

/// <summary>A member of a built-in type: its result type, the data it reads and the runtime code it becomes.</summary>
public sealed class MemberSymbol : Symbol
{
    /// <summary>Creates a member symbol (the table is <c>Binding/StandardLibrary.Members.cs</c>).</summary>
    internal MemberSymbol(TypeKind receiver, string name, MemberKind kind, TypeSymbol type, DataNeeds needs, string runtime, LintSample? sample = null)
        : base(name)
    {
        Sample = sample ?? LintSample.Opaque;
        Receiver = receiver;
        Kind = kind;
        Type = type;
        Needs = needs;
        Runtime = runtime;
    }

    /// <summary>The type that has the member.</summary>
    public TypeKind Receiver { get; }

    /// <summary>Which member it is.</summary>
    public MemberKind Kind { get; }

    /// <summary>The member's type.</summary>
    public TypeSymbol Type { get; }

    /// <summary>The data it reads.</summary>
    public DataNeeds Needs { get; }

    /// <summary>The runtime code it becomes, for documentation.</summary>
    public string Runtime { get; }

    /// <summary>What the template linter takes its value to be.</summary>
    internal LintSample Sample { get; }
}

/// <summary>A built-in value: <c>objects</c>, <c>relations</c>, <c>dataset</c>, <c>depthThreshold</c>.</summary>
public enum BuiltinKind
{
    /// <summary><c>objects</c>: the image's objects.</summary>
    Objects,

    /// <summary><c>relations</c>: the image's relations.</summary>
    Relations,

    /// <summary><c>dataset</c>: the data set.</summary>
    DataSet,

    /// <summary><c>depthThreshold</c>: the depth threshold scaled to the image's depth map.</summary>
    DepthThreshold,
}

/// <summary>A built-in value name.</summary>
public sealed class BuiltinSymbol : Symbol
{
    /// <summary>Creates a built-in symbol.</summary>
    public BuiltinSymbol(string name, BuiltinKind kind, TypeSymbol type, DataNeeds needs, bool singleImageOnly, string runtime)
        : base(name)
    {
        Kind = kind;
        Type = type;
        Needs = needs;
        SingleImageOnly = singleImageOnly;
        Runtime = runtime;
    }

    /// <summary>Which built-in it is.</summary>
    public BuiltinKind Kind { get; }

    /// <summary>Its type.</summary>
    public TypeSymbol Type { get; }

    /// <summary>The data it reads.</summary>
    public DataNeeds Needs { get; }

    /// <summary>True when only single-image generators have it (multi-image ones reach objects through their images).</summary>
    public bool SingleImageOnly { get; }

    /// <summary>The runtime code it becomes.</summary>
    public string Runtime { get; }
}
