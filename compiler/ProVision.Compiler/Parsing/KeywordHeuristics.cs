using System.Collections.Frozen;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Guesses what a misplaced reserved word was meant to be, because newlines are not significant and
/// every clause starts with a keyword: a keyword where a name is needed is either a name the user
/// chose (<c>let sample = 1</c>, <c>count(images)</c>) or the start of the next clause after
/// something missing (<c>for o in</c> then <c>where ...</c> on the next line).
/// </summary>
internal static class KeywordHeuristics
{
    // Tokens that cannot come right after a name; a keyword followed by one of them is not being used as a name.
    private static readonly FrozenSet<int> s_cannotFollowName = FrozenSet.ToFrozenSet(
        [IDENT, INT, DECIMAL, STRING, UNTERMINATED_STRING, TRUE, FALSE, LBRACE, ARROW]);

    /// <summary>A keyword used as a name: a name fits here and the keyword does not, and what follows fits a name.</summary>
    public static bool IsUsedAsName(ITokenStream tokens, IToken token, IntervalSet expected)
    {
        if (!TokenDescriptions.IsKeyword(token.Type) || !expected.Contains(IDENT) || expected.Contains(token.Type))
        {
            return false;
        }

        var next = Next(tokens, token)?.Type ?? TokenConstants.EOF;
        if (s_cannotFollowName.Contains(next))
        {
            return false;
        }

        if (!StartsNextClause(tokens, token))
        {
            return true;
        }

        // A clause keyword opening its line starts that clause, except where a name is being
        // defined: `where = 2` in an emit block. Where an expression is expected, `=` cannot follow
        // a name, so `let = 3` there is a let clause missing its name.
        return next == ASSIGN && !TokenDescriptions.ExpressionStarts.All(expected.Contains);
    }

    /// <summary>A clause keyword that opens its line: most likely the next clause, whatever is missing before it.</summary>
    public static bool StartsNextClause(ITokenStream tokens, IToken token)
    {
        if (!TokenDescriptions.ClauseStarts.Contains(token.Type))
        {
            return false;
        }

        var previous = TokenSpans.Previous(tokens, token);
        return previous is null || previous.Line < token.Line;
    }

    private static IToken? Next(ITokenStream tokens, IToken token)
    {
        for (var i = token.TokenIndex + 1; i >= 1 && i < tokens.Size; i++)
        {
            var candidate = tokens.Get(i);
            if (candidate.Channel == TokenConstants.DefaultChannel)
            {
                return candidate;
            }
        }

        return null;
    }
}
