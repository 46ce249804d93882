using System.Collections.Frozen;
using System.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>Facts about the language shared by the parser, the dumper and later stages.</summary>
public static class SyntaxFacts
{
    /// <summary>
    /// The deepest nesting the parser accepts (brackets, prefix operators, chained binary operators).
    /// Deeper input gets PV0016 instead of risking a stack overflow in the parser or in later
    /// recursive stages; no real generator comes near it.
    /// </summary>
    public const int MaxNestingDepth = 200;

    /// <summary>The largest source file accepted, in characters (PV0017 beyond).</summary>
    public const int MaxSourceLength = 4 * 1024 * 1024;

    /// <summary>The reserved words; they cannot be names, but may follow '.' as member names.</summary>
    public static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "pack", "phrases", "generator", "family", "needs", "alias", "images", "for", "in", "grouped", "by",
        "where", "let", "sample", "draw", "budget", "emit", "tag", "ask", "tell", "and", "or", "not", "true", "false",
    ], StringComparer.Ordinal);

    /// <summary>The escapes allowed in strings and templates, and what each stands for.</summary>
    public static readonly FrozenDictionary<char, char> Escapes = new Dictionary<char, char>
    {
        ['"'] = '"', ['\\'] = '\\', ['n'] = '\n', ['t'] = '\t', ['{'] = '{', ['}'] = '}',
        ['['] = '[', [']'] = ']', ['|'] = '|', ['?'] = '?',
    }.ToFrozenDictionary();

    /// <summary>
    /// Characters a reader cannot see: controls (NUL, ESC, ...), format characters (bidi overrides such as U+202E,
    /// zero-width joiners, the BOM), line/paragraph separators and lone surrogate halves. A template may not hold
    /// them raw (PV0041), since they reach every prompt and can make text display other than it reads; the escapes
    /// <c>\n</c> and <c>\t</c> say what they mean and stay allowed.
    /// </summary>
    public static bool IsInvisible(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        or System.Globalization.UnicodeCategory.Surrogate;

    /// <summary>True for the comparison operators, which may not be chained.</summary>
    public static bool IsComparison(BinaryOperator op) => op is >= BinaryOperator.Equal and <= BinaryOperator.NotIn;

    /// <summary>The source text of an operator.</summary>
    public static string GetText(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.In => "in",
        BinaryOperator.NotIn => "not in",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "%",
    };

    /// <summary>The source text of a prefix operator.</summary>
    public static string GetText(UnaryOperator op) => op == UnaryOperator.Not ? "not" : "-";

    /// <summary>Quotes text as a .pvg string literal, escaping what needs it (used in dumps).</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                '\r' => builder.Append("\\r"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
