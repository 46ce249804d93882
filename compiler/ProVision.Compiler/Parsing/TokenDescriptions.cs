using System.Collections.Frozen;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ProVision.Grammar.Generated;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Human words for tokens and sets of expected tokens, so that messages say "expected an expression"
/// rather than ANTLR's "expecting {INT, DECIMAL, STRING, ...}".
/// </summary>
internal static class TokenDescriptions
{
    private const int MaxListed = 6;
    private const int MaxQuotedLength = 24;

    /// <summary>The keywords that start a generator clause.</summary>
    public static readonly FrozenSet<int> ClauseStarts = FrozenSet.ToFrozenSet(
        [FAMILY, NEEDS, ALIAS, IMAGES, FOR, WHERE, LET, SAMPLE, DRAW, BUDGET, EMIT, ASK, TELL]);

    /// <summary>The keywords that start a top-level declaration.</summary>
    public static readonly FrozenSet<int> DeclarationStarts = FrozenSet.ToFrozenSet([PACK, PHRASES, GENERATOR]);

    /// <summary>The tokens that can start an expression.</summary>
    public static readonly FrozenSet<int> ExpressionStarts = FrozenSet.ToFrozenSet(
        [INT, DECIMAL, STRING, TRUE, FALSE, IDENT, LPAREN, LBRACK, MINUS, NOT]);

    /// <summary>True for a reserved word.</summary>
    public static bool IsKeyword(int type) => type is >= PACK and <= FALSE;

    /// <summary>Describes a token as found in the input: <c>'foo'</c>, <c>string "..."</c>, <c>end of file</c>.</summary>
    public static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        STRING or UNTERMINATED_STRING => "string " + Shorten(token.Text),
        INT or DECIMAL => $"number '{token.Text}'",
        _ => $"'{Shorten(token.Text)}'",
    };

    /// <summary>Describes the kind of token a parser expects: <c>a name</c>, <c>'-&gt;'</c>, ...</summary>
    public static string DescribeExpected(int type) => type switch
    {
        TokenConstants.EOF => "end of file",
        IDENT => "a name",
        STRING or UNTERMINATED_STRING => "a string",
        INT or DECIMAL => "a number",
        _ => ProVisionLexer.DefaultVocabulary.GetLiteralName(type) ?? ProVisionLexer.DefaultVocabulary.GetDisplayName(type),
    };

    /// <summary>
    /// Describes an expected set in words, folding the expression starters into "an expression"; null
    /// when the set is too large to list usefully.
    /// </summary>
    public static string? DescribeExpected(IntervalSet expected)
    {
        var types = expected.ToList().Where(t => t >= TokenConstants.EOF && t != UNTERMINATED_STRING && t != ERROR_CHAR).ToHashSet();
        var words = new List<string>();
        if (ExpressionStarts.All(types.Contains))
        {
            types.ExceptWith(ExpressionStarts);
            words.Add("an expression");
        }

        words.AddRange(types.Order().Select(DescribeExpected).Distinct());
        if (words.Count == 0 || words.Count > MaxListed)
        {
            return null;
        }

        return words.Count == 1 ? words[0] : string.Join(", ", words[..^1]) + " or " + words[^1];
    }

    private static string Shorten(string text) =>
        text.Length <= MaxQuotedLength ? text : text[..(MaxQuotedLength - 3)] + "...";
}
