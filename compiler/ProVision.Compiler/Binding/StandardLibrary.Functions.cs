using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

// The function table: name, overloads (T is any type, N a numeric type), the data a call reads, where it may be
// called, and the runtime code the emitter produces. Higher-order functions take a lambda that the emitter inlines
// into a loop: no delegate exists at run time.
public static partial class StandardLibrary
{
    /// <summary>Every standard-library function.</summary>
    public static ImmutableArray<FunctionSymbol> Functions { get; } =
    [
        // Lists
        new("count", FunctionKind.Count, [Sig(Exact(TypeSymbol.Int), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "xs.Length", "the number of elements"),
        new("isEmpty", FunctionKind.IsEmpty,
            [Sig(Exact(TypeSymbol.Bool), P("mask", Exact(TypeSymbol.Mask))), Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)))],
            DataNeeds.None, FunctionFlags.None, "mask.Area == 0 / xs.Length == 0", "true for an empty mask or list"),
        new("distinct", FunctionKind.Distinct, [Sig(ListOf(T), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "Lists.AppendDistinct(xs, buffer)", "the elements without repeats, first appearance first"),
        new("combinations", FunctionKind.Combinations, [Sig(ListOf(T), P("xs", ListOf(T)), P("k", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.None,
            "k nested index loops i1 < i2 < ... < ik", "every k-subset as a k-tuple, in index order; k a constant 2..4; only as a for source"),
        new("argmin", FunctionKind.ArgMin, [Sig(T, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the first element with the smallest key; an empty list skips the iteration"),
        new("argmax", FunctionKind.ArgMax, [Sig(T, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the first element with the largest key; an empty list skips the iteration"),
        new("min", FunctionKind.Min, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the smallest value (of the key); an empty list skips the iteration"),
        new("max", FunctionKind.Max, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the largest value (of the key); an empty list skips the iteration"),
        new("sum", FunctionKind.Sum, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("value", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the sum (of the values); 0 for an empty list"),
        new("sortBy", FunctionKind.SortBy, [Sig(ListOf(T), P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined key loop + Lists.SortByKeys", "the elements by ascending key, stable"),
        new("any", FunctionKind.Any, [Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)), P("condition", Fn(T, Exact(TypeSymbol.Bool))))], DataNeeds.None, FunctionFlags.None,
            "inlined loop with break", "true when some element satisfies the condition"),
        new("all", FunctionKind.All, [Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)), P("condition", Fn(T, Exact(TypeSymbol.Bool))))], DataNeeds.None, FunctionFlags.None,
            "inlined loop with break", "true when every element satisfies the condition"),
        new("pick", FunctionKind.Pick, [Sig(ListOf(T), P("xs", ListOf(T)), P("k", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.ItemRandom,
            "Lists.KeepSample(buffer, k, item.Random)", "at most k elements chosen with the item's random stream, in list order; emit block only"),

        // Counting and text
        new("countable", FunctionKind.Countable, [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.IsCountable(label)", "whether 'how many' makes sense for the label (vocabulary, then the rule-based fallback)"),
        new("plural", FunctionKind.Plural,
            [Sig(Exact(TypeSymbol.String), P("noun", Exact(TypeSymbol.String))), Sig(Exact(TypeSymbol.String), P("noun", Exact(TypeSymbol.String)), P("n", Exact(TypeSymbol.Int)))],
            DataNeeds.None, FunctionFlags.None, "Inflection.Plural(noun[, n])", "the plural (kept singular when n is 1)"),
        new("number", FunctionKind.Number, [Sig(Exact(TypeSymbol.Count), P("n", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.None,
            "SlotValue.FromCount(n) when rendered", "n as a Count: rendered as digits or words by the item's number mode"),
        new("countChoices", FunctionKind.CountChoices, [Sig(ListOf(Exact(TypeSymbol.Count)), P("n", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.ItemRandom,
            "Counting.CountChoices(n, item.Random, span)", "four consecutive counts around n (the count candidates); emit block only"),
        new("category", FunctionKind.Category, [Sig(Exact(TypeSymbol.String), P("attribute", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.CategoryOf(attribute)", "the attribute's category (color, size, ...; 'other' when unknown)"),
        new("isUnique", FunctionKind.IsUnique, [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.Labels, FunctionFlags.SingleImage,
            "Nouns.IsUnique(graph, context.Vocabulary, label)", "whether \"the <label>\" names exactly one object: one object of the image has the label's noun, in either number"),
        new("noun", FunctionKind.Noun, [Sig(Exact(TypeSymbol.String), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.NounOf(label)", "the label's noun in the singular (\"bananas\" -> \"banana\", \"people\" -> \"person\"; vocabulary, then rules): group by it"),
        new("isPlural", FunctionKind.IsPlural, [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.IsPluralLabel(label)", "whether the label is its noun's plural (\"bananas\", \"people\": a bunch, not one object; not \"glasses\", \"bus\")"),
        new("isPerson", FunctionKind.IsPerson, [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.IsPerson(label)", "whether the label names a person (the vocabulary's persons): state no colour of one, it may be skin"),
        new("couldHold", FunctionKind.CouldHold,
            [Sig(Exact(TypeSymbol.Bool), P("subject", Exact(TypeSymbol.Box)), P("predicate", Exact(TypeSymbol.String)), P("object", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            "SpatialPredicates.CouldHold(subject, predicate, object)", "whether the boxes bear out a spatial predicate (left/right/above/below/near): never offer it as a wrong option then"),
        new("synonyms", FunctionKind.Synonyms, [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.String)), P("b", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.AreSynonyms(a, b)", "whether the words are equal or in one synonym group of the vocabulary (\"large\", \"big\")"),
        new("distinctMeanings", FunctionKind.DistinctMeanings, [Sig(ListOf(Exact(TypeSymbol.String)), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            "Synonyms.AppendDistinctMeanings(xs, context.Vocabulary, buffer)", "the words without synonyms of earlier ones (first of each synonym group kept): distractors that mean different things"),

        // Geometry
        new("overlaps", FunctionKind.Overlaps, [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            "Geometry.Overlaps(a, b)", "whether the boxes overlap (touching edges do not)"),
        new("overlapsX", FunctionKind.OverlapsX, [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            "Geometry.OverlapsHorizontally(a, b)", "whether the x-extents overlap"),
        new("overlapsY", FunctionKind.OverlapsY, [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            "Geometry.OverlapsVertically(a, b)", "whether the y-extents overlap"),
        new("contains", FunctionKind.Contains, [Sig(Exact(TypeSymbol.Bool), P("outer", Exact(TypeSymbol.Box)), P("inner", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            "Geometry.Contains(outer, inner)", "whether inner lies inside outer (shared edges count)"),
        new("boxRatio", FunctionKind.BoxRatio, [Sig(Exact(TypeSymbol.String), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Boxes, FunctionFlags.None,
            "Geometry.BoxRatio(graph, o)", "the object's box as '(x1, y1, x2, y2)' fractions of the image size, 2 decimals"),
        new("pointRatio", FunctionKind.PointRatio, [Sig(Exact(TypeSymbol.String), P("p", Exact(TypeSymbol.Point)))], DataNeeds.None, FunctionFlags.SingleImage,
            "Geometry.PointRatio(p.X, p.Y, graph.Width, graph.Height)", "the point as '(x, y)' fractions of the image size"),

        // Depth
        new("depth", FunctionKind.Depth, [Sig(Exact(TypeSymbol.Float), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Depth | DataNeeds.Masks, FunctionFlags.None,
            "Depth.TryObjectDepth(graph, o, out d) ? d : NaN", "the most frequent depth over the object's mask (NaN without a mask, so comparisons fail)"),
        new("closer", FunctionKind.Closer, [Sig(Exact(TypeSymbol.Object), P("a", Exact(TypeSymbol.Object)), P("b", Exact(TypeSymbol.Object)))], DataNeeds.Depth | DataNeeds.Masks, FunctionFlags.None,
            "Depth.IsCloser(depth(a), depth(b), convention) ? a : b", "the object closer to the camera under the map's declared convention"),
        new("farther", FunctionKind.Farther, [Sig(Exact(TypeSymbol.Object), P("a", Exact(TypeSymbol.Object)), P("b", Exact(TypeSymbol.Object)))], DataNeeds.Depth | DataNeeds.Masks, FunctionFlags.None,
            "Depth.IsFarther(depth(a), depth(b), convention) ? a : b", "the object farther from the camera"),
        new("abs", FunctionKind.Abs, [Sig(N, P("x", N))], DataNeeds.None, FunctionFlags.None,
            "Math.Abs(x)", "the absolute value"),

        // --- object, attribute and relation families: add entries below this line ---
        new("prepend", FunctionKind.Prepend, [Sig(ListOf(T), P("x", T), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "buffer: x, then xs", "the list x followed by the elements of xs"),
        new("setKey", FunctionKind.SetKey, [Sig(Exact(TypeSymbol.String), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            "ObjectFamily.SetKey(xs)", "a canonical text for the set of strings (sorted, without repeats): a group key"),
        new("joinAnd", FunctionKind.JoinAnd, [Sig(Exact(TypeSymbol.String), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            "Inflection.JoinList(xs)", "the strings as English joins them, in list order: 'a', 'a and b', 'a, b, and c'"),
        new("attributesIn", FunctionKind.AttributesIn, [Sig(ListOf(Exact(TypeSymbol.String)), P("category", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            "context.Vocabulary.AttributesIn(category)", "the vocabulary's attributes of the category, alphabetical"),

        // --- depth and segmentation families: add entries below this line ---
        new("depthPoints", FunctionKind.DepthPoints, [Sig(ListOf(Exact(TypeSymbol.Point)))], DataNeeds.Depth, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            "Points.TryDepthPair(graph, context.QueryRandom, context.DepthThreshold(), out pair)",
            "two random pixels whose depths differ by at least the threshold and whose ratios print differently (up to 10 draws, query stream), or [] when none is found"),
        new("pointDepth", FunctionKind.PointDepth, [Sig(Exact(TypeSymbol.Float), P("p", Exact(TypeSymbol.Point)))], DataNeeds.Depth, FunctionFlags.SingleImage,
            "Depth.PointDepth(graph, (int)p.X, (int)p.Y)", "the depth map's value at the pixel"),
        new("isCloser", FunctionKind.IsCloser, [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Float)), P("b", Exact(TypeSymbol.Float)))], DataNeeds.Depth, FunctionFlags.SingleImage,
            "Depth.IsCloser(a, b, graph.Depth.Convention)", "whether depth value a is closer to the camera than b under the map's declared convention"),
        new("chance", FunctionKind.Chance, [Sig(Exact(TypeSymbol.Bool), P("p", Exact(TypeSymbol.Float)))], DataNeeds.None, FunctionFlags.QueryRandom,
            "context.QueryRandom.Bernoulli(p)", "true with probability p, drawn from the query stream (deterministic per image)"),
        new("segmentationPoints", FunctionKind.SegmentationPoints, [Sig(ListOf(Exact(TypeSymbol.Point)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Masks, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            "Points.TrySegmentationTriple(graph, labelMap, o, context.QueryRandom, out triple)",
            "[anchor, same, different]: two points on the object's region of the painted label map and one off it at the same distance (query stream), or [] when none is found"),


        // --- scene-graph family: add entries below this line ---
        new("component", FunctionKind.Component, [Sig(ListOf(Exact(TypeSymbol.Object)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Component(graph, o, buffer)", "the objects of o's connected component (relations as undirected edges), o alone when isolated"),
        new("refExprs", FunctionKind.RefExprs, [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.For(graph, o, buffer)", "the distinct 3-element referring expressions around o"),
        new("refExprsAvoiding", FunctionKind.RefExprsAvoiding, [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)), P("category", Exact(TypeSymbol.String)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Avoiding(graph, o, context.Vocabulary, category, buffer)", "the expressions around o that use none of its own attributes of the category"),
        new("refExprsExcept", FunctionKind.RefExprsExcept, [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)), P("other", Exact(TypeSymbol.Object)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Except(graph, o, other, buffer)", "the expressions around o whose neighbour is not other"),
        new("matching", FunctionKind.Matching, [Sig(ListOf(Exact(TypeSymbol.Object)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Matching(graph, e, buffer)", "every object of the image the expression describes, its own node first"),
        new("joins", FunctionKind.Joins, [Sig(ListOf(Exact(TypeSymbol.Relation)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Join(graph, e, buffer)", "the relation joining the expression's node to its neighbour (empty without one)"),
        new("exprNode", FunctionKind.ExprNode, [Sig(Exact(TypeSymbol.Object), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            "e.Node", "the object the expression was built around"),
        new("exprAttributes", FunctionKind.ExprAttributes, [Sig(ListOf(Exact(TypeSymbol.String)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            "e.Attributes.AsSpan()", "the expression's own attributes"),
        new("exprNeighborAttributes", FunctionKind.ExprNeighborAttributes, [Sig(ListOf(Exact(TypeSymbol.String)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            "e.NeighborAttributes.AsSpan()", "the neighbour's attributes the expression uses (empty without a neighbour)"),
        new("neighborUnique", FunctionKind.NeighborUnique, [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.SingleImage,
            "ExpressionReading.NeighborIsUnique(graph, context.Vocabulary, e)", "whether the object the expression names ('the wooden bat') is the only one with its noun and those attributes (true without one)"),
        new("colorsPerson", FunctionKind.ColorsPerson, [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.SingleImage,
            "ExpressionReading.StatesPersonColor(graph, context.Vocabulary, e)", "whether the expression states a colour of a person (its node or neighbour): it may be read as skin"),
        new("phrase", FunctionKind.Phrase, [Sig(Exact(TypeSymbol.String), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            "e.Phrase", "'white object that is holding the wooden bat'"),
        new("appositive", FunctionKind.Appositive, [Sig(Exact(TypeSymbol.String), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            "e.AppositivePhrase", "'white object, which is holding the wooden bat,'"),
        new("captionRelations", FunctionKind.CaptionRelations, [Sig(ListOf(Exact(TypeSymbol.Relation)))], DataNeeds.Relations, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            "SceneGraphQueries.CaptionRelations(graph, context.QueryRandom, buffer)", "one relation per related pair of distinct objects, a random one (query stream) where there are several"),
        new("caption", FunctionKind.Caption, [Sig(Exact(TypeSymbol.String), P("relations", ListOf(Exact(TypeSymbol.Relation))))], DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            "SceneGraphQueries.Caption(graph, relations)", "the dense scene caption describing exactly these relations"),

        // --- multi-image family: add entries below this line ---
        new("joinList", FunctionKind.JoinList, [Sig(Exact(TypeSymbol.String), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            "Inflection.JoinList(xs)", "the strings joined as English does, in list order: 'a', 'a and b', 'a, b, and c'"),

    ];
}
