using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>ask "question" -> "answer"</c>.</summary>
public sealed record AskClauseSyntax(TextSpan Span, TemplateSyntax Question, TemplateSyntax Answer) : TemplateClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "ask";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("question", Question), ("answer", Answer)];
}

/// <summary><c>tell "description"</c>.</summary>
public sealed record TellClauseSyntax(TextSpan Span, TemplateSyntax Description) : TemplateClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "tell";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("description", Description)];
}
