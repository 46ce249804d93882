using System.Collections.Immutable;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Symbols;

/// <summary>Which standard-library function a call binds to; the emitter switches on it.</summary>
public enum FunctionKind
{
    /// <summary><c>count(xs)</c></summary>
    Count,

    /// <summary><c>countable(label)</c></summary>
    Countable,

    /// <summary><c>plural(text)</c>, <c>plural(text, n)</c></summary>
    Plural,

    /// <summary><c>number(n)</c></summary>
    Number,

    /// <summary><c>isUnique(label)</c></summary>
    IsUnique,

    /// <summary><c>noun(label)</c></summary>
    Noun,

    /// <summary><c>isPlural(label)</c></summary>
    IsPlural,

    /// <summary><c>isPerson(label)</c></summary>
    IsPerson,

    /// <summary><c>couldHold(a, predicate, b)</c></summary>
    CouldHold,

    /// <summary><c>neighborUnique(e)</c></summary>
    NeighborUnique,

    /// <summary><c>colorsPerson(e)</c></summary>
    ColorsPerson,

    /// <summary><c>synonyms(a, b)</c></summary>
    Synonyms,

    /// <summary><c>distinctMeanings(xs)</c></summary>
    DistinctMeanings,

    /// <summary><c>combinations(xs, k)</c></summary>
    Combinations,

    /// <summary><c>argmin(xs, x =&gt; key)</c></summary>
    ArgMin,

    /// <summary><c>argmax(xs, x =&gt; key)</c></summary>
    ArgMax,

    /// <summary><c>min(xs)</c>, <c>min(xs, x =&gt; key)</c></summary>
    Min,

    /// <summary><c>max(xs)</c>, <c>max(xs, x =&gt; key)</c></summary>
    Max,

    /// <summary><c>sum(xs)</c>, <c>sum(xs, x =&gt; value)</c></summary>
    Sum,

    /// <summary><c>distinct(xs)</c></summary>
    Distinct,

    /// <summary><c>sortBy(xs, x =&gt; key)</c></summary>
    SortBy,

    /// <summary><c>any(xs, x =&gt; condition)</c></summary>
    Any,

    /// <summary><c>all(xs, x =&gt; condition)</c></summary>
    All,

    /// <summary><c>overlaps(a, b)</c></summary>
    Overlaps,

    /// <summary><c>overlapsX(a, b)</c></summary>
    OverlapsX,

    /// <summary><c>overlapsY(a, b)</c></summary>
    OverlapsY,

    /// <summary><c>contains(outer, inner)</c></summary>
    Contains,

    /// <summary><c>boxRatio(o)</c></summary>
    BoxRatio,

    /// <summary><c>pointRatio(p)</c></summary>
    PointRatio,

    /// <summary><c>depth(o)</c></summary>
    Depth,

    /// <summary><c>closer(a, b)</c></summary>
    Closer,

    /// <summary><c>farther(a, b)</c></summary>
    Farther,

    /// <summary><c>abs(x)</c></summary>
    Abs,

    /// <summary><c>countChoices(n)</c></summary>
    CountChoices,

    /// <summary><c>pick(xs, k)</c></summary>
    Pick,

    /// <summary><c>category(attribute)</c></summary>
    Category,

    /// <summary><c>isEmpty(mask)</c>, <c>isEmpty(xs)</c></summary>
    IsEmpty,

    // --- object, attribute and relation families: add entries below this line ---

    /// <summary><c>prepend(x, xs)</c></summary>
    Prepend,

    /// <summary><c>setKey(xs)</c></summary>
    SetKey,

    /// <summary><c>joinAnd(xs)</c></summary>
    JoinAnd,

    /// <summary><c>attributesIn(category)</c></summary>
    AttributesIn,


    // --- depth and segmentation families: add entries below this line ---

    /// <summary><c>depthPoints()</c></summary>
    DepthPoints,

    /// <summary><c>pointDepth(p)</c></summary>
    PointDepth,

    /// <summary><c>isCloser(a, b)</c></summary>
    IsCloser,

    /// <summary><c>chance(p)</c></summary>
    Chance,

    /// <summary><c>segmentationPoints(o)</c></summary>
    SegmentationPoints,

    // --- scene-graph family: add entries below this line ---

    /// <summary><c>component(o)</c></summary>
    Component,

    /// <summary><c>refExprs(o)</c></summary>
    RefExprs,

    /// <summary><c>refExprsAvoiding(o, category)</c></summary>
    RefExprsAvoiding,

    /// <summary><c>refExprsExcept(o, other)</c></summary>
    RefExprsExcept,

    /// <summary><c>matching(e)</c></summary>
    Matching,

    /// <summary><c>joins(e)</c></summary>
    Joins,

    /// <summary><c>exprNode(e)</c></summary>
    ExprNode,

    /// <summary><c>exprAttributes(e)</c></summary>
    ExprAttributes,

    /// <summary><c>exprNeighborAttributes(e)</c></summary>
    ExprNeighborAttributes,

    /// <summary><c>phrase(e)</c></summary>
    Phrase,

    /// <summary><c>appositive(e)</c></summary>
    Appositive,

    /// <summary><c>captionRelations()</c></summary>
    CaptionRelations,

    /// <summary><c>caption(relations)</c></summary>
    Caption,

    // --- multi-image family: add entries below this line ---

    /// <summary><c>joinList(xs)</c></summary>
    JoinList,

}

/// <summary>Restrictions on where a function may be called.</summary>
[Flags]
public enum FunctionFlags
{
    /// <summary>Anywhere.</summary>
    None = 0,

    /// <summary>Draws from the item's random stream, so only inside <c>emit { }</c>.</summary>
    ItemRandom = 1,

    /// <summary>Reads the current image (its graph, its size), so only in single-image generators.</summary>
    SingleImage = 2,

    /// <summary>
    /// Draws from the context's query stream (read in query order), so it must run for every candidate: a let using
    /// it is never deferred past the admit point (<see cref="BoundTree.AdmitPoint"/>).
    /// </summary>
    QueryRandom = 4,
}

/// <summary>One overload: parameter patterns and a return pattern.</summary>
public sealed record FunctionSignature(ImmutableArray<ParameterSignature> Parameters, TypePattern Return)
{
    /// <summary>The signature as shown in messages: <c>(xs: List&lt;T&gt;, key: T =&gt; N) -&gt; T</c>.</summary>
    public string Display => "(" + string.Join(", ", Parameters.Select(p => p.Name + ": " + p.Type.Display)) + ") -> " + Return.Display;
}

/// <summary>A parameter: a name for messages and a type pattern.</summary>
public sealed record ParameterSignature(string Name, TypePattern Type);

/// <summary>A standard-library function: its overloads, the data it reads, and the runtime code the emitter produces for it.</summary>
public sealed class FunctionSymbol : Symbol
{
    /// <summary>Creates a function symbol (the table is <c>Binding/StandardLibrary.Functions.cs</c>).</summary>
    public FunctionSymbol(string name, FunctionKind kind, ImmutableArray<FunctionSignature> overloads, DataNeeds needs, FunctionFlags flags, string runtime, string summary)
        : base(name)
    {
        Kind = kind;
        Overloads = overloads;
        Needs = needs;
        Flags = flags;
        Runtime = runtime;
        Summary = summary;
    }

    /// <summary>Which function it is.</summary>
    public FunctionKind Kind { get; }

    /// <summary>The overloads, by number of parameters.</summary>
    public ImmutableArray<FunctionSignature> Overloads { get; }

    /// <summary>The data a call reads; a generator calling it must declare these needs.</summary>
    public DataNeeds Needs { get; }

    /// <summary>Where it may be called.</summary>
    public FunctionFlags Flags { get; }

    /// <summary>The runtime method (or inlined code) the emitter produces, for documentation and dumps.</summary>
    public string Runtime { get; }

    /// <summary>One line on what it does.</summary>
    public string Summary { get; }
}
