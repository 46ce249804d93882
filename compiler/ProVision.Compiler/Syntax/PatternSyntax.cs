using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>What a <c>for</c> binds each element to: a name or a tuple of patterns.</summary>
public abstract record PatternSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>A single variable; <c>_</c> is an ordinary name here (the binder may treat it as a discard).</summary>
public sealed record NamePatternSyntax(TextSpan Span, IdentifierSyntax Name) : PatternSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => Name.Describe();
}

/// <summary><c>(a, b)</c>: destructures a tuple element.</summary>
public sealed record TuplePatternSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Elements) : PatternSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Elements);
}
