using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Text;
using ProVision.LanguageServer.Workspace;

namespace ProVision.LanguageServer.Features.Navigation;

/// <summary>A place a symbol is written: the file and the span of the name.</summary>
internal sealed record SymbolLocation(SourceText Text, TextSpan Span, bool IsDeclaration);

/// <summary>
/// Every place a symbol is declared or used. Variables and slots are local to their generator; phrase sets,
/// functions and generators are looked up across every file of the pack (generators also in pack.yaml's
/// <c>generators: enable/disable</c> lists).
/// </summary>
internal static class ReferenceFinder
{
    public static IReadOnlyList<SymbolLocation> Find(SymbolAt symbol, PackContext pack)
    {
        var result = new List<SymbolLocation>();
        switch (symbol)
        {
            case VariableAt v:
                result.Add(new SymbolLocation(v.Generator.Source, v.Variable.Declaration, true));
                result.AddRange(v.Generator.DescendantsAndSelf().OfType<BoundVariable>()
                    .Where(r => ReferenceEquals(r.Variable, v.Variable))
                    .Select(r => new SymbolLocation(v.Generator.Source, r.Span, false)));
                break;
            case SlotAt s:
                result.Add(new SymbolLocation(s.Generator.Source, s.Slot.Declaration, true));
                var entry = s.Generator.Emit?.Slots.FirstOrDefault(e => ReferenceEquals(e.Slot, s.Slot));
                result.AddRange(s.Generator.DescendantsAndSelf().OfType<BoundVariable>()
                    .Where(r => entry is not null && ReferenceEquals(r.Variable, entry.Variable))
                    .Select(r => new SymbolLocation(s.Generator.Source, r.Span, false)));
                foreach (var hole in s.Generator.DescendantsAndSelf().OfType<BoundSlotHole>())
                {
                    foreach (var name in hole.Arguments.Prepend(hole.Slot).Where(n => n == s.Slot.Name).Distinct())
                    {
                        if (SymbolResolver.NameIn(s.Generator.Source, hole.Span, name) is { } span)
                        {
                            result.Add(new SymbolLocation(s.Generator.Source, span, false));
                        }
                    }
                }
                break;
            case PhraseSetAt p:
                PhraseSet(p.Name, pack, result);
                break;
            case FunctionAt f:
                foreach (var file in pack.Files)
                {
                    result.AddRange(file.Generators.SelectMany(g => g.DescendantsAndSelf()).OfType<BoundCall>()
                        .Where(c => ReferenceEquals(c.Function, f.Function))
                        .Select(c => new SymbolLocation(file.Text, new TextSpan(c.Span.Start, c.Function.Name.Length), false)));
                }
                break;
            case GeneratorAt g:
                Generator(g.Name, pack, result);
                break;
        }
        return [.. result.DistinctBy(l => (l.Text.Path, l.Span)).OrderBy(l => l.Text.Path, StringComparer.Ordinal).ThenBy(l => l.Span.Start)];
    }

    private static void PhraseSet(string name, PackContext pack, List<SymbolLocation> result)
    {
        foreach (var file in pack.Files)
        {
            foreach (var set in file.Tree.Root.Phrases.Where(s => s.Name.Text == name))
            {
                result.Add(new SymbolLocation(file.Text, set.Name.Span, true));
            }
            var holes = file.Generators.SelectMany(g => g.DescendantsAndSelf()).OfType<BoundPhraseSetHole>();
            // Phrase sets used by the file's own phrase sets (the pack's table holds every file's; keep this file's).
            var inSets = (file.Binding?.Pack.PhraseSets ?? [])
                .Where(s => ReferenceEquals(s.Symbol.Source, file.Text))
                .SelectMany(s => s.Alternatives.SelectMany(a => a.DescendantHoles()))
                .OfType<BoundPhraseSetHole>();
            foreach (var hole in holes.Concat(inSets).Where(h => h.PhraseSet.Name == name))
            {
                if (SymbolResolver.NameIn(file.Text, hole.Span, name) is { } span)
                {
                    result.Add(new SymbolLocation(file.Text, span, false));
                }
            }
        }
    }

    private static void Generator(string name, PackContext pack, List<SymbolLocation> result)
    {
        foreach (var file in pack.Files)
        {
            foreach (var declaration in file.Tree.Root.Generators)
            {
                if (declaration.Name.Text == name)
                {
                    result.Add(new SymbolLocation(file.Text, declaration.Name.Span, true));
                }
                foreach (var alias in declaration.HeaderClauses.OfType<Compiler.Syntax.AliasClauseSyntax>().Where(a => a.Name.Text == name))
                {
                    result.Add(new SymbolLocation(file.Text, alias.Name.Span, true));
                }
            }
        }
        if (pack.Manifest is { } manifest && pack.ManifestText is { } text)
        {
            foreach (var entry in manifest.Generators.Enable.Concat(manifest.Generators.Disable).Where(e => e.Value == name))
            {
                result.Add(new SymbolLocation(text, entry.Span, false));
            }
        }
    }
}
