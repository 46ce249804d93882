using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>family object</c>; the name may contain dashes (<c>scene-graph</c>). Its value is checked by the binder.</summary>
public sealed record FamilyClauseSyntax(TextSpan Span, IdentifierSyntax Name) : HeaderClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "family";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name)];
}

/// <summary><c>needs labels, boxes</c>: the data the generator reads.</summary>
public sealed record NeedsClauseSyntax(TextSpan Span, ImmutableArray<IdentifierSyntax> Needs) : HeaderClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "needs";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Needs);
}

/// <summary><c>alias CountObjects</c>: another name to select the generator by (may repeat).</summary>
public sealed record AliasClauseSyntax(TextSpan Span, IdentifierSyntax Name) : HeaderClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "alias";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name)];
}

/// <summary><c>images 2</c>: images per item for multi-image generators (the binder requires a constant).</summary>
public sealed record ImagesClauseSyntax(TextSpan Span, ExpressionSyntax Count) : HeaderClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "images";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("count", Count)];
}
