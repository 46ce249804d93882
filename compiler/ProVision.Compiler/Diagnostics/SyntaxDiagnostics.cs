using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV0001-PV0028, PV0037-PV0038: tokens, declarations, clauses and expressions.
/// <summary>PV0xxx: syntax, the parser's diagnostics; every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static partial class SyntaxDiagnostics
{
    /// <summary>PV0001: a token the grammar cannot accept here (the generic parse error).</summary>
    public static Diagnostic UnexpectedToken(TextSpan span, string found, string expected) =>
        Error("PV0001", span, $"unexpected {found}; expected {expected}");

    /// <summary>PV0002: <c>ask "question"</c> without <c>-&gt; "answer"</c>.</summary>
    public static Diagnostic ExpectedTemplateArrow(TextSpan span) =>
        Error("PV0002", span, "expected '->' after the question template, followed by the answer template: ask \"...\" -> \"...\"");

    /// <summary>PV0003: a string literal with no closing quote on its line.</summary>
    public static Diagnostic UnterminatedString(TextSpan span) =>
        Error("PV0003", span, "unterminated string; add the closing '\"' on the same line");

    /// <summary>PV0004: characters that are not part of the language.</summary>
    public static Diagnostic UnexpectedCharacter(TextSpan span, string text) =>
        Error("PV0004", span, $"unexpected character{(text.Length > 1 ? "s" : "")} '{text}'; remove {(text.Length > 1 ? "them" : "it")} or put {(text.Length > 1 ? "them" : "it")} inside a string");

    /// <summary>PV0005: a backslash escape the language does not define.</summary>
    public static Diagnostic InvalidEscape(TextSpan span, string escape) =>
        Error("PV0005", span, $"unknown escape '{escape}'; the escapes are \\\" \\\\ \\n \\t \\{{ \\}} \\[ \\] \\| \\?");

    /// <summary>PV0006: the file ends inside a block that was opened with '{'.</summary>
    public static Diagnostic UnclosedBlock(TextSpan span, string block, int openLine) =>
        Error("PV0006", span, $"missing '}}' to close {block} opened at line {openLine}");

    /// <summary>PV0007: the file ends where more input is required.</summary>
    public static Diagnostic UnexpectedEndOfFile(TextSpan span, string expected) =>
        Error("PV0007", span, $"unexpected end of file; expected {expected}");

    /// <summary>PV0008: something other than a clause inside a generator body.</summary>
    public static Diagnostic ExpectedClause(TextSpan span, string found) =>
        Error("PV0008", span, $"unexpected {found}; expected a clause (family, needs, alias, images, for, where, let, sample, draw, budget, emit, ask, tell) or '}}'");

    /// <summary>PV0009: something other than a declaration at the top level of a file.</summary>
    public static Diagnostic ExpectedDeclaration(TextSpan span, string found) =>
        Error("PV0009", span, $"unexpected {found}; expected a declaration: 'pack', 'phrases' or 'generator'");

    /// <summary>PV0010: an expression is required but something else follows.</summary>
    public static Diagnostic ExpectedExpression(TextSpan span, string after, string found) =>
        Error("PV0010", span, $"expected an expression after {after}, found {found}");

    /// <summary>PV0011: something other than a slot or tag inside <c>emit { }</c>.</summary>
    public static Diagnostic ExpectedEmitEntry(TextSpan span, string found) =>
        Error("PV0011", span, $"unexpected {found} in the emit block; expected a slot 'name = expression', 'tag name = expression' or '}}'");

    /// <summary>PV0012: a reserved word where a name is required.</summary>
    public static Diagnostic ReservedWordAsName(TextSpan span, string word) =>
        Error("PV0012", span, $"'{word}' is a reserved word and cannot be used as a name; choose another name");

    /// <summary>PV0013: a single token is missing (the parser inserted it to go on).</summary>
    public static Diagnostic MissingToken(TextSpan span, string expected, string after) =>
        Error("PV0013", span, $"expected {expected} after {after}");

    /// <summary>PV0014: <c>a &lt; b &lt; c</c>.</summary>
    public static Diagnostic ChainedComparison(TextSpan span) =>
        Error("PV0014", span, "comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'");

    /// <summary>PV0015: a lambda anywhere but directly as a call argument.</summary>
    public static Diagnostic LambdaNotAllowedHere(TextSpan span) =>
        Error("PV0015", span, "a lambda ('x => ...') is only allowed as an argument of a function call, as in 'argmin(objects, o => o.box.x1)'");

    /// <summary>PV0016: nesting deeper than the parser's limit (guards against stack overflow).</summary>
    public static Diagnostic NestingTooDeep(TextSpan span, int limit) =>
        Error("PV0016", span, $"nesting is too deep (the limit is {limit} levels); split the expression with 'let'");

    /// <summary>PV0017: a source file larger than the compiler accepts.</summary>
    public static Diagnostic FileTooLarge(TextSpan span, int length, int limit) =>
        Error("PV0017", span, $"the file has {length} characters, more than the limit of {limit}; split it into several files");

    /// <summary>PV0018: an integer literal that does not fit in 64 bits.</summary>
    public static Diagnostic IntegerTooLarge(TextSpan span, string text) =>
        Error("PV0018", span, $"the integer '{text}' is too large");

    /// <summary>PV0019: <c>scene - graph</c> instead of <c>scene-graph</c>.</summary>
    public static Diagnostic SpacedDashedName(TextSpan span, string name) =>
        Error("PV0019", span, $"write the name without spaces around '-': '{name}'");

    /// <summary>PV0020: a <c>pack</c> declaration after other declarations.</summary>
    public static Diagnostic PackNotFirst(TextSpan span) =>
        Error("PV0020", span, "'pack' must be the first declaration in the file");

    /// <summary>PV0021: a second <c>pack</c> declaration.</summary>
    public static Diagnostic DuplicatePack(TextSpan span) =>
        Error("PV0021", span, "the pack is already named in this file; remove this 'pack' declaration");

    /// <summary>PV0022: a header clause (family, needs, alias, images) after a query clause.</summary>
    public static Diagnostic HeaderClauseAfterQuery(TextSpan span, string clause) =>
        Error("PV0022", span, $"'{clause}' must come before the query clauses; put the header clauses (family, needs, alias, images) first");

    /// <summary>PV0023: a header clause that may appear once appears again.</summary>
    public static Diagnostic DuplicateHeaderClause(TextSpan span, string clause) =>
        Error("PV0023", span, $"'{clause}' is already given for this generator; keep one '{clause}' clause");

    /// <summary>PV0024: a query clause after the emit block.</summary>
    public static Diagnostic QueryClauseAfterEmit(TextSpan span, string clause) =>
        Error("PV0024", span, $"'{clause}' comes after the emit block; the emit block must be the last query clause");

    /// <summary>PV0025: a template (ask, tell) before the emit block.</summary>
    public static Diagnostic TemplateBeforeEmit(TextSpan span, string clause) =>
        Error("PV0025", span, $"'{clause}' comes before the emit block; templates go after 'emit {{ ... }}'");

    /// <summary>PV0026: a second emit block in one generator.</summary>
    public static Diagnostic DuplicateEmit(TextSpan span) =>
        Error("PV0026", span, "a generator has exactly one emit block; merge the slots into the first one");

    /// <summary>PV0027: a generator without an emit block.</summary>
    public static Diagnostic MissingEmit(TextSpan span, string generator) =>
        Error("PV0027", span, $"generator '{generator}' has no emit block; add 'emit {{ answer = ... }}' after the query");

    /// <summary>PV0028: a generator without any template.</summary>
    public static Diagnostic MissingTemplate(TextSpan span, string generator) =>
        Error("PV0028", span, $"generator '{generator}' has no template; add 'ask \"...\" -> \"...\"' or 'tell \"...\"'");

    /// <summary>PV0037: an unexpected token where the expected tokens are too many to list.</summary>
    public static Diagnostic UnexpectedTokenIn(TextSpan span, string found, string construct) =>
        Error("PV0037", span, $"unexpected {found} in {construct}");

    /// <summary>PV0038: <c>ask</c>, <c>tell</c> or a phrase set without its template string.</summary>
    public static Diagnostic ExpectedTemplate(TextSpan span, string after, string found) =>
        Error("PV0038", span, $"expected a template string after {after}, found {found}");

    /// <summary>PV0040: more clauses in one query or comprehension than the compiler accepts.</summary>
    public static Diagnostic TooManyClauses(TextSpan span, int count, int limit) =>
        Error("PV0040", span, $"{count} clauses where the limit is {limit} ('for' clauses in one generator, or clauses in one query or comprehension); every 'for' is a nested loop, so a query this deep cannot finish");

    /// <summary>PV0999: the parser failed unexpectedly; tests assert it never appears.</summary>
    public static Diagnostic InternalParserError(TextSpan span, string detail) =>
        Error("PV0999", span, $"internal error in the parser ({detail}); please report it with the file that caused it");
}
