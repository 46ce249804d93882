using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.LanguageServer.Features.Navigation;
using ProVision.LanguageServer.Workspace;

namespace ProVision.LanguageServer.Features.SemanticTokens;

/// <summary>
/// Semantic tokens: the compiler's lexer gives keywords, numbers, strings, comments and names
/// (<see cref="LexicalToken.Tokenize"/>), and each name is classed by what the binder resolved it to (function,
/// member, variable, slot, phrase set, generator); template holes inside strings are classed the same way.
/// </summary>
internal static class SemanticTokenBuilder
{
    /// <summary>The legend: a token's type is its index here.</summary>
    public static readonly string[] TokenTypes = ["keyword", "comment", "string", "number", "operator", "function", "variable", "property", "class", "enumMember", "parameter"];

    /// <summary>The modifiers: bit i is entry i.</summary>
    public static readonly string[] TokenModifiers = ["declaration", "defaultLibrary"];

    public static int[] Build(FileAnalysis file)
    {
        var tokens = new List<(TextSpan Span, int Type, int Modifiers)>();
        foreach (var token in LexicalToken.Tokenize(file.Text))
        {
            switch (token.Kind)
            {
                case LexicalKind.Keyword:
                    tokens.Add((token.Span, 0, 0));
                    break;
                case LexicalKind.Comment:
                    tokens.Add((token.Span, 1, 0));
                    break;
                case LexicalKind.Number:
                    tokens.Add((token.Span, 3, 0));
                    break;
                case LexicalKind.String:
                    StringToken(file, token.Span, tokens);
                    break;
                case LexicalKind.Identifier when Classify(file, token.Span) is var (type, modifiers):
                    tokens.Add((token.Span, type, modifiers));
                    break;
            }
        }
        return Encode(file.Text, tokens);
    }

    // A string is a string, except the names in a template's holes, which are classed like any other name.
    private static void StringToken(FileAnalysis file, TextSpan span, List<(TextSpan, int, int)> tokens)
    {
        var at = span.Start;
        foreach (var hole in Holes(file, span))
        {
            if (hole.Start > at)
            {
                tokens.Add((TextSpan.FromBounds(at, hole.Start), 2, 0));
            }
            tokens.Add((hole, Classify(file, hole)?.Type ?? 6, Classify(file, hole)?.Modifiers ?? 0));
            at = hole.End;
        }
        if (span.End > at)
        {
            tokens.Add((TextSpan.FromBounds(at, span.End), 2, 0));
        }
    }

    // The names inside the holes of the template at span, in order.
    private static IEnumerable<TextSpan> Holes(FileAnalysis file, TextSpan span)
    {
        var template = file.Tree.Root.DescendantsAndSelf().OfType<TemplateSyntax>().FirstOrDefault(t => t.Span == span);
        if (template is null)
        {
            return [];
        }
        return template.DescendantsAndSelf().OfType<TemplateHoleSyntax>()
            .SelectMany(h => h.Expression.DescendantsAndSelf())
            .Select(n => n switch
            {
                NameExpressionSyntax name => name.Name,
                MemberAccessExpressionSyntax member => member.Member,
                IdentifierSyntax identifier => identifier,
                _ => null,
            })
            .OfType<IdentifierSyntax>()
            .Where(i => !i.IsMissing && span.Contains(i.Span))
            .Select(i => i.Span)
            .Distinct()
            .OrderBy(s => s.Start);
    }

    private static (int Type, int Modifiers)? Classify(FileAnalysis file, TextSpan span) =>
        SymbolResolver.Resolve(file, span.Start) is { } symbol && symbol.Span == span
            ? symbol switch
            {
                FunctionAt => (5, 2),
                HelperAt => (5, 2),
                MemberAt => (7, 2),
                BuiltinAt => (6, 2),
                VariableAt v => (v.Variable.VariableKind == Compiler.Symbols.VariableKind.LambdaParameter ? 10 : 6, v.Variable.Declaration == span ? 1 : 0),
                SlotAt s => (7, s.Slot.Declaration == span ? 1 : 0),
                PhraseSetAt => (9, 0),
                GeneratorAt => (8, 1),
                _ => ((int, int)?)null,
            }
            : null;

    // Five integers a token: line delta, start (delta on the same line), length, type, modifiers. A token that spans
    // lines (none in .pvg: strings and comments end at the line) would be cut to its first line.
    private static int[] Encode(SourceText text, List<(TextSpan Span, int Type, int Modifiers)> tokens)
    {
        var data = new List<int>(tokens.Count * 5);
        var previousLine = 0;
        var previousStart = 0;
        foreach (var (span, type, modifiers) in tokens.OrderBy(t => t.Span.Start))
        {
            var start = text.GetLinePosition(span.Start);
            var lineEnd = text.GetLineSpan(start.Line).End;
            var length = Math.Min(span.End, lineEnd) - span.Start;
            if (length <= 0)
            {
                continue;
            }
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousStart : start.Character);
            data.Add(length);
            data.Add(type);
            data.Add(modifiers);
            previousLine = start.Line;
            previousStart = start.Character;
        }
        return [.. data];
    }
}
