using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>A name as written. A missing name (after a syntax error) has empty text and an empty span.</summary>
public sealed record IdentifierSyntax(TextSpan Span, string Text) : SyntaxNode(Span)
{
    /// <summary>True when the parser had to invent this name to recover from an error.</summary>
    public bool IsMissing => Text.Length == 0;

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => IsMissing ? "<missing>" : Text;
}
