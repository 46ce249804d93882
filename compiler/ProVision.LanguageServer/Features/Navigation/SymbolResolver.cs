using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Text;
using ProVision.LanguageServer.Workspace;
using ProVision.Runtime.Templates;

namespace ProVision.LanguageServer.Features.Navigation;

/// <summary>
/// Finds what the name at an offset refers to, from the file's syntax (declarations) and bound tree (every use):
/// the same symbols the binder resolved, so hover, definition, references and rename agree with the compiler.
/// </summary>
internal static class SymbolResolver
{
    public static SymbolAt? Resolve(FileAnalysis file, int offset)
    {
        foreach (var set in file.Tree.Root.Phrases)
        {
            if (Touches(set.Name.Span, offset))
            {
                return new PhraseSetAt(set.Name.Span, set.Name.Text);
            }
        }
        foreach (var declaration in file.Tree.Root.Generators)
        {
            if (Touches(declaration.Name.Span, offset))
            {
                return new GeneratorAt(declaration.Name.Span, declaration.Name.Text);
            }
            foreach (var alias in declaration.HeaderClauses.OfType<Compiler.Syntax.AliasClauseSyntax>())
            {
                if (Touches(alias.Name.Span, offset))
                {
                    return new GeneratorAt(alias.Name.Span, alias.Name.Text);
                }
            }
        }
        if (file.GeneratorAt(offset) is { } generator)
        {
            return InGenerator(file.Text, generator, offset);
        }
        // A phrase set used inside another phrase set's alternatives.
        foreach (var set in file.Binding?.Pack.PhraseSets ?? [])
        {
            if (!ReferenceEquals(set.Symbol.Source, file.Text) || !set.Span.Contains(new TextSpan(offset, 0)))
            {
                continue;
            }
            foreach (var hole in set.Alternatives.SelectMany(a => a.DescendantHoles()).OfType<BoundPhraseSetHole>())
            {
                if (NameIn(file.Text, hole.Span, hole.PhraseSet.Name) is { } name && Touches(name, offset))
                {
                    return new PhraseSetAt(name, hole.PhraseSet.Name);
                }
            }
        }
        return null;
    }

    /// <summary>The span of <paramref name="name"/> as written inside <paramref name="span"/> (a hole), or null.</summary>
    public static TextSpan? NameIn(SourceText text, TextSpan span, string name)
    {
        var within = text.ToString(span);
        for (var at = within.IndexOf(name, StringComparison.Ordinal); at >= 0; at = within.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : within[at - 1];
            var after = at + name.Length >= within.Length ? ' ' : within[at + name.Length];
            if (!IsNameChar(before) && !IsNameChar(after))
            {
                return new TextSpan(span.Start + at, name.Length);
            }
        }
        return null;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool Touches(TextSpan span, int offset) => span.Start <= offset && offset <= span.End && !span.IsEmpty;

    private static SymbolAt? InGenerator(SourceText text, BoundGenerator generator, int offset)
    {
        SymbolAt? best = null;
        foreach (var node in generator.DescendantsAndSelf())
        {
            var found = node switch
            {
                BoundVariable v => SlotOf(generator, v.Variable) is { } slot ? new SlotAt(v.Span, slot.Slot, generator) : new VariableAt(v.Span, v.Variable, generator),
                BoundNamePattern p => new VariableAt(p.Variable.Declaration, p.Variable, generator),
                BoundLetClause l => new VariableAt(l.Variable.Declaration, l.Variable, generator),
                BoundDrawClause d => new VariableAt(d.Variable.Declaration, d.Variable, generator),
                BoundSlotEntry s => new SlotAt(s.Slot.Declaration, s.Slot, generator),
                BoundCall c => new FunctionAt(new TextSpan(c.Span.Start, c.Function.Name.Length), c.Function),
                BoundMemberAccess m => new MemberAt(TextSpan.FromBounds(m.Span.End - m.Member.Name.Length, m.Span.End), m.Member),
                BoundBuiltin b => new BuiltinAt(b.Span, b.Builtin),
                BoundLambda l => l.Parameters.Where(p => Touches(p.Declaration, offset)).Select(p => new VariableAt(p.Declaration, p, generator)).FirstOrDefault(),
                BoundPhraseSetHole h => NameIn(text, h.Span, h.PhraseSet.Name) is { } name ? new PhraseSetAt(name, h.PhraseSet.Name) : null,
                BoundSlotHole h => InSlotHole(text, h, generator, offset),
                _ => (SymbolAt?)null,
            };
            if (found is not null && Touches(found.Span, offset) && (best is null || found.Span.Length <= best.Span.Length))
            {
                best = found;
            }
        }
        if (best is not null)
        {
            return best;
        }
        foreach (var ask in generator.Asks)
        {
            if (ask.Question.Span.Contains(new TextSpan(offset, 0)))
            {
                return new TemplateAt(ask.Question.Span, ask.Question, TextForm.Question);
            }
            if (ask.Answer.Span.Contains(new TextSpan(offset, 0)))
            {
                return new TemplateAt(ask.Answer.Span, ask.Answer, TextForm.Fragment);
            }
        }
        return generator.Tells.Where(t => t.Description.Span.Contains(new TextSpan(offset, 0)))
            .Select(t => new TemplateAt(t.Description.Span, t.Description, TextForm.Description)).FirstOrDefault();
    }

    // An emit entry's value seen by later entries (answer = count) is a variable of kind Slot: the slot itself.
    private static BoundSlotEntry? SlotOf(BoundGenerator generator, Compiler.Symbols.VariableSymbol variable) =>
        variable.VariableKind == Compiler.Symbols.VariableKind.Slot ? generator.Emit?.Slots.FirstOrDefault(s => ReferenceEquals(s.Variable, variable)) : null;

    private static SymbolAt? InSlotHole(SourceText text, BoundSlotHole hole, BoundGenerator generator, int offset)
    {
        foreach (var helper in hole.Helpers)
        {
            if (NameIn(text, hole.Span, helper) is { } span && Touches(span, offset))
            {
                return new HelperAt(span, helper);
            }
        }
        foreach (var name in hole.Arguments.Prepend(hole.Slot))
        {
            if (NameIn(text, hole.Span, name) is { } span && Touches(span, offset)
                && generator.Emit?.Slots.FirstOrDefault(s => s.Slot.Name == name) is { } entry)
            {
                return new SlotAt(span, entry.Slot, generator);
            }
        }
        return null;
    }
}
