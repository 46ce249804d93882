using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// A template string (<c>ask</c>, <c>tell</c> or a phrase-set alternative) parsed into literal text,
/// groups and holes. <see cref="SyntaxNode.Span"/> covers the string with its quotes;
/// <see cref="ContentSpan"/> the text between them; every part's span points into the file.
/// </summary>
public sealed record TemplateSyntax(TextSpan Span, TextSpan ContentSpan, ImmutableArray<TemplatePartSyntax> Parts) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Parts);
}

/// <summary>A piece of a template.</summary>
public abstract record TemplatePartSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>Literal text with escapes decoded (<c>\[</c> becomes <c>[</c>).</summary>
public sealed record TemplateTextSyntax(TextSpan Span, string Text) : TemplatePartSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => SyntaxFacts.Quote(Text);
}

/// <summary>
/// <c>{name}</c>, <c>{fn(a, b)}</c> or <c>{a.b}</c>: a slot, a phrase set or an inflection helper. The
/// expression is restricted to names, member access, calls and integers.
/// </summary>
public sealed record TemplateHoleSyntax(TextSpan Span, ExpressionSyntax Expression) : TemplatePartSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [(string.Empty, Expression)];
}

/// <summary><c>[a|b|c]</c>; an optional part is a group with an empty alternative, <c>[a|]</c>.</summary>
public sealed record TemplateGroupSyntax(TextSpan Span, ImmutableArray<TemplateAlternativeSyntax> Alternatives)
    : TemplatePartSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Alternatives);
}

/// <summary>One alternative of a group: itself a sequence of parts (possibly empty).</summary>
public sealed record TemplateAlternativeSyntax(TextSpan Span, ImmutableArray<TemplatePartSyntax> Parts) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Parts);
}
