using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Workspace;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Templates;

namespace ProVision.LanguageServer.Features.Completion;

/// <summary>
/// The proposals for a <see cref="CompletionContext"/>, each from the registry that defines it: clause keywords,
/// <see cref="StandardLibrary"/> functions (with signatures and documentation), members and built-in values, the
/// generator's variables and emit slots (from the bound tree), the pack's phrase sets, the template helpers
/// (<see cref="SlotHelpers"/>) and the pack vocabulary's labels, categories, attributes and predicates.
/// </summary>
internal static class CompletionProvider
{
    private static readonly string[] s_declarations = ["generator", "phrases", "pack"];
    private static readonly string[] s_clauses = ["family", "needs", "alias", "images", "for", "where", "let", "sample", "draw", "budget", "emit", "ask", "tell"];
    private static readonly string[] s_emitEntries = ["answer", "choices", "evidence", "tag"];
    private static readonly string[] s_operators = ["and", "or", "not", "in", "true", "false", "grouped", "by", "it"];

    public static CompletionItem[] Complete(FileAnalysis file, PackContext pack, int offset)
    {
        var context = CompletionContext.At(file.Text.Text, offset);
        var generator = Generator(file, offset);
        IEnumerable<CompletionItem> items = context.Place switch
        {
            CompletionPlace.TopLevel => Keywords(s_declarations),
            CompletionPlace.Generator => (context.AtLineStart ? Keywords(s_clauses) : []).Concat(Expressions(generator, offset)),
            CompletionPlace.Emit => (context.AtLineStart ? Keywords(s_emitEntries) : []).Concat(Expressions(generator, offset)),
            CompletionPlace.Member => Members(context, generator, offset),
            CompletionPlace.TemplateHole => Hole(context, generator, pack),
            CompletionPlace.String => Vocabulary(context.StringRole, pack),
            CompletionPlace.Needs => StandardLibrary.NeedNames.Select(n => new CompletionItem(n.Name, CompletionItemKind.EnumMember, "data kind")),
            CompletionPlace.Family => Enum.GetValues<GeneratorFamily>().Select(f => new CompletionItem(f.ToName(), CompletionItemKind.EnumMember, "family")),
            _ => [],
        };
        return [.. items.DistinctBy(i => i.Label)];
    }

    // The bound generator around the offset; while the declaration is broken, the one with the same name.
    private static BoundGenerator? Generator(FileAnalysis file, int offset) =>
        file.GeneratorAt(offset) ?? (file.DeclarationAt(offset) is { } syntax ? file.Generators.FirstOrDefault(g => g.Name == syntax.Name.Text) : null);

    private static IEnumerable<CompletionItem> Keywords(IEnumerable<string> words) =>
        words.Select((w, i) => new CompletionItem(w, CompletionItemKind.Keyword, "keyword", SortText: "0" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

    private static IEnumerable<CompletionItem> Expressions(BoundGenerator? generator, int offset)
    {
        foreach (var variable in Variables(generator, offset))
        {
            yield return new CompletionItem(variable.Name, CompletionItemKind.Variable, variable.Type.Name, SortText: "1" + variable.Name);
        }
        foreach (var builtin in StandardLibrary.Builtins)
        {
            yield return new CompletionItem(builtin.Name, CompletionItemKind.Constant, builtin.Type.Name, SortText: "2" + builtin.Name);
        }
        foreach (var function in StandardLibrary.Functions)
        {
            yield return Function(function);
        }
        foreach (var word in s_operators)
        {
            yield return new CompletionItem(word, CompletionItemKind.Keyword, "keyword", SortText: "4" + word);
        }
    }

    /// <summary>A function as a proposal: its first overload as the detail, every overload and the summary as documentation.</summary>
    public static CompletionItem Function(FunctionSymbol function) =>
        new(function.Name, CompletionItemKind.Function, function.Name + function.Overloads[0].Display,
            MarkupContent.Markdown(Hover.HoverContent.Function(function)), SortText: "3" + function.Name);

    // The variables declared in the generator before the offset (query variables, lets, draws, slots), latest first.
    private static IEnumerable<VariableSymbol> Variables(BoundGenerator? generator, int offset)
    {
        if (generator is null)
        {
            return [];
        }
        var declared = new List<VariableSymbol>();
        foreach (var node in generator.DescendantsAndSelf())
        {
            switch (node)
            {
                case BoundLetClause let:
                    declared.Add(let.Variable);
                    break;
                case BoundNamePattern pattern:
                    declared.Add(pattern.Variable);
                    break;
                case BoundDrawClause draw:
                    declared.Add(draw.Variable);
                    break;
                case BoundSlotEntry slot:
                    declared.Add(slot.Variable);
                    break;
                case BoundLambda lambda:
                    declared.AddRange(lambda.Parameters);
                    break;
            }
        }
        return declared.Where(v => v.Declaration.Start < offset && !v.IsDiscard).OrderByDescending(v => v.Declaration.Start).DistinctBy(v => v.Name);
    }

    private static IEnumerable<CompletionItem> Members(CompletionContext context, BoundGenerator? generator, int offset)
    {
        var receiver = context.Receiver!;
        var type = MemberChain.TypeOf(receiver, [.. Variables(generator, offset)], context.Before[..Math.Max(0, context.Before.Length - receiver.Length - 1 - context.Prefix.Length)]);
        var members = type is null
            ? StandardLibrary.Members
            : StandardLibrary.Members.Where(m => m.Receiver == type.Kind);
        return members.Select(m => new CompletionItem(m.Name, CompletionItemKind.Property, $"{m.Receiver}.{m.Name}: {m.Type.Name}",
            MarkupContent.Markdown($"Runs `{m.Runtime}`." + (m.Needs == DataNeeds.None ? "" : $" Reads `{StandardLibrary.NeedNamesOf(m.Needs)}`."))));
    }

    private static IEnumerable<CompletionItem> Hole(CompletionContext context, BoundGenerator? generator, PackContext pack)
    {
        foreach (var slot in generator?.Emit?.Slots ?? [])
        {
            yield return new CompletionItem(slot.Slot.Name, CompletionItemKind.Field, $"slot: {slot.Slot.Type.Name}", SortText: "0" + slot.Slot.Name);
        }
        // Inside a helper's parentheses only slots make sense.
        if (context.Before.Contains('(', StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (var set in pack.Files.SelectMany(f => f.Tree.Root.Phrases))
        {
            yield return new CompletionItem(set.Name.Text, CompletionItemKind.Value, $"phrases ({set.Alternatives.Length} phrasings)", SortText: "1" + set.Name.Text);
        }
        foreach (var helper in SlotHelpers.All)
        {
            yield return new CompletionItem(helper.Name, CompletionItemKind.Function, $"{helper.Name}(slot)", MarkupContent.Markdown(helper.Summary), SortText: "2" + helper.Name);
        }
    }

    private static IEnumerable<CompletionItem> Vocabulary(string? role, PackContext pack)
    {
        var vocabulary = pack.Vocabulary;
        IEnumerable<string> words = role switch
        {
            "label" => vocabulary.Labels,
            "category" => vocabulary.Categories,
            "attribute" => vocabulary.Categories.SelectMany(c => vocabulary.AttributesIn(c)),
            "predicate" => vocabulary.Predicates,
            _ => [],
        };
        return words.Select(w => new CompletionItem(w, CompletionItemKind.Text, $"vocabulary {role}"));
    }
}
