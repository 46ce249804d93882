using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Turns ANTLR tokens and contexts into <see cref="TextSpan"/>s, coping with what error recovery
/// leaves behind: tokens the parser invented (no position), empty contexts, and EOF.
/// </summary>
internal static class TokenSpans
{
    /// <summary>True for a token that error recovery conjured up; it has no place in the text.</summary>
    public static bool IsMissing(IToken? token) => token is null || token.TokenIndex < 0 || token.StartIndex < 0;

    /// <summary>True when the terminal is absent or was conjured up by error recovery.</summary>
    public static bool IsMissing(ITerminalNode? node) => node is null || IsMissing(node.Symbol);

    /// <summary>The span of a real token (EOF gives an empty span at the end of the text).</summary>
    public static TextSpan Of(IToken token) =>
        IsMissing(token) ? default : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    /// <summary>The span of a context, from its first to its last real token; empty at its start when it consumed nothing.</summary>
    public static TextSpan Of(ParserRuleContext context)
    {
        var start = context.Start;
        if (IsMissing(start))
        {
            return default;
        }

        var stop = context.Stop;
        if (IsMissing(stop) || stop.StopIndex < start.StartIndex)
        {
            return new TextSpan(start.StartIndex, 0);
        }

        return TextSpan.FromBounds(start.StartIndex, stop.StopIndex + 1);
    }

    /// <summary>The last real on-channel token before <paramref name="token"/>, or null at the start of the file.</summary>
    public static IToken? Previous(ITokenStream tokens, IToken token)
    {
        var index = token.TokenIndex < 0 ? tokens.Index : token.TokenIndex;
        for (var i = Math.Min(index, tokens.Size) - 1; i >= 0; i--)
        {
            var candidate = tokens.Get(i);
            if (candidate.Channel == TokenConstants.DefaultChannel)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>An empty span just after the previous real token: where something missing at <paramref name="token"/> belongs.</summary>
    public static TextSpan AfterPrevious(ITokenStream tokens, IToken token)
    {
        var previous = Previous(tokens, token);
        return previous is null ? default : new TextSpan(previous.StopIndex + 1, 0);
    }
}
