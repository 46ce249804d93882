using System.Collections.Immutable;
using Antlr4.Runtime;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionLexer;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// The lexer's tokens as <see cref="LexicalToken"/>s for editors (semantic highlighting). Comments are skipped by the
/// lexer, so they are found in the gaps between tokens: a <c>#</c> there starts one.
/// </summary>
internal static class TokenClassifier
{
    public static ImmutableArray<LexicalToken> Tokenize(SourceText source)
    {
        var lexer = new Grammar.Generated.ProVisionLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        var result = ImmutableArray.CreateBuilder<LexicalToken>();
        var end = 0;
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }
            Comments(source.Text, end, token.StartIndex, result);
            end = token.StopIndex + 1;
            if (Kind(token.Type) is { } kind)
            {
                // Straight from the lexer, a token has no stream index yet, so TokenSpans.Of would take it for missing.
                result.Add(new LexicalToken(TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1), kind));
            }
        }
        Comments(source.Text, end, source.Length, result);
        return result.ToImmutable();
    }

    private static void Comments(string text, int from, int to, ImmutableArray<LexicalToken>.Builder result)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '#')
            {
                var stop = i;
                while (stop < to && text[stop] != '\n' && text[stop] != '\r')
                {
                    stop++;
                }
                result.Add(new LexicalToken(TextSpan.FromBounds(i, stop), LexicalKind.Comment));
                i = stop;
            }
        }
    }

    // Literal tokens ('pack', '->') are keywords when they are words, else operators: new keywords need no change here.
    private static LexicalKind? Kind(int type) => type switch
    {
        IDENT => LexicalKind.Identifier,
        INT or DECIMAL => LexicalKind.Number,
        STRING or UNTERMINATED_STRING => LexicalKind.String,
        _ => DefaultVocabulary.GetLiteralName(type) is { Length: > 2 } literal
            ? char.IsLetter(literal[1]) ? LexicalKind.Keyword : LexicalKind.Operator
            : null,
    };
}
