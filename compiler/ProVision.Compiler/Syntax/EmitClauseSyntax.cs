using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>emit { slot = expr ... tag name = expr }</c>: produces one item from the current bindings.</summary>
public sealed record EmitClauseSyntax(TextSpan Span, ImmutableArray<EmitEntrySyntax> Entries) : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "emit";

    /// <summary>The slot entries (<c>answer</c>, <c>choices</c> and <c>evidence</c> included).</summary>
    public IEnumerable<SlotEntrySyntax> Slots => Entries.OfType<SlotEntrySyntax>();

    /// <summary>The metadata tags.</summary>
    public IEnumerable<TagEntrySyntax> Tags => Entries.OfType<TagEntrySyntax>();

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Entries);
}

/// <summary>An entry of an emit block.</summary>
public abstract record EmitEntrySyntax(TextSpan Span, IdentifierSyntax Name, ExpressionSyntax Value) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name), ("value", Value)];
}

/// <summary><c>name = expr</c>: a template slot; <c>answer</c>, <c>choices</c> and <c>evidence</c> are special to the binder.</summary>
public sealed record SlotEntrySyntax(TextSpan Span, IdentifierSyntax Name, ExpressionSyntax Value) : EmitEntrySyntax(Span, Name, Value);

/// <summary><c>tag name = expr</c>: metadata used for balanced sampling.</summary>
public sealed record TagEntrySyntax(TextSpan Span, IdentifierSyntax Name, ExpressionSyntax Value) : EmitEntrySyntax(Span, Name, Value);
