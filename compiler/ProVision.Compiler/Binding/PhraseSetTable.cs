using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The pack's phrase sets: declared in any file, visible in every template of the pack. Alternatives may use other
/// phrase sets (<c>{lead}</c>) but no slots; cycles are errors.
/// </summary>
internal sealed class PhraseSetTable
{
    private readonly Dictionary<string, BoundPhraseSet> _sets = new(StringComparer.Ordinal);

    public PhraseSetTable(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        var declarations = new List<(SyntaxTree Tree, PhrasesDeclarationSyntax Syntax, PhraseSetSymbol Symbol)>();
        var symbols = new Dictionary<string, PhraseSetSymbol>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.Root.Phrases)
            {
                if (declaration.Name.IsMissing)
                {
                    continue;
                }
                var symbol = new PhraseSetSymbol(declaration.Name.Text, tree.Text, declaration.Name.Span);
                if (!symbols.TryAdd(symbol.Name, symbol))
                {
                    diagnostics.Add(BindingDiagnostics.DuplicatePhraseSet(declaration.Name.Span, symbol.Name) with { Source = tree.Text });
                    continue;
                }
                declarations.Add((tree, declaration, symbol));
            }
        }

        var bound = ImmutableArray.CreateBuilder<BoundPhraseSet>();
        foreach (var (tree, syntax, symbol) in declarations)
        {
            var alternatives = syntax.Alternatives.Select(a => BindAlternative(a, tree.Text, symbols, diagnostics)).ToImmutableArray();
            var set = new BoundPhraseSet(syntax.Span, symbol, alternatives);
            _sets.Add(symbol.Name, set);
            bound.Add(set);
        }
        Bound = bound.ToImmutable();

        foreach (var set in Bound)
        {
            if (ReachesItself(set))
            {
                diagnostics.Add(BindingDiagnostics.PhraseSetCycle(set.Symbol.Declaration, set.Symbol.Name) with { Source = set.Symbol.Source });
                Cyclic.Add(set.Symbol.Name);
            }
        }

        var lengths = new RenderedLength(Lookup);
        foreach (var set in Bound)
        {
            if (!Cyclic.Contains(set.Symbol.Name) && lengths.OfPhraseSet(set.Symbol.Name) is var length and > RenderedLength.Limit)
            {
                diagnostics.Add(BindingDiagnostics.RenderedTooLong(set.Symbol.Declaration, $"phrase set '{set.Symbol.Name}'", RenderedLength.Format(length), RenderedLength.Limit) with { Source = set.Symbol.Source });
                Cyclic.Add(set.Symbol.Name);
            }
        }
    }

    /// <summary>The bound phrase sets in declaration order.</summary>
    public ImmutableArray<BoundPhraseSet> Bound { get; }

    /// <summary>
    /// Names of phrase sets that are part of a cycle or render longer than <see cref="RenderedLength.Limit"/>:
    /// templates must not expand them (both are already errors).
    /// </summary>
    public HashSet<string> Cyclic { get; } = new(StringComparer.Ordinal);

    /// <summary>The names, for suggestions.</summary>
    public IEnumerable<string> Names => _sets.Keys;

    /// <summary>The phrase set called <paramref name="name"/>, or null.</summary>
    public BoundPhraseSet? Lookup(string name) => _sets.GetValueOrDefault(name);

    private static BoundTemplate BindAlternative(TemplateSyntax template, SourceText source, Dictionary<string, PhraseSetSymbol> symbols, List<Diagnostic> diagnostics) =>
        new(template.Span, BindParts(template.Parts, source, symbols, diagnostics));

    private static ImmutableArray<BoundTemplatePart> BindParts(ImmutableArray<TemplatePartSyntax> parts, SourceText source, Dictionary<string, PhraseSetSymbol> symbols, List<Diagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<BoundTemplatePart>(parts.Length);
        foreach (var part in parts)
        {
            switch (part)
            {
                case TemplateTextSyntax text:
                    result.Add(new BoundTemplateText(text.Span, text.Text));
                    break;
                case TemplateGroupSyntax group:
                    result.Add(new BoundTemplateGroup(
                        group.Span,
                        [.. group.Alternatives.Select(a => new BoundTemplate(a.Span, BindParts(a.Parts, source, symbols, diagnostics)))]));
                    break;
                case TemplateHoleSyntax { Expression: NameExpressionSyntax name }:
                    if (symbols.TryGetValue(name.Name.Text, out var symbol))
                    {
                        result.Add(new BoundPhraseSetHole(part.Span, symbol));
                    }
                    else
                    {
                        diagnostics.Add(BindingDiagnostics.UnknownPhraseSet(name.Span, name.Name.Text, NameSuggestions.DidYouMean(name.Name.Text, symbols.Keys)) with { Source = source });
                        result.Add(new BoundErrorHole(part.Span));
                    }
                    break;
                case TemplateHoleSyntax hole:
                    diagnostics.Add(BindingDiagnostics.SlotInPhraseSet(hole.Span, source.ToString(hole.Span)) with { Source = source });
                    result.Add(new BoundErrorHole(part.Span));
                    break;
            }
        }
        return result.MoveToImmutable();
    }

    private bool ReachesItself(BoundPhraseSet start)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<BoundPhraseSet>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            foreach (var used in UsedSets(set))
            {
                if (used == start.Symbol.Name)
                {
                    return true;
                }
                if (visited.Add(used) && _sets.TryGetValue(used, out var next))
                {
                    stack.Push(next);
                }
            }
        }
        return false;
    }

    /// <summary>The phrase sets a set's alternatives use directly.</summary>
    public static IEnumerable<string> UsedSets(BoundPhraseSet set) =>
        set.Alternatives.SelectMany(a => a.DescendantHoles()).OfType<BoundPhraseSetHole>().Select(h => h.PhraseSet.Name);
}
