using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// <c>generator Name { ... }</c>: header clauses, query clauses ending in the emit block, then templates.
/// The clauses are kept in source order exactly as written; the parser checks the order and reports
/// misplaced clauses, so the binder can rely on it for files without errors. With <see cref="Parameters"/> it is
/// a shared body: only its instances (<see cref="GeneratorInstanceSyntax"/>) are generators.
/// </summary>
public sealed record GeneratorDeclarationSyntax(TextSpan Span, IdentifierSyntax Name, TextSpan OpenBraceSpan, ImmutableArray<ClauseSyntax> Clauses,
    ImmutableArray<ParameterSyntax> Parameters = default)
    : DeclarationSyntax(Span)
{
    /// <summary>True for a parameterised generator (a shared body), even with an empty parameter list.</summary>
    public bool IsParameterised => !Parameters.IsDefault;

    /// <summary>The header clauses (family, needs, alias, images).</summary>
    public IEnumerable<HeaderClauseSyntax> HeaderClauses => Clauses.OfType<HeaderClauseSyntax>();

    /// <summary>The query clauses in order, the emit block included.</summary>
    public IEnumerable<QueryClauseSyntax> QueryClauses => Clauses.OfType<QueryClauseSyntax>();

    /// <summary>The first emit block, if any.</summary>
    public EmitClauseSyntax? Emit => Clauses.OfType<EmitClauseSyntax>().FirstOrDefault();

    /// <summary>The ask and tell templates.</summary>
    public IEnumerable<TemplateClauseSyntax> Templates => Clauses.OfType<TemplateClauseSyntax>();

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("name", Name), .. Unnamed(Parameters.IsDefault ? [] : Parameters), .. Unnamed(Clauses)];
}
