using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>A clause of a generator body; every clause starts with its keyword.</summary>
public abstract record ClauseSyntax(TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The keyword that starts the clause (<c>for</c>, <c>emit</c>, ...), used in messages.</summary>
    public abstract string Keyword { get; }

    /// <summary>The span of the keyword.</summary>
    public TextSpan KeywordSpan => new(Span.Start, Keyword.Length);
}

/// <summary>A header clause: <c>family</c>, <c>needs</c>, <c>alias</c>, <c>images</c>.</summary>
public abstract record HeaderClauseSyntax(TextSpan Span) : ClauseSyntax(Span);

/// <summary>A query clause: <c>for</c>, <c>where</c>, <c>let</c>, <c>sample</c>, <c>draw</c>, <c>budget</c>, <c>emit</c>.</summary>
public abstract record QueryClauseSyntax(TextSpan Span) : ClauseSyntax(Span);

/// <summary>A template clause: <c>ask</c> or <c>tell</c>.</summary>
public abstract record TemplateClauseSyntax(TextSpan Span) : ClauseSyntax(Span);
