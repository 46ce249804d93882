using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV1055-PV1066, PV1073: functions (`def`), parameterised generators and phrase-set scopes (issue 12; docs/language.md,
// "Functions: def", "Parameterised generators", "Phrase sets"); PV1073 a phrase set's slot the using generator lacks.
public static partial class BindingDiagnostics
{
    /// <summary>PV1055: a phrase set that no template of the pack uses, directly or through another set.</summary>
    public static Diagnostic UnusedPhraseSet(TextSpan span, string name) =>
        Warning("PV1055", span, $"phrase set '{name}' is not used by any template of the pack; remove it or use it as '{{{name}}}'");

    /// <summary>PV1056: a <c>def</c> that calls itself, directly or through other defs.</summary>
    public static Diagnostic RecursiveDef(TextSpan span, string cycle) =>
        Error("PV1056", span, $"a def cannot call itself: {cycle}; defs are inlined where they are called, so write the repetition out (a comprehension, 'sum', 'any' ...)");

    /// <summary>PV1057: calls of defs that inline into more than the limit (nested too deep, or too many in one generator).</summary>
    public static Diagnostic DefExpansionTooLarge(TextSpan span, string what, int limit) =>
        Error("PV1057", span, $"{what}; the limit is {limit:N0}: defs are inlined where they are called, and defs calling each other several times grow exponentially");

    /// <summary>PV1058: a def or parameterised generator whose name is already taken.</summary>
    public static Diagnostic DuplicateDefinition(TextSpan span, string what, string name, string other) =>
        Error("PV1058", span, $"{what} '{name}' is already {other}; choose another name");

    /// <summary>PV1059: a type name the language does not have.</summary>
    public static Diagnostic UnknownType(TextSpan span, string name, string suggestion) =>
        Error("PV1059", span, $"unknown type '{name}'{suggestion}; the types are bool, int, float, string, Count, Object, Relation, Box, Point, Mask, Image, List<T> and tuples (T, U)");

    /// <summary>PV1060: a def that draws from a random stream (it must be pure: the same arguments, the same value).</summary>
    public static Diagnostic ImpureDef(TextSpan span, string def, string function) =>
        Error("PV1060", span, $"def '{def}' calls '{function}', which draws from a random stream; a def must be pure, so call '{function}' where the def is used and pass its value in");

    /// <summary>PV1061: an instance of a name that is not a parameterised generator.</summary>
    public static Diagnostic UnknownParameterisedGenerator(TextSpan span, string name, string suggestion) =>
        Error("PV1061", span, $"'{name}' is not a parameterised generator of the pack{suggestion}; declare it as 'generator {name}(p: type, ...) {{ ... }}'");

    /// <summary>PV1062: an instance with another number of arguments than its generator has parameters.</summary>
    public static Diagnostic InstanceArgumentCount(TextSpan span, string shape, int expected, int found, string parameters) =>
        Error("PV1062", span, $"'{shape}' takes {expected} argument{(expected == 1 ? "" : "s")} ({parameters}), not {found}");

    /// <summary>PV1063: a generator argument that is not a constant, or not a phrase set where the parameter is <c>phrases</c>.</summary>
    public static Diagnostic InvalidGeneratorArgument(TextSpan span, string parameter, string expected) =>
        Error("PV1063", span, $"the argument for '{parameter}' must be {expected}");

    /// <summary>PV1064: <c>phrases</c> as the type of a def parameter or result (only generator parameters stand for phrase sets).</summary>
    public static Diagnostic PhrasesTypeNotAllowed(TextSpan span) =>
        Error("PV1064", span, "'phrases' is a type only for parameters of a generator; a def computes values");

    /// <summary>PV1065: a def or parameterised generator the pack never uses.</summary>
    public static Diagnostic UnusedDefinition(TextSpan span, string what, string name) =>
        Warning("PV1065", span, $"{what} '{name}' is never used in the pack; remove it or use it");

    /// <summary>PV1066: a def or parameterised generator with more parameters than the limit.</summary>
    public static Diagnostic TooManyParameters(TextSpan span, string what, int count, int limit) =>
        Error("PV1066", span, $"{what} has {count:N0} parameters; the limit is {limit}");

    /// <summary>PV1073: a phrase set used by a generator whose emit block does not set a slot the set shows.</summary>
    public static Diagnostic PhraseSetSlotNotSet(TextSpan span, string set, string slot, string hole, string where, string suggestion) =>
        Error("PV1073", span, $"phrase set '{set}' shows the slot '{slot}' ('{hole}' at {where}), which this generator does not set{suggestion}; add '{slot} = ...' to its emit block or use a phrase set that shows its slots");

    /// <summary>PV1080: a draw with a word other than <c>sharing</c> between <c>images</c> and its last part.</summary>
    public static Diagnostic DrawSharingWordExpected(TextSpan span, string word) =>
        Error("PV1080", span, $"expected 'sharing' or 'where' after 'images', found '{word}'; write 'draw imgs = n images sharing relations where ...'");

    /// <summary>PV1081: <c>sharing</c> with a kind that drawn images cannot share (the message lists the kinds they can).</summary>
    public static Diagnostic InvalidDrawSharing(TextSpan span, string kind, string suggestion, string kinds) =>
        Error("PV1081", span, $"drawn images cannot share '{kind}'{suggestion}; a draw shares {kinds}");

    /// <summary>PV1082: <c>sharing</c> with a kind whose need the generator's <c>needs</c> clause does not declare (the data-set index keeps its keys only when needed).</summary>
    public static Diagnostic DrawSharingNotNeeded(TextSpan span, string kind, string need) =>
        Error("PV1082", span, kind == need
            ? $"the draw shares '{kind}', which the generator's needs clause does not declare; add '{need}' to 'needs'"
            : $"the draw shares '{kind}', whose keys need '{need}', which the generator's needs clause does not declare; add '{need}' to 'needs'");

    /// <summary>PV1083: a word other than <c>unique</c> between <c>sharing</c> and the kind shared.</summary>
    public static Diagnostic DrawSharingUniqueExpected(TextSpan span, string word) =>
        Error("PV1083", span, $"expected 'unique' or a kind after 'sharing', found '{word}'; write 'sharing unique relations' or 'sharing relations'");
}
