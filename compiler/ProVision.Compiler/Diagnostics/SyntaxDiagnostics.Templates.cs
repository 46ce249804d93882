using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV0029-PV0036, PV0039, PV0041: the inner syntax of template strings; spans point inside the string.
public static partial class SyntaxDiagnostics
{
    /// <summary>PV0029: '[' with no matching ']'.</summary>
    public static Diagnostic TemplateUnclosedGroup(TextSpan span) =>
        Error("PV0029", span, "unclosed '[' in the template; add ']' to close the group, or write '\\[' for a literal bracket");

    /// <summary>PV0030: ']' with no matching '['.</summary>
    public static Diagnostic TemplateUnmatchedBracket(TextSpan span) =>
        Error("PV0030", span, "unmatched ']' in the template; write '\\]' for a literal bracket");

    /// <summary>PV0031: '|' outside a '[...]' group.</summary>
    public static Diagnostic TemplateBarOutsideGroup(TextSpan span) =>
        Error("PV0031", span, "'|' outside a '[...]' group; put the alternatives in brackets, as in '[a|b]', or write '\\|' for a literal bar");

    /// <summary>PV0032: '{' with no matching '}'.</summary>
    public static Diagnostic TemplateUnclosedHole(TextSpan span) =>
        Error("PV0032", span, "unclosed '{' in the template; add '}' after the slot name, or write '\\{' for a literal brace");

    /// <summary>PV0033: '}' with no matching '{'.</summary>
    public static Diagnostic TemplateUnmatchedBrace(TextSpan span) =>
        Error("PV0033", span, "unmatched '}' in the template; write '\\}' for a literal brace");

    /// <summary>PV0034: <c>{}</c>.</summary>
    public static Diagnostic TemplateEmptyHole(TextSpan span) =>
        Error("PV0034", span, "empty '{}' in the template; put a slot or phrase-set name inside, as in '{name}'");

    /// <summary>PV0035: something other than a name, number or helper call inside '{...}'.</summary>
    public static Diagnostic TemplateInvalidHole(TextSpan span, string found) =>
        Error("PV0035", span, $"unexpected {found} inside '{{...}}'; expected a slot or phrase-set name or a helper call, as in '{{plural(name)}}'");

    // PV0036 (retired): warned about '[a|b]?' ending a question; the '?' suffix form itself is gone (PV0039).

    /// <summary>PV0039: the retired optional-group suffix <c>[a|b]?</c>; an empty alternative says the same.</summary>
    public static Diagnostic OptionalGroupSuffix(TextSpan span, string rewritten) =>
        Error("PV0039", span, $"'?' after a group no longer makes it optional: write '{rewritten}' (an empty alternative) for an optional group, or '\\?' for a question mark (questions end with '?' anyway)");

    /// <summary>PV0041: a control, bidi or other invisible character in a template (it would reach every prompt).</summary>
    public static Diagnostic InvisibleCharacterInTemplate(TextSpan span, string character) =>
        Error("PV0041", span, $"invisible character {character} in the template; it would reach every prompt and can make text display other than it reads; remove it (write \\n or \\t for a line break or a tab)");
}
