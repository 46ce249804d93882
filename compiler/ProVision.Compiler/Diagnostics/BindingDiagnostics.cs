using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV1001-PV1099: names, types, the standard library, emit blocks, templates and header values.
// `suggestion` arguments are either empty or a ready sentence tail such as "; did you mean 'label'?".
/// <summary>PV1xxx: the binder's diagnostics (names, types, the standard library, emit blocks, templates); every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static partial class BindingDiagnostics
{
    /// <summary>PV1001: a name that is not a variable, a built-in value or (in a template) a slot or phrase set.</summary>
    public static Diagnostic UnknownName(TextSpan span, string name, string suggestion) =>
        Error("PV1001", span, $"the name '{name}' does not exist here{suggestion}");

    /// <summary>PV1002: a call of a function the standard library does not have.</summary>
    public static Diagnostic UnknownFunction(TextSpan span, string name, string suggestion) =>
        Error("PV1002", span, $"unknown function '{name}'{suggestion}");

    /// <summary>PV1003: a call with a number of arguments no overload takes.</summary>
    public static Diagnostic WrongArgumentCount(TextSpan span, string function, int count, string signatures) =>
        Error("PV1003", span, $"'{function}' does not take {count} argument{(count == 1 ? "" : "s")}; it is {signatures}");

    /// <summary>PV1004: an argument whose type does not fit the parameter.</summary>
    public static Diagnostic ArgumentTypeMismatch(TextSpan span, string function, string parameter, string expected, string found) =>
        Error("PV1004", span, $"argument '{parameter}' of '{function}' must be {expected}, not {found}");

    /// <summary>PV1005: an expression of the wrong type where a type is required (a where condition that is not bool).</summary>
    public static Diagnostic TypeMismatch(TextSpan span, string context, string expected, string found) =>
        Error("PV1005", span, $"{context} must be {expected}, not {found}");

    /// <summary>PV1006: an operator applied to types it does not take (comparing a string to an int).</summary>
    public static Diagnostic OperatorTypeMismatch(TextSpan span, string op, string left, string right) =>
        Error("PV1006", span, $"operator '{op}' cannot be applied to {left} and {right}");

    /// <summary>PV1007: a member the type does not have.</summary>
    public static Diagnostic UnknownMember(TextSpan span, string type, string member, string suggestion) =>
        Error("PV1007", span, $"{type} has no member '{member}'{suggestion}");

    /// <summary>PV1008: a name declared twice in one scope, or hiding an outer one.</summary>
    public static Diagnostic NameAlreadyDefined(TextSpan span, string name) =>
        Error("PV1008", span, $"'{name}' is already defined here; choose another name (names cannot be redefined or hidden)");

    /// <summary>PV1009: calling something that is not a function name.</summary>
    public static Diagnostic NotAFunction(TextSpan span, string what) =>
        Error("PV1009", span, $"{what} is not a function; only standard-library functions can be called");

    /// <summary>PV1010: a function name used as a value.</summary>
    public static Diagnostic FunctionUsedAsValue(TextSpan span, string name) =>
        Error("PV1010", span, $"'{name}' is a function; call it, as in '{name}(...)'");

    /// <summary>PV1011: a lambda where the parameter takes a value, or a value where it takes a lambda.</summary>
    public static Diagnostic LambdaMismatch(TextSpan span, string function, string parameter, string expected) =>
        Error("PV1011", span, $"argument '{parameter}' of '{function}' must be {expected}");

    /// <summary>PV1012: a lambda with the wrong number of parameters.</summary>
    public static Diagnostic LambdaParameterCount(TextSpan span, int expected, int found) =>
        Error("PV1012", span, $"this lambda must take {expected} parameter{(expected == 1 ? "" : "s")}, not {found}");

    /// <summary>PV1013: <c>for</c> (or a comprehension) over something that is not a list.</summary>
    public static Diagnostic NotIterable(TextSpan span, string type) =>
        Error("PV1013", span, $"cannot iterate over {type}; 'for' needs a list");

    /// <summary>PV1014: destructuring with the wrong number of variables.</summary>
    public static Diagnostic PatternArityMismatch(TextSpan span, int count, string type) =>
        Error("PV1014", span, $"{count} variable{(count == 1 ? "" : "s")} cannot destructure {type}; use one variable per tuple element, or one for the whole element");

    /// <summary>PV1015: indexing something that is not a list or tuple, or with a non-int index.</summary>
    public static Diagnostic NotIndexable(TextSpan span, string type) =>
        Error("PV1015", span, $"cannot index {type}; only lists (with an int) and tuples (with a constant) can be indexed");

    /// <summary>PV1016: a tuple index that is not a constant within range.</summary>
    public static Diagnostic InvalidTupleIndex(TextSpan span, string type) =>
        Error("PV1016", span, $"a tuple index must be a constant from 0 to the tuple's size minus one ({type})");

    /// <summary>PV1017: a value that must be a constant (images n, combinations k, budget k).</summary>
    public static Diagnostic ConstantRequired(TextSpan span, string what, string range) =>
        Error("PV1017", span, $"{what} must be an integer constant {range}");

    /// <summary>PV1018: a template slot that no emit entry provides.</summary>
    public static Diagnostic UnknownTemplateSlot(TextSpan span, string name, string suggestion) =>
        Error("PV1018", span, $"the template uses '{{{name}}}' but the emit block sets no slot '{name}' and no phrase set '{name}' is defined{suggestion}");

    /// <summary>PV1019 (warning): a slot that no template uses.</summary>
    public static Diagnostic UnusedSlot(TextSpan span, string name) =>
        Warning("PV1019", span, $"slot '{name}' is set but no template uses it; use it in an ask/tell template, or make it a tag if it is metadata");

    /// <summary>PV1020 (warning): a template with phrasings that render the same.</summary>
    public static Diagnostic DuplicateExpansions(TextSpan span, int raw, int distinct) =>
        Warning("PV1020", span, $"the template has {raw} phrasings but only {distinct} distinct ones; remove repeated alternatives (e.g. '[a|a]' or alternatives differing only in spaces)");

    /// <summary>PV1021 (warning): a phrasing that an earlier template of the generator already produces.</summary>
    public static Diagnostic DuplicateExpansionAcrossTemplates(TextSpan span, string text, int line) =>
        Warning("PV1021", span, $"the phrasing '{text}' is also produced by the template at line {line}; remove it from one of them");

    /// <summary>PV1022: a template with more distinct expansions than the runtime accepts.</summary>
    public static Diagnostic TooManyExpansions(TextSpan span, string detail) =>
        Error("PV1022", span, detail);

    /// <summary>PV1024: an emit block without <c>answer</c>.</summary>
    public static Diagnostic MissingAnswer(TextSpan span) =>
        Error("PV1024", span, "the emit block sets no 'answer'; add 'answer = ...'");

    /// <summary>PV1025: data read without being declared in <c>needs</c>.</summary>
    public static Diagnostic MissingNeed(TextSpan span, string needs, string what) =>
        Error("PV1025", span, $"{what} reads {needs} data, which the generator does not declare; add '{needs}' to its 'needs' clause");

    /// <summary>PV1026: an unknown <c>family</c>.</summary>
    public static Diagnostic InvalidFamily(TextSpan span, string name, string suggestion) =>
        Error("PV1026", span, $"unknown family '{name}'; the families are object, attribute, relation, depth, segmentation, scene-graph, multi-image{suggestion}");

    /// <summary>PV1027: an unknown <c>needs</c> item.</summary>
    public static Diagnostic InvalidNeed(TextSpan span, string name, string suggestion) =>
        Error("PV1027", span, $"unknown need '{name}'; the needs are labels, boxes, attributes, relations, depth, masks{suggestion}");

    /// <summary>PV1028: <c>images n</c>, <c>draw</c> or <c>budget</c> in a generator that is not multi-image.</summary>
    public static Diagnostic MultiImageClauseInSingleImage(TextSpan span, string clause) =>
        Error("PV1028", span, $"'{clause}' is only allowed in multi-image generators; add 'family multi-image' or remove it");

    /// <summary>PV1029: two phrase sets with one name.</summary>
    public static Diagnostic DuplicatePhraseSet(TextSpan span, string name) =>
        Error("PV1029", span, $"phrase set '{name}' is defined more than once in this folder of the pack; rename or remove one (a folder below may redefine it)");

    /// <summary>PV1030: two generators (or aliases) with one name.</summary>
    public static Diagnostic DuplicateGeneratorName(TextSpan span, string name) =>
        Error("PV1030", span, $"the name '{name}' already names a generator or alias in the pack; generator names and aliases must be unique");

    /// <summary>PV1031: a slot or special entry set twice in an emit block.</summary>
    public static Diagnostic DuplicateEmitEntry(TextSpan span, string name) =>
        Error("PV1031", span, $"'{name}' is set more than once in the emit block; keep one");

    /// <summary>PV1032: a slot (or the answer) of a type that cannot be rendered.</summary>
    public static Diagnostic SlotNotRenderable(TextSpan span, string name, string type) =>
        Error("PV1032", span, $"slot '{name}' cannot hold {type}; slots hold string, int, float, Count or List<string> (e.g. use 'o.label' or 'boxRatio(o)')");

    /// <summary>PV1033: evidence that is not objects or relations.</summary>
    public static Diagnostic InvalidEvidence(TextSpan span, string type) =>
        Error("PV1033", span, $"evidence must be an Object, a Relation or a list of either, not {type}");

    /// <summary>PV1034: a tag value that is not a string, a number or a list of them.</summary>
    public static Diagnostic InvalidTag(TextSpan span, string name, string type) =>
        Error("PV1034", span, $"tag '{name}' cannot hold {type}; tags hold string, int, Count or a list of them");

    /// <summary>PV1035: choices that do not match the answer.</summary>
    public static Diagnostic ChoicesMismatch(TextSpan span, string expected, string found) =>
        Error("PV1035", span, $"choices must be {expected} to match the answer, not {found}");

    /// <summary>PV1036: phrase sets that use each other in a cycle.</summary>
    public static Diagnostic PhraseSetCycle(TextSpan span, string name) =>
        Error("PV1036", span, $"phrase set '{name}' uses itself (directly or through other phrase sets); break the cycle");

    /// <summary>PV1038: an unknown helper in a template hole.</summary>
    public static Diagnostic UnknownTemplateHelper(TextSpan span, string name, string suggestion) =>
        Error("PV1038", span, $"unknown template helper '{name}'; the helpers are plural, a, the, be, has, number, ordinal, list, capitalize{suggestion}");

    /// <summary>PV1039: a helper with arguments it does not take.</summary>
    public static Diagnostic TemplateHelperArguments(TextSpan span, string helper, string expected) =>
        Error("PV1039", span, $"'{helper}' in a template takes {expected}");

    /// <summary>PV1040: a query variable used in a template (templates see slots only).</summary>
    public static Diagnostic VariableInTemplate(TextSpan span, string name) =>
        Error("PV1040", span, $"'{name}' is a query variable, not a slot; templates see emit slots only: add '{name} = {name}' to the emit block (or use a slot that holds it)");

    /// <summary>PV1041: a function that draws from the item's random stream, outside the emit block.</summary>
    public static Diagnostic ItemRandomOutsideEmit(TextSpan span, string function) =>
        Error("PV1041", span, $"'{function}' draws from the item's random stream and can only be used inside 'emit {{ }}'");

    /// <summary>PV1042: <c>sample</c> with no enclosing <c>for</c>.</summary>
    public static Diagnostic SampleWithoutFor(TextSpan span) =>
        Error("PV1042", span, "'sample' keeps some iterations of the enclosing 'for', but there is none before it; add a 'for' clause or remove 'sample'");

    /// <summary>PV1043: a multi-image generator without exactly one <c>draw</c> at the start of its query.</summary>
    public static Diagnostic MultiImageNeedsDraw(TextSpan span) =>
        Error("PV1043", span, "a multi-image generator must start its query with one 'draw name = n images' clause (after an optional 'budget')");

    /// <summary>PV1044: a draw of a number of images other than the generator's <c>images n</c>.</summary>
    public static Diagnostic DrawCountMismatch(TextSpan span, int drawn, int images) =>
        Error("PV1044", span, $"the draw takes {drawn} images but the generator declares 'images {images}'; make them equal");

    /// <summary>PV1045: a built-in value, member or function not available in this kind of generator or place.</summary>
    public static Diagnostic NotAvailableHere(TextSpan span, string what, string reason) =>
        Error("PV1045", span, $"{what} is not available here: {reason}");

    /// <summary>PV1046: a template hole other than a name or a helper call over names.</summary>
    public static Diagnostic UnsupportedHole(TextSpan span, string found) =>
        Error("PV1046", span, $"a template hole holds a slot or phrase-set name or a helper call over slot names, not {found}; compute the value in the emit block");

    /// <summary>PV1047: <c>choices</c> or <c>evidence</c> used as a template slot.</summary>
    public static Diagnostic NotATemplateSlot(TextSpan span, string name) =>
        Error("PV1047", span, $"'{name}' is not a template slot (only 'answer' and the emit block's own slots are); set a slot with the text you need");

    /// <summary>PV1048: a list nested in a list or tuple.</summary>
    public static Diagnostic NestedList(TextSpan span, string type) =>
        Error("PV1048", span, $"{type} nests a list inside a list or tuple, which the language does not support; compute the inner value (e.g. its count) instead");

    /// <summary>PV1049: <c>budget</c> or <c>draw</c> in the wrong place (after another query clause, twice).</summary>
    public static Diagnostic MisplacedDrawClause(TextSpan span, string clause) =>
        Error("PV1049", span, $"'{clause}' must come once, at the start of the query ('budget' before 'draw')");

    /// <summary>PV1050 (warning): a let whose value nothing uses.</summary>
    public static Diagnostic UnusedLet(TextSpan span, string name) =>
        Warning("PV1050", span, $"'{name}' is never used; remove the let, or use it (a let still runs, so its skips still apply)");

    /// <summary>PV1051: a call of a function the language dropped in favour of another spelling.</summary>
    public static Diagnostic RetiredFunction(TextSpan span, string name, string replacement) =>
        Error("PV1051", span, $"'{name}' is no longer part of the language; write '{replacement}' instead (it does the same)");
}
