using Microsoft.CodeAnalysis;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Sandbox;

/// <summary>Roslyn positions as the compiler's spans and one-based line numbers.</summary>
internal static class SandboxSpans
{
    public static TextSpan Of(SyntaxNode node) => new(node.Span.Start, node.Span.Length);

    public static TextSpan Of(SyntaxToken token) => new(token.Span.Start, token.Span.Length);

    public static int LineOf(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    public static int LineOf(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
