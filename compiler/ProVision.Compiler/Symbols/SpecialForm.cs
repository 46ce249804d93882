namespace ProVision.Compiler.Symbols;

/// <summary>
/// The standard-library calls that are not one runtime call, so each back end writes them out: higher-order
/// functions inlined as loops (no delegate exists at run time), functions that return one of their arguments,
/// and list builders over the emitted code's buffers. <c>StdlibParityTests</c> fails when a back end lacks one.
/// </summary>
public enum SpecialForm
{
    /// <summary>A plain call of a <see cref="RuntimeBinding"/>.</summary>
    None,

    /// <summary><c>count(xs)</c>: the list's length.</summary>
    Count,

    /// <summary><c>isEmpty(mask)</c>, <c>isEmpty(xs)</c>.</summary>
    IsEmpty,

    /// <summary><c>number(n)</c>: the value itself, typed Count.</summary>
    Number,

    /// <summary><c>distinct(xs)</c>: the elements without repeats.</summary>
    Distinct,

    /// <summary><c>combinations(xs, k)</c>: nested loops, only as a for source.</summary>
    Combinations,

    /// <summary><c>argmin(xs, key)</c>: inlined loop.</summary>
    ArgMin,

    /// <summary><c>argmax(xs, key)</c>: inlined loop.</summary>
    ArgMax,

    /// <summary><c>min(xs[, key])</c>: inlined loop.</summary>
    Min,

    /// <summary><c>max(xs[, key])</c>: inlined loop.</summary>
    Max,

    /// <summary><c>sum(xs[, value])</c>: inlined loop.</summary>
    Sum,

    /// <summary><c>sortBy(xs, key)</c>: inlined key loop and a stable sort.</summary>
    SortBy,

    /// <summary><c>any(xs, condition)</c>: inlined loop with break.</summary>
    Any,

    /// <summary><c>all(xs, condition)</c>: inlined loop with break.</summary>
    All,

    /// <summary><c>pick(xs, k)</c>: a copy sampled with the item's random stream.</summary>
    Pick,

    /// <summary><c>prepend(x, xs)</c>: a new list.</summary>
    Prepend,

    /// <summary><c>closer(a, b)</c>: one of its arguments.</summary>
    Closer,

    /// <summary><c>farther(a, b)</c>: one of its arguments.</summary>
    Farther,

    /// <summary><c>depthPoints()</c>: a pair of pixels as a list of points.</summary>
    DepthPoints,

    /// <summary><c>segmentationPoints(o)</c>: a triple of pixels as a list of points, over a label map painted once per run.</summary>
    SegmentationPoints,

    /// <summary><c>countNoun(img, noun)</c>: the image's object count of the noun, from its noun counts (<c>Nouns.CountOfNoun</c>).</summary>
    CountNoun,

    /// <summary><c>predicatesBetween(img, subject, object)</c>: the predicates joining two labels in the image, from its relation facts (<c>LabelRelations.PredicatesBetween</c>).</summary>
    PredicatesBetween,

    /// <summary><c>relationsBetween(img, subject, object)</c>: the image's relations other than "of" joining two labels, from its relation facts (<c>LabelRelations.RelationsBetween</c>).</summary>
    RelationsBetween,

    /// <summary><c>objectsOfNoun(img, noun)</c>: the image's objects of a noun, from its per-object noun slots (<c>Nouns.ObjectsOfNoun</c>).</summary>
    ObjectsOfNoun,

    /// <summary><c>countAttributed(img, noun, attribute)</c>: how many of the image's objects of a noun carry an attribute or a synonym, from its kept (noun, meaning) counts (<c>AttributedNouns.CountOf</c>).</summary>
    CountAttributed,

    /// <summary><c>nounAttributes(img)</c>: the image's distinct (noun, attribute) pairs, kept with its nouns (<c>AttributedNouns.PairsOf</c>).</summary>
    NounAttributes,

    /// <summary><c>nounMeanings(img)</c>: the image's distinct (noun, meaning) pairs, kept with its nouns (<c>AttributedNouns.MeaningPairsOf</c>).</summary>
    NounMeanings,

    /// <summary><c>relatedPairs(imgs)</c>: the label pairs every image relates by a predicate other than "of", from their relation facts (<c>LabelRelations.RelatedPairs</c>).</summary>
    RelatedPairs,

    /// <summary><c>relatedTriples(imgs)</c>: the images' label-predicate-label triples whose pair every image relates, from their relation facts (<c>LabelRelations.RelatedTriples</c>).</summary>
    RelatedTriples,

    /// <summary><c>relatesNouns(img, subjectNoun, predicate, objectNoun)</c>: whether a relation of the image joins the nouns by the predicate or a synonym, from its relation facts (<c>LabelRelations.RelatesNouns</c>).</summary>
    RelatesNouns,

    /// <summary><c>predicatesBetweenNouns(img, subjectNoun, objectNoun)</c>: the predicates of the image's relations between objects of the two nouns, from its relation facts (<c>LabelRelations.PredicatesBetweenNouns</c>).</summary>
    PredicatesBetweenNouns,

    /// <summary><c>personsNamed(nouns)</c> / <c>personsNamed(img, nouns)</c>: the persons rule over the current or a drawn image, from its kept person nouns (<c>Persons.AreNamed</c>).</summary>
    PersonsNamed,
}
