using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>A top-level declaration: <c>pack</c>, <c>phrases</c> or <c>generator</c>.</summary>
public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>pack builtin</c>: names the pack (the manifest remains the real source of the name).</summary>
public sealed record PackDeclarationSyntax(TextSpan Span, IdentifierSyntax Name) : DeclarationSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name)];
}

/// <summary><c>phrases lead = "" | "tell me" | ...</c>: a named set of alternative phrasings, each a template.</summary>
public sealed record PhrasesDeclarationSyntax(TextSpan Span, IdentifierSyntax Name, ImmutableArray<TemplateSyntax> Alternatives)
    : DeclarationSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("name", Name), .. Unnamed(Alternatives)];
}
