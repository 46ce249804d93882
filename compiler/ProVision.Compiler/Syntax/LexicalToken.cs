using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>What kind of text a token is, for highlighting.</summary>
public enum LexicalKind
{
    /// <summary>A reserved word.</summary>
    Keyword,

    /// <summary>A name.</summary>
    Identifier,

    /// <summary>An integer or decimal.</summary>
    Number,

    /// <summary>A string or template, quotes included.</summary>
    String,

    /// <summary>A <c>#</c> comment to the end of its line.</summary>
    Comment,

    /// <summary>Punctuation and operators.</summary>
    Operator,
}

/// <summary>A token of a .pvg file: its span and kind, as the compiler's lexer reads it.</summary>
public readonly record struct LexicalToken(TextSpan Span, LexicalKind Kind)
{
    /// <summary>Every token of <paramref name="text"/>, comments included, in source order (the parser's own lexer).</summary>
    public static ImmutableArray<LexicalToken> Tokenize(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parsing.TokenClassifier.Tokenize(text);
    }
}
