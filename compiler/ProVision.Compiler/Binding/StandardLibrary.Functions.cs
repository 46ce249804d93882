using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Linting;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Stdlib.SceneGraphFamily;
using ProVision.Runtime.Text;
using static ProVision.Compiler.Symbols.FunctionSymbol;

namespace ProVision.Compiler.Binding;

// The function table, one entry per function: name, overloads (T is any type, N a numeric type), the data a call
// reads, where it may be called, what it runs, its documentation (docs/language.md's table is generated from it) and
// how the template linter reads its value. `Call` entries name a runtime member that both back ends call
// generically; `Special` entries are the few forms each back end writes out (higher-order functions become inlined
// loops: no delegate exists at run time). Adding a function: docs/contributing.md.
public static partial class StandardLibrary
{
    /// <summary>Every standard-library function.</summary>
    public static ImmutableArray<FunctionSymbol> Functions { get; } =
    [
        // Lists
        Special("count", SpecialForm.Count, [Sig(Exact(TypeSymbol.Int), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "xs.Length", "the number of elements"),
        Special("isEmpty", SpecialForm.IsEmpty,
            [Sig(Exact(TypeSymbol.Bool), P("mask", Exact(TypeSymbol.Mask))), Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)))],
            DataNeeds.None, FunctionFlags.None, "mask.Area == 0 / xs.Length == 0", "true for an empty mask or list"),
        Special("distinct", SpecialForm.Distinct, [Sig(ListOf(T), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "Lists.AppendDistinct(xs, buffer)", "the elements without repeats, first appearance first"),
        Special("combinations", SpecialForm.Combinations, [Sig(ListOf(T), P("xs", ListOf(T)), P("k", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.None,
            "k nested index loops i1 < i2 < ... < ik", "every k-subset as a k-tuple, in index order; k a constant 2..4; only as a for source"),
        Special("argmin", SpecialForm.ArgMin, [Sig(T, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the first element with the smallest key; an empty list skips the iteration", LintSample.ChoiceOfFirstArgument),
        Special("argmax", SpecialForm.ArgMax, [Sig(T, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the first element with the largest key; an empty list skips the iteration", LintSample.ChoiceOfFirstArgument),
        Special("min", SpecialForm.Min, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the smallest value (of the key); an empty list skips the iteration"),
        Special("max", SpecialForm.Max, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the largest value (of the key); an empty list skips the iteration"),
        Special("sum", SpecialForm.Sum, [Sig(N, P("xs", ListOf(N))), Sig(N, P("xs", ListOf(T)), P("value", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined loop", "the sum (of the values); 0 for an empty list"),
        Special("sortBy", SpecialForm.SortBy, [Sig(ListOf(T), P("xs", ListOf(T)), P("key", Fn(T, N)))], DataNeeds.None, FunctionFlags.None,
            "inlined key loop + Lists.SortByKeys", "the elements by ascending key, stable"),
        Special("any", SpecialForm.Any, [Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)), P("condition", Fn(T, Exact(TypeSymbol.Bool))))], DataNeeds.None, FunctionFlags.None,
            "inlined loop with break", "true when some element satisfies the condition"),
        Special("all", SpecialForm.All, [Sig(Exact(TypeSymbol.Bool), P("xs", ListOf(T)), P("condition", Fn(T, Exact(TypeSymbol.Bool))))], DataNeeds.None, FunctionFlags.None,
            "inlined loop with break", "true when every element satisfies the condition"),
        Special("pick", SpecialForm.Pick, [Sig(ListOf(T), P("xs", ListOf(T)), P("k", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.ItemRandom,
            "Lists.KeepSample(buffer, k, item.Random)", "at most k elements chosen with the item's random stream, in list order"),

        // Counting and text
        Call("countable", [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.IsCountable)), "whether 'how many' makes sense for the label (vocabulary, then the rule-based fallback)"),
        Call("plural",
            [Sig(Exact(TypeSymbol.String), P("noun", Exact(TypeSymbol.String))), Sig(Exact(TypeSymbol.String), P("noun", Exact(TypeSymbol.String)), P("n", Exact(TypeSymbol.Int)))],
            DataNeeds.None, FunctionFlags.None, Method(typeof(Inflection), nameof(Inflection.Plural)), "the plural (kept singular when n is 1)", LintSample.Of(SampleKind.PluralNoun)),
        Call("be", [Sig(Exact(TypeSymbol.String), P("noun", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Inflection), nameof(Inflection.Be)), "\"is\" or \"are\" agreeing with a noun as the template helper `{be(x)}` does with text (\"the shoes are\", \"the glasses are\", \"the bus is\"): for a sentence built in a query"),
        Special("number", SpecialForm.Number, [Sig(Exact(TypeSymbol.Count), P("n", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.None,
            "SlotValue.FromCount(n) when rendered", "n as a Count: rendered as digits or words by the item's number mode", LintSample.Of(SampleKind.Number)),
        Call("countChoices", [Sig(ListOf(Exact(TypeSymbol.Count)), P("n", Exact(TypeSymbol.Int)))], DataNeeds.None, FunctionFlags.ItemRandom,
            Method(typeof(Counting), nameof(Counting.CountChoices)), "four consecutive counts around n (the count candidates)"),
        Call("category", [Sig(Exact(TypeSymbol.String), P("attribute", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.CategoryOf)), "the attribute's category (color, size, ...; 'other' when unknown)", LintSample.Of(SampleKind.Category)),
        Call("isUnique", [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.Labels, FunctionFlags.SingleImage,
            Method(typeof(Nouns), nameof(Nouns.IsUnique)), "whether \"the <label>\" names exactly one object: one object of the image has the label's noun, in either number (\"the banana\" is not unique beside \"bananas\")"),
        Call("noun", [Sig(Exact(TypeSymbol.String), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.NounOf)), "the noun the label names, singular: \"bananas\" -> \"banana\", \"people\" -> \"person\", \"glasses\" -> \"glasses\" (vocabulary nouns, then rules); group by it so a question's noun covers both numbers"),
        Special("countNoun", SpecialForm.CountNoun, [Sig(Exact(TypeSymbol.Int), P("img", Exact(TypeSymbol.Image)), P("noun", Exact(TypeSymbol.String)))], DataNeeds.Labels, FunctionFlags.None,
            "Nouns.CountOfNoun(graphs[img], context.Vocabulary, noun)", "how many of the image's objects have the noun: `count([o for o in img.objects where noun(o.label) == noun])`, answered from the image's noun counts (made once per drawn image from the data-set index's label facts) instead of a pass over its objects"),
        Special("objectsOfNoun", SpecialForm.ObjectsOfNoun, [Sig(ListOf(Exact(TypeSymbol.Object)), P("img", Exact(TypeSymbol.Image)), P("noun", Exact(TypeSymbol.String)))], DataNeeds.Labels, FunctionFlags.None,
            "Nouns.ObjectsOfNoun(graphs[img], img, context.Vocabulary, noun)", "the image's objects whose label's noun is `noun`, in object order: `[o for o in img.objects where noun(o.label) == noun]`, with each object's noun found once per drawn image (from the data-set index's label facts) instead of a vocabulary lookup per object per candidate"),
        Special("countAttributed", SpecialForm.CountAttributed, [Sig(Exact(TypeSymbol.Int), P("img", Exact(TypeSymbol.Image)), P("noun", Exact(TypeSymbol.String)), P("attribute", Exact(TypeSymbol.String)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.None,
            "AttributedNouns.CountOf(graphs[img], context.Vocabulary, noun, attribute)", "how many of the image's objects of the noun carry the attribute or a synonym of it: `count([o for o in objectsOfNoun(img, noun) where any(o.attributes, b => synonyms(attribute, b))])`, answered from the image's (noun, meaning) counts (made once per drawn image) instead of a pass over the noun's objects and their attributes"),
        Special("nounAttributes", SpecialForm.NounAttributes, [Sig(Exact(TypeSymbol.ListOf(TypeSymbol.TupleOf([TypeSymbol.String, TypeSymbol.String]))), P("img", Exact(TypeSymbol.Image)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.None,
            "AttributedNouns.PairsOf(graphs[img], context.Vocabulary)", "the distinct (noun, attribute) pairs of the image's objects, in object then attribute order: `distinct([(noun(o.label), x) for o in img.objects for x in o.attributes])`, made once per drawn image instead of a pass over its objects and their attributes on every draw",
            LintSample.ElementsOf(SampleKind.TupleOf([SampleKind.Noun, SampleKind.Attribute]))),
        Special("predicatesBetween", SpecialForm.PredicatesBetween, [Sig(ListOf(Exact(TypeSymbol.String)), P("img", Exact(TypeSymbol.Image)), P("subject", Exact(TypeSymbol.String)), P("object", Exact(TypeSymbol.String)))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.None,
            "LabelRelations.PredicatesBetween(graphs[img], subject, object)", "the predicates of the image's relations from an object labelled `subject` to one labelled `object`, in relation order with repeats: `[r.predicate for r in img.relations where r.subject.label == subject and r.object.label == object]`, answered from the image's relation facts (written once per image by the data-set index) instead of a pass over its relations"),
        Special("relationsBetween", SpecialForm.RelationsBetween, [Sig(ListOf(Exact(TypeSymbol.Relation)), P("img", Exact(TypeSymbol.Image)), P("subject", Exact(TypeSymbol.String)), P("object", Exact(TypeSymbol.String)))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.None,
            "LabelRelations.RelationsBetween(graphs[img], img, subject, object)", "the image's relations other than \"of\" from an object labelled `subject` to one labelled `object`, in relation order: `[r for r in img.relations where r.predicate != \"of\" and r.subject.label == subject and r.object.label == object]`, answered from the image's relation facts (written once per image by the data-set index) instead of a pass over its relations and objects"),
        Special("relatedPairs", SpecialForm.RelatedPairs, [Sig(Exact(TypeSymbol.ListOf(TypeSymbol.TupleOf([TypeSymbol.String, TypeSymbol.String]))), P("imgs", ListOf(Exact(TypeSymbol.Image))))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.None,
            "LabelRelations.RelatedPairs(graphs, imgs)", "the (subject label, object label) pairs that every image relates by a predicate other than \"of\", each once, in order of the first image's first such relation (`relatedPairs([img])`: all of one image's pairs, `distinct([(r.subject.label, r.object.label) for r in img.relations where r.predicate != \"of\"])`), answered from the images' relation facts by label ids instead of a pass over their relations and objects"),
        Special("relatedTriples", SpecialForm.RelatedTriples, [Sig(Exact(TypeSymbol.ListOf(TypeSymbol.TupleOf([TypeSymbol.String, TypeSymbol.String, TypeSymbol.String]))), P("imgs", ListOf(Exact(TypeSymbol.Image))))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.None,
            "LabelRelations.RelatedTriples(graphs, imgs)", "the distinct (subject label, predicate, object label) triples of the images' relations other than \"of\" whose label pair every image relates (`relatedPairs(imgs)`), in image then relation order: `[t for t in distinct([(r.subject.label, r.predicate, r.object.label) for img in imgs for r in img.relations where r.predicate != \"of\"]) where all(imgs, img => (t[0], t[2]) in relatedPairs([img]))]`, answered from the images' relation facts by label and predicate ids"),
        Special("relatesNouns", SpecialForm.RelatesNouns, [Sig(Exact(TypeSymbol.Bool), P("img", Exact(TypeSymbol.Image)), P("subjectNoun", Exact(TypeSymbol.String)), P("predicate", Exact(TypeSymbol.String)), P("objectNoun", Exact(TypeSymbol.String)))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.None,
            "LabelRelations.RelatesNouns(graphs[img], context.Vocabulary, subjectNoun, predicate, objectNoun)", "whether a relation of the image (\"of\" too) joins an object whose label's noun is `subjectNoun` to one whose label's noun is `objectNoun` by `predicate` or a synonym: `any(img.relations, r => noun(r.subject.label) == subjectNoun and noun(r.object.label) == objectNoun and synonyms(r.predicate, predicate))`, answered from the image's relation facts by noun ids instead of a pass over its relations and objects"),
        Call("isPlural", [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.IsPluralLabel)), "whether the label is its noun's plural (\"bananas\", \"people\": a bunch, not one object); a group holding one has no count"),
        Call("isPerson", [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.IsPerson)), "whether the label names a person (vocabulary persons; a label of several words by its last word: \"tennis player\"): state no colour of one, it may be skin"),
        Special("personsNamed", SpecialForm.PersonsNamed,
            [SingleImageSig(Exact(TypeSymbol.Bool), P("nouns", ListOf(Exact(TypeSymbol.String)))),
                Sig(Exact(TypeSymbol.Bool), P("img", Exact(TypeSymbol.Image)), P("nouns", ListOf(Exact(TypeSymbol.String))))],
            DataNeeds.Labels, FunctionFlags.None, "Persons.AreNamed(graph or graphs[img], context.Vocabulary, nouns)",
            "the persons rule (docs/evidence.md#persons): whether the nouns an item names leave no person of the image (the current one, or `img`) unnamed, as a person noun may name what another person label shows: true when none of them is a person noun or every person of the image goes by one of them, `not any(nouns, isPerson) or all(img.personNouns, m => m in nouns)`"),
        Call("isThing", [Sig(Exact(TypeSymbol.Bool), P("label", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.IsThing)), "whether the label names a thing, not a noun of the vocabulary nonObjects (\"color\", \"spots\", \"meal\"): name an object by its label only when it is one"),
        Call("synonyms", [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.String)), P("b", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.AreSynonyms)), "whether the words are equal or in one vocabulary synonym group (\"large\", \"big\")"),
        Call("distinctMeanings", [Sig(ListOf(Exact(TypeSymbol.String)), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Synonyms), nameof(Synonyms.AppendDistinctMeanings)), "the words without synonyms of earlier ones (the first of each synonym group): options that mean different things", LintSample.ElementsOf(SampleKind.Attribute)),
        Call("meaning", [Sig(Exact(TypeSymbol.String), P("word", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.MeaningOf)), "the word standing for the word's meaning: the first of its vocabulary synonym group (\"big\" -> \"large\"), else the word itself; group or count by it so that synonyms fall together", LintSample.Of(SampleKind.Attribute)),
        Call("setChoices", [Sig(ListOf(Exact(TypeSymbol.String)), P("answer", ListOf(Exact(TypeSymbol.String))), P("pool", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.ItemRandom,
            Method(typeof(SetChoices), nameof(SetChoices.AppendSetChoices)), "wrong options for an answer that is a set of words: disjoint sets of pool words as large as the answer, random order (item stream), each joined (\"behind and under\"); a one-word answer gets the pool's words. Give a pool of wrong words only"),
        Call("couldHold", [Sig(Exact(TypeSymbol.Bool), P("subject", Exact(TypeSymbol.Box)), P("predicate", Exact(TypeSymbol.String)), P("object", Exact(TypeSymbol.Box))),
                Sig(Exact(TypeSymbol.Bool), P("subject", Exact(TypeSymbol.Object)), P("predicate", Exact(TypeSymbol.String)), P("object", Exact(TypeSymbol.Object)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(SpatialPredicates), nameof(SpatialPredicates.CouldHold)), "whether the boxes bear out a spatial predicate (left/right/above/below/near); given the objects, also by every documented box definition against their image, margins included (near, next to, on, under, inside, contains, overlapping): annotations miss many, so never offer one as a wrong option then"),

        // Geometry
        Call("overlaps", [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(Geometry), nameof(Geometry.Overlaps)), "whether the boxes overlap (touching edges do not)"),
        Call("overlapsX", [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(Geometry), nameof(Geometry.OverlapsHorizontally)), "whether the x-extents overlap"),
        Call("overlapsY", [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Box)), P("b", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(Geometry), nameof(Geometry.OverlapsVertically)), "whether the y-extents overlap"),
        Call("contains", [Sig(Exact(TypeSymbol.Bool), P("outer", Exact(TypeSymbol.Box)), P("inner", Exact(TypeSymbol.Box)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(Geometry), nameof(Geometry.Contains)), "whether inner lies inside outer (shared edges count)"),
        Call("boxRatio", [Sig(Exact(TypeSymbol.String), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Boxes, FunctionFlags.None,
            Method(typeof(Geometry), nameof(Geometry.BoxRatio)), "the object's box as '(x1, y1, x2, y2)' fractions of the image size, 2 decimals", LintSample.Of(SampleKind.Coordinates)),
        Call("pointRatio", [Sig(Exact(TypeSymbol.String), P("p", Exact(TypeSymbol.Point)))], DataNeeds.None, FunctionFlags.SingleImage,
            Method(typeof(Geometry), nameof(Geometry.PointRatio)), "the point as '(x, y)' fractions of the image size", LintSample.Of(SampleKind.Coordinates)),

        // Depth
        Special("closer", SpecialForm.Closer, [Sig(Exact(TypeSymbol.Object), P("a", Exact(TypeSymbol.Object)), P("b", Exact(TypeSymbol.Object)))], DataNeeds.Depth | DataNeeds.Masks, FunctionFlags.None,
            "Depth.IsCloser(depth(a), depth(b), convention) ? a : b", "the object closer to the camera under the map's declared convention", LintSample.ChoiceOfFirstArgument),
        Special("farther", SpecialForm.Farther, [Sig(Exact(TypeSymbol.Object), P("a", Exact(TypeSymbol.Object)), P("b", Exact(TypeSymbol.Object)))], DataNeeds.Depth | DataNeeds.Masks, FunctionFlags.None,
            "Depth.IsFarther(depth(a), depth(b), convention) ? a : b", "the object farther from the camera", LintSample.ChoiceOfFirstArgument),
        Call("abs", [Sig(N, P("x", N))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Math), nameof(Math.Abs)), "the absolute value"),

        // Objects, attributes and relations
        Special("prepend", SpecialForm.Prepend, [Sig(ListOf(T), P("x", T), P("xs", ListOf(T)))], DataNeeds.None, FunctionFlags.None,
            "buffer: x, then xs", "the list x followed by the elements of xs", LintSample.ElementsOfArgument(1)),
        Call("setKey", [Sig(Exact(TypeSymbol.String), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(ObjectFamily), nameof(ObjectFamily.SetKey)), "a canonical text for the set of strings (sorted, without repeats): a group key"),
        Call("attributesIn", [Sig(ListOf(Exact(TypeSymbol.String)), P("category", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Vocabulary), nameof(Vocabulary.AttributesIn)), "the vocabulary's attributes of the category, alphabetical", LintSample.ElementsOf(SampleKind.Attribute)),

        // Depth and segmentation
        Special("depthPoints", SpecialForm.DepthPoints, [Sig(ListOf(Exact(TypeSymbol.Point)))], DataNeeds.Depth, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            "Points.TryDepthPair(graph, context.QueryRandom, context.DepthThreshold(), out pair)", "two random pixels whose depths differ by at least the threshold and whose ratios print differently (up to 10 draws, query stream), or [] when none is found"),
        Call("pointDepth", [Sig(Exact(TypeSymbol.Float), P("p", Exact(TypeSymbol.Point)))], DataNeeds.Depth, FunctionFlags.SingleImage,
            Method(typeof(Depth), nameof(Depth.PointDepth)), "the depth map's value at the pixel"),
        Call("isCloser", [Sig(Exact(TypeSymbol.Bool), P("a", Exact(TypeSymbol.Float)), P("b", Exact(TypeSymbol.Float)))], DataNeeds.Depth, FunctionFlags.SingleImage,
            Method(typeof(Depth), nameof(Depth.IsCloser)), "whether depth value a is closer to the camera than b under the map's declared convention"),
        Call("chance", [Sig(Exact(TypeSymbol.Bool), P("p", Exact(TypeSymbol.Float)))], DataNeeds.None, FunctionFlags.QueryRandom,
            Method(typeof(DeterministicRandom), nameof(DeterministicRandom.Bernoulli)), "true with probability p, drawn from the query stream (deterministic per image)"),
        Special("segmentationPoints", SpecialForm.SegmentationPoints, [Sig(ListOf(Exact(TypeSymbol.Point)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Masks, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            "Points.TrySegmentationTriple(graph, labelMap, o, context.QueryRandom, out triple)", "[anchor, same, different]: two points on the object's region of the painted label map and one off it at the same distance (query stream), or [] when none is found"),

        // Scene graphs
        Call("component", [Sig(ListOf(Exact(TypeSymbol.Object)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Component)), "the objects of o's connected component (relations as undirected edges), o alone when isolated"),
        Call("refExprs", [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.For)), "the distinct 3-element referring expressions around o"),
        Call("refExprsAvoiding", [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)), P("category", Exact(TypeSymbol.String)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Avoiding)), "the expressions around o that use none of its own attributes of the category"),
        Call("refExprsExcept", [Sig(ListOf(Exact(TypeSymbol.RefExpr)), P("o", Exact(TypeSymbol.Object)), P("other", Exact(TypeSymbol.Object)))], DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Except)), "the expressions around o whose neighbour is not other"),
        Call("matching", [Sig(ListOf(Exact(TypeSymbol.Object)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Matching)), "every object of the image the expression describes, its own node first"),
        Call("joins", [Sig(ListOf(Exact(TypeSymbol.Relation)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Join)), "the relation joining the expression's node to its neighbour (empty without one)"),
        Call("exprNode", [Sig(Exact(TypeSymbol.Object), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            Property(typeof(ReferringExpression), nameof(ReferringExpression.Node)), "the object the expression was built around"),
        Call("neighborUnique", [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.SingleImage,
            Method(typeof(ExpressionReading), nameof(ExpressionReading.NeighborIsUnique)), "whether the object the expression names ('the wooden bat') is the only one of its noun with those attributes (true without one)"),
        Call("colorsPerson", [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels | DataNeeds.Attributes, FunctionFlags.SingleImage,
            Method(typeof(ExpressionReading), nameof(ExpressionReading.StatesPersonColor)), "whether the expression states a colour of a person (its node or neighbour), which may be read as skin"),
        Call("personsNamedBy", [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels, FunctionFlags.SingleImage,
            Method(typeof(ExpressionReading), nameof(ExpressionReading.PersonsNamedBy)), "`personsNamed` for the noun the expression names, its neighbour's ('the man' of 'the object that the man is holding'; the node is called 'object'): true when it is no person noun or every person of the image goes by it"),
        Call("namesThings", [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Labels, FunctionFlags.SingleImage,
            Method(typeof(ExpressionReading), nameof(ExpressionReading.NamesThings)), "whether what the expression calls an object (its node, its neighbour) is a thing, not a vocabulary non-object (isThing)"),
        Call("repeatsMeaning", [Sig(Exact(TypeSymbol.Bool), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.Attributes, FunctionFlags.None,
            Method(typeof(ExpressionReading), nameof(ExpressionReading.RepeatsMeaning)), "whether the expression names one meaning twice (synonym attributes: \"the wooden and wood table\"); ask another expression instead"),
        Call("exprAttributes", [Sig(ListOf(Exact(TypeSymbol.String)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            Property(typeof(ReferringExpression), nameof(ReferringExpression.Attributes)), "the expression's own attributes", LintSample.ElementsOf(SampleKind.Attribute)),
        Call("exprNeighborAttributes", [Sig(ListOf(Exact(TypeSymbol.String)), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            Property(typeof(ReferringExpression), nameof(ReferringExpression.NeighborAttributes)), "the neighbour's attributes the expression uses (empty without a neighbour)", LintSample.ElementsOf(SampleKind.Attribute)),
        Call("phrase", [Sig(Exact(TypeSymbol.String), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            Property(typeof(ReferringExpression), nameof(ReferringExpression.Phrase)), "'white object that is holding the wooden bat'"),
        Call("appositive", [Sig(Exact(TypeSymbol.String), P("e", Exact(TypeSymbol.RefExpr)))], DataNeeds.None, FunctionFlags.None,
            Property(typeof(ReferringExpression), nameof(ReferringExpression.AppositivePhrase)), "'white object, which is holding the wooden bat,'"),
        Call("captionRelations", [Sig(ListOf(Exact(TypeSymbol.Relation)))], DataNeeds.Labels | DataNeeds.Relations, FunctionFlags.SingleImage | FunctionFlags.QueryRandom,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.CaptionRelations)), "one relation per related pair of distinct things (isThing), a random one (query stream) where there are several"),
        Call("caption", [Sig(Exact(TypeSymbol.String), P("relations", ListOf(Exact(TypeSymbol.Relation))))], DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations, FunctionFlags.SingleImage,
            Method(typeof(SceneGraphQueries), nameof(SceneGraphQueries.Caption)), "the dense scene caption describing exactly these relations and the things (isThing) they leave isolated, each object's attributes once per meaning (vocabulary synonyms)"),

        // Text
        Call("joinList", [Sig(Exact(TypeSymbol.String), P("xs", ListOf(Exact(TypeSymbol.String))))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(ListPhrases), nameof(ListPhrases.JoinList)), "the strings joined as English does, in list order: 'a', 'a and b', 'a, b, and c'"),
        Call("verb", [Sig(Exact(TypeSymbol.String), P("predicates", ListOf(Exact(TypeSymbol.String))), P("subject", Exact(TypeSymbol.String)))], DataNeeds.None, FunctionFlags.None,
            Method(typeof(Inflection), nameof(Inflection.VerbListFor)), "relation predicates as one verb phrase after the subject noun, as the template helper `{verb(x, s)}` says them: 'is on and near', 'has and is near', 'are on' after 'shoes': for a sentence built in a query"),
    ];
}
