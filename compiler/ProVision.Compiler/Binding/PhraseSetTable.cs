using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The pack's phrase sets. A set is visible in the files of its folder and of the folders below it, and the nearest
/// declaration wins: a family's folder can have its own <c>inImage</c> without a prefix, and the pack's root folder
/// holds the sets every file shares. A name is declared once per folder (PV1029). Alternatives may use other phrase
/// sets (<c>{lead}</c>), looked up from the set's own file; cycles are errors. Any other hole (<c>{label}</c>,
/// <c>{a(label)}</c>) is a slot of the generator whose template uses the set: its helper is checked here, and whether
/// the generator sets it at each use (PV1073). After every generator is bound, <see cref="ReportUnused"/> warns about
/// sets no template reaches (PV1055).
/// </summary>
internal sealed class PhraseSetTable
{
    private readonly Dictionary<string, List<BoundPhraseSet>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<PhraseSetSymbol, BoundPhraseSet> _bySymbol = [];

    public PhraseSetTable(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        var declarations = new List<(SyntaxTree Tree, PhrasesDeclarationSyntax Syntax, PhraseSetSymbol Symbol)>();
        var symbols = new Dictionary<string, List<PhraseSetSymbol>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.Root.Phrases)
            {
                if (declaration.Name.IsMissing)
                {
                    continue;
                }
                var symbol = new PhraseSetSymbol(declaration.Name.Text, tree.Text, declaration.Name.Span);
                var sameName = symbols.TryGetValue(symbol.Name, out var list) ? list : symbols[symbol.Name] = [];
                if (sameName.Any(other => FolderOf(other.Source) == FolderOf(tree.Text)))
                {
                    diagnostics.Add(BindingDiagnostics.DuplicatePhraseSet(declaration.Name.Span, symbol.Name) with { Source = tree.Text });
                    continue;
                }
                sameName.Add(symbol);
                declarations.Add((tree, declaration, symbol));
            }
        }

        var bound = ImmutableArray.CreateBuilder<BoundPhraseSet>();
        foreach (var (tree, syntax, symbol) in declarations)
        {
            var alternatives = syntax.Alternatives.Select(a => BindAlternative(a, tree.Text, symbols, diagnostics)).ToImmutableArray();
            var set = new BoundPhraseSet(syntax.Span, symbol, alternatives);
            (_byName.TryGetValue(symbol.Name, out var list) ? list : _byName[symbol.Name] = []).Add(set);
            _bySymbol.Add(symbol, set);
            bound.Add(set);
        }
        Bound = bound.ToImmutable();

        foreach (var set in Bound)
        {
            if (ReachesItself(set))
            {
                diagnostics.Add(BindingDiagnostics.PhraseSetCycle(set.Symbol.Declaration, set.Symbol.Name) with { Source = set.Symbol.Source });
                Cyclic.Add(set.Symbol);
            }
        }

        var lengths = new RenderedLength(Lookup);
        foreach (var set in Bound)
        {
            if (!Cyclic.Contains(set.Symbol) && lengths.OfPhraseSet(set.Symbol) is var length and > RenderedLength.Limit)
            {
                diagnostics.Add(BindingDiagnostics.RenderedTooLong(set.Symbol.Declaration, $"phrase set '{set.Symbol.Name}'", RenderedLength.Format(length), RenderedLength.Limit) with { Source = set.Symbol.Source });
                Cyclic.Add(set.Symbol);
            }
        }
    }

    /// <summary>The bound phrase sets in declaration order.</summary>
    public ImmutableArray<BoundPhraseSet> Bound { get; }

    /// <summary>
    /// Phrase sets that are part of a cycle or render longer than <see cref="RenderedLength.Limit"/>: templates must
    /// not expand them (both are already errors).
    /// </summary>
    public HashSet<PhraseSetSymbol> Cyclic { get; } = [];

    /// <summary>The names visible from <paramref name="file"/>, for suggestions.</summary>
    public IEnumerable<string> NamesVisibleFrom(SourceText file) =>
        _byName.Where(entry => entry.Value.Any(s => IsVisible(s.Symbol, file))).Select(entry => entry.Key);

    /// <summary>The phrase set called <paramref name="name"/> as seen from <paramref name="file"/>, or null.</summary>
    public BoundPhraseSet? Lookup(string name, SourceText file) =>
        _byName.TryGetValue(name, out var sets) ? Nearest(sets.Select(s => s.Symbol), file) is { } symbol ? _bySymbol[symbol] : null : null;

    /// <summary>The bound set of a symbol.</summary>
    public BoundPhraseSet? Lookup(PhraseSetSymbol symbol) => _bySymbol.GetValueOrDefault(symbol);

    /// <summary>PV1055 for each set that no template of <paramref name="generators"/> reaches, directly or through other sets.</summary>
    public void ReportUnused(IEnumerable<BoundGenerator> generators, List<Diagnostic> diagnostics)
    {
        var reached = new HashSet<PhraseSetSymbol>();
        var pending = new Stack<PhraseSetSymbol>(generators
            .SelectMany(g => g.Asks.SelectMany(a => new[] { a.Question, a.Answer }).Concat(g.Tells.Select(t => t.Description)))
            .SelectMany(t => t.DescendantHoles()).OfType<BoundPhraseSetHole>().Select(h => h.PhraseSet));
        while (pending.TryPop(out var symbol))
        {
            if (reached.Add(symbol) && _bySymbol.TryGetValue(symbol, out var set))
            {
                foreach (var used in UsedSets(set))
                {
                    pending.Push(used);
                }
            }
        }
        foreach (var set in Bound.Where(s => !reached.Contains(s.Symbol)))
        {
            diagnostics.Add(BindingDiagnostics.UnusedPhraseSet(set.Symbol.Declaration, set.Symbol.Name) with { Source = set.Symbol.Source });
        }
    }

    /// <summary>The phrase sets a set's alternatives use directly.</summary>
    public static IEnumerable<PhraseSetSymbol> UsedSets(BoundPhraseSet set) =>
        set.Alternatives.SelectMany(a => a.DescendantHoles()).OfType<BoundPhraseSetHole>().Select(h => h.PhraseSet);

    // The folder of a file, '/'-separated ("" for a file with no folder): the scope of the sets it declares.
    private static string FolderOf(SourceText file) =>
        (Path.GetDirectoryName(file.Path) ?? "").Replace('\\', '/');

    private static bool IsVisible(PhraseSetSymbol set, SourceText file)
    {
        var folder = FolderOf(set.Source);
        var from = FolderOf(file);
        return folder.Length == 0 || from == folder || from.StartsWith(folder + "/", StringComparison.Ordinal);
    }

    // Of the visible declarations (at most one per folder), the one in the deepest folder.
    private static PhraseSetSymbol? Nearest(IEnumerable<PhraseSetSymbol> sets, SourceText file) =>
        sets.Where(s => IsVisible(s, file)).OrderByDescending(s => FolderOf(s.Source).Length).FirstOrDefault();

    private static BoundTemplate BindAlternative(TemplateSyntax template, SourceText source, Dictionary<string, List<PhraseSetSymbol>> symbols, List<Diagnostic> diagnostics) =>
        new(template.Span, BindParts(template.Parts, source, symbols, diagnostics));

    private static ImmutableArray<BoundTemplatePart> BindParts(ImmutableArray<TemplatePartSyntax> parts, SourceText source, Dictionary<string, List<PhraseSetSymbol>> symbols, List<Diagnostic> diagnostics)
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
                    if (symbols.TryGetValue(name.Name.Text, out var candidates) && Nearest(candidates, source) is { } symbol)
                    {
                        result.Add(new BoundPhraseSetHole(part.Span, symbol));
                    }
                    else
                    {
                        // Any other name is a slot of the generator whose template uses the set, checked there (PV1073).
                        result.Add(name.Name.IsMissing ? new BoundErrorHole(part.Span) : new BoundSlotHole(part.Span, name.Name.Text, [], []));
                    }
                    break;
                case TemplateHoleSyntax { Expression: CallExpressionSyntax call } hole:
                    Action<Diagnostic> report = d => diagnostics.Add(d with { Source = source });
                    result.Add(HelperHoles.Bind(call, _ => true, _ => { }, report) is { } bound ? bound with { Span = hole.Span } : new BoundErrorHole(hole.Span));
                    break;
                case TemplateHoleSyntax hole:
                    diagnostics.Add(BindingDiagnostics.UnsupportedHole(hole.Expression.Span, HelperHoles.Describe(hole.Expression)) with { Source = source });
                    result.Add(new BoundErrorHole(part.Span));
                    break;
            }
        }
        return result.MoveToImmutable();
    }

    private bool ReachesItself(BoundPhraseSet start)
    {
        var visited = new HashSet<PhraseSetSymbol>();
        var stack = new Stack<BoundPhraseSet>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            foreach (var used in UsedSets(set))
            {
                if (used == start.Symbol)
                {
                    return true;
                }
                if (visited.Add(used) && _bySymbol.TryGetValue(used, out var next))
                {
                    stack.Push(next);
                }
            }
        }
        return false;
    }
}
