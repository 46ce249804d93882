namespace ProVision.Compiler.Symbols;

/// <summary>The kinds of static types of the .pvg language.</summary>
public enum TypeKind
{
    /// <summary>The type of an expression that already has an error; it converts to and from everything, so one mistake gives one message.</summary>
    Error,

    /// <summary>The element type of the empty list <c>[]</c>; it converts to every type.</summary>
    Never,

    /// <summary><c>bool</c></summary>
    Bool,

    /// <summary><c>int</c>: 64-bit integers.</summary>
    Int,

    /// <summary><c>float</c>: 64-bit floating point.</summary>
    Float,

    /// <summary><c>string</c></summary>
    String,

    /// <summary><c>Count</c>: an integer that renders as digits or words by the item's number mode (<c>number(n)</c>).</summary>
    Count,

    /// <summary><c>Object</c>: an object of the scene graph (of one image of the draw, in multi-image generators).</summary>
    Object,

    /// <summary><c>Relation</c>: a relation of the scene graph.</summary>
    Relation,

    /// <summary><c>Box</c>: a bounding box in pixels.</summary>
    Box,

    /// <summary><c>Point</c>: a pixel position.</summary>
    Point,

    /// <summary><c>Mask</c>: an object's segmentation mask.</summary>
    Mask,

    /// <summary><c>Image</c>: one image of a multi-image draw.</summary>
    Image,

    /// <summary><c>DataSet</c>: the type of <c>dataset</c>.</summary>
    DataSet,

    /// <summary><c>List&lt;T&gt;</c></summary>
    List,

    /// <summary><c>Tuple&lt;T1, ..., Tn&gt;</c></summary>
    Tuple,

    // --- object, attribute and relation families: add entries below this line ---

    // --- depth and segmentation families: add entries below this line ---

    // --- scene-graph family: add entries below this line ---

    /// <summary><c>RefExpr</c>: a referring expression of the scene-graph family (own attributes, at most one neighbour).</summary>
    RefExpr,

    // --- multi-image family: add entries below this line ---

}
