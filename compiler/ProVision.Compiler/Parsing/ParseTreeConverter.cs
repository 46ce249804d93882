using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Converts ANTLR's parse tree into our immutable syntax tree, once, right after parsing; nothing after
/// this class sees an ANTLR type. Every accessor may return null or a conjured token after error
/// recovery, so each conversion has a fallback (a missing identifier or <see cref="MissingExpressionSyntax"/>)
/// placed where the missing piece belongs. Split by concern over partial files.
/// </summary>
/// <remarks>
/// It matches on context types rather than using the generated visitor: a switch with a default arm
/// makes the "ANTLR gave us an incomplete context" case explicit.
/// </remarks>
internal sealed partial class ParseTreeConverter(SourceText source, DiagnosticBag diagnostics, ITokenStream tokens, IReadOnlySet<int> skippedTokens)
{
    public CompilationUnitSyntax ConvertCompilationUnit(CompilationUnitContext context)
    {
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        foreach (var declaration in context.declaration() ?? [])
        {
            if (ConvertDeclaration(declaration) is { } converted)
            {
                declarations.Add(converted);
            }
        }

        return new CompilationUnitSyntax(new TextSpan(0, source.Length), declarations.ToImmutable());
    }

    private IdentifierSyntax Identifier(ITerminalNode? node, int fallbackPosition) =>
        TokenSpans.IsMissing(node)
            ? new IdentifierSyntax(new TextSpan(fallbackPosition, 0), string.Empty)
            : new IdentifierSyntax(TokenSpans.Of(node!.Symbol), node.Symbol.Text);

    private static IdentifierSyntax Identifier(IToken token) => new(TokenSpans.Of(token), token.Text);

    /// <summary><c>scene-graph</c>: names joined by '-' with nothing in between.</summary>
    private IdentifierSyntax ConvertDashedName(DashedNameContext? context, int fallbackPosition)
    {
        var parts = (context?.IDENT() ?? []).Where(n => !TokenSpans.IsMissing(n)).Select(n => n.Symbol).ToList();
        if (parts.Count == 0)
        {
            return new IdentifierSyntax(new TextSpan(fallbackPosition, 0), string.Empty);
        }

        var span = TextSpan.FromBounds(parts[0].StartIndex, parts[^1].StopIndex + 1);
        var name = string.Join("-", parts.Select(p => p.Text));
        if (span.Length != name.Length)
        {
            diagnostics.Add(SyntaxDiagnostics.SpacedDashedName(span, name));
        }

        return new IdentifierSyntax(span, name);
    }

    /// <summary>
    /// The span of a context without the tokens error recovery skipped at its start: ANTLR counts
    /// them in (the context began before they were found to be wrong), but a node should start at
    /// its own text.
    /// </summary>
    private TextSpan Span(ParserRuleContext context)
    {
        var span = TokenSpans.Of(context);
        var start = context.Start;
        if (TokenSpans.IsMissing(start) || !skippedTokens.Contains(start.TokenIndex))
        {
            return span;
        }

        for (var i = start.TokenIndex; i < tokens.Size; i++)
        {
            var token = tokens.Get(i);
            if (token.StartIndex >= span.End || token.Type == TokenConstants.EOF)
            {
                break;
            }

            if (token.Channel == TokenConstants.DefaultChannel && !skippedTokens.Contains(i))
            {
                return TextSpan.FromBounds(token.StartIndex, span.End);
            }
        }

        return new TextSpan(span.End, 0);
    }

    private int End(ParserRuleContext context) => TokenSpans.Of(context).End;

    /// <summary>Just after a token, or <paramref name="fallback"/> when it is missing.</summary>
    private static int After(ITerminalNode? node, int fallback) =>
        TokenSpans.IsMissing(node) ? fallback : node!.Symbol.StopIndex + 1;

    /// <summary>Just after the context's first token (its keyword): where a missing name after it belongs.</summary>
    private static int AfterKeyword(ParserRuleContext context) =>
        TokenSpans.IsMissing(context.Start) || context.Start.Type == TokenConstants.EOF
            ? TokenSpans.Of(context).Start
            : context.Start.StopIndex + 1;
}
