using System.Globalization;
using System.Text;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.LanguageServer.Features.Navigation;
using ProVision.LanguageServer.Workspace;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Templates;

namespace ProVision.LanguageServer.Features.Hover;

/// <summary>
/// The Markdown shown on hover, from the compiler's own registries: a function's overloads and documentation
/// (<see cref="StandardLibrary.Functions"/>), a member's or variable's or slot's type, a phrase set's phrasings,
/// a generator's header, and on a template the number of distinct phrasings with three of them rendered as items
/// read (the expander and finisher that <c>provision templates --expand</c> uses).
/// </summary>
internal static class HoverContent
{
    /// <summary>How many renderings a template's hover shows.</summary>
    public const int Samples = 3;

    public static string? For(SymbolAt symbol, FileAnalysis file, PackContext pack) => symbol switch
    {
        FunctionAt f => Function(f.Function),
        MemberAt m => Code($"{TypeName(m.Member.Receiver)}.{m.Member.Name}: {m.Member.Type.Name}") + Needs(m.Member.Needs) + $"\n\nRuns `{m.Member.Runtime}`.",
        BuiltinAt b => Code($"{b.Builtin.Name}: {b.Builtin.Type.Name}") + Needs(b.Builtin.Needs) + $"\n\nRuns `{b.Builtin.Runtime}`.",
        VariableAt v => Code($"{KindWord(v.Variable.VariableKind)} {v.Variable.Name}: {v.Variable.Type.Name}"),
        SlotAt s => Code($"slot {s.Slot.Name}: {s.Slot.Type.Name}") + "\n\nA template slot of the emit block; its type decides how it renders.",
        HelperAt h => SlotHelpers.Find(h.Name) is { } helper ? Code($"{{{helper.Name}(...)}}") + "\n\n" + helper.Summary : null,
        PhraseSetAt p => PhraseSet(p.Name, pack),
        GeneratorAt g => Generator(g.Name, pack),
        TemplateAt t => Template(t, file),
        _ => null,
    };

    /// <summary>A function's overloads, documentation and restrictions.</summary>
    public static string Function(FunctionSymbol function)
    {
        var text = new StringBuilder();
        text.Append("```pvg\n");
        foreach (var overload in function.Overloads)
        {
            text.Append(function.Name).Append(overload.Display).Append('\n');
        }
        text.Append("```\n\n").Append(function.Summary);
        text.Append(Needs(function.Needs));
        if (function.Flags.HasFlag(FunctionFlags.ItemRandom))
        {
            text.Append("\n\nOnly inside `emit { }` (draws from the item's random stream).");
        }
        if (function.Flags.HasFlag(FunctionFlags.SingleImage))
        {
            text.Append("\n\nOnly in single-image generators.");
        }
        return text.ToString();
    }

    private static string? PhraseSet(string name, PackContext pack)
    {
        var set = pack.Files.SelectMany(f => f.Binding?.Pack.PhraseSets ?? []).FirstOrDefault(s => s.Symbol.Name == name);
        if (set is null)
        {
            return null;
        }
        var alternatives = set.Alternatives.Select(a => pack.File(set.Symbol.Source.Path)?.Text.ToString(a.Span) ?? "").ToList();
        return Code($"phrases {name}") + $"\n\n{alternatives.Count} phrasing(s): " + string.Join(" | ", alternatives.Take(12).Select(a => "`" + a + "`"))
            + (alternatives.Count > 12 ? " ..." : "");
    }

    private static string? Generator(string name, PackContext pack)
    {
        var generator = pack.Files.SelectMany(f => f.Generators).FirstOrDefault(g => g.Name == name || g.Aliases.Contains(name));
        if (generator is null)
        {
            return null;
        }
        return Code($"generator {generator.Name}") + $"\n\nfamily `{generator.Family.ToName()}`, needs `{(generator.Needs == DataNeeds.None ? "none" : StandardLibrary.NeedNamesOf(generator.Needs))}`"
            + $", {generator.Asks.Length} ask and {generator.Tells.Length} tell template(s)"
            + (generator.Aliases.IsEmpty ? "" : ", alias " + string.Join(", ", generator.Aliases.Select(a => $"`{a}`")));
    }

    private static string? Template(TemplateAt template, FileAnalysis file)
    {
        if (file.Binding is not { } binding || new TemplateNodeBuilder(binding.Pack).Build(template.Template) is not { } node)
        {
            return null;
        }
        var expanded = TemplateExpander.Expand(node);
        if (!expanded.Succeeded)
        {
            return $"This template cannot be expanded: {expanded.Error}.";
        }
        var count = expanded.Count;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{count} distinct phrasing{(count == 1 ? "" : "s")}**");
        text.Append(template.Form == TextForm.Fragment ? " (answer)" : "").Append("\n\n");
        foreach (var index in SampleIndices(count))
        {
            text.Append(CultureInfo.InvariantCulture, $"{index}. {TemplateRenderer.Finish(expanded.Expansions[index].Text, template.Form)}\n");
        }
        return text.ToString();
    }

    /// <summary>The first, middle and last phrasing (fewer when there are fewer), so the samples differ most.</summary>
    public static IEnumerable<int> SampleIndices(int count) =>
        count <= Samples ? Enumerable.Range(0, count) : [0, count / 2, count - 1];

    private static string Code(string text) => "```pvg\n" + text + "\n```";

    private static string Needs(DataNeeds needs) =>
        needs == DataNeeds.None ? "" : $"\n\nReads: `{StandardLibrary.NeedNamesOf(needs)}` (the generator must declare them in `needs`).";

    private static string TypeName(TypeKind kind) => kind.ToString();

    private static string KindWord(VariableKind kind) => kind switch
    {
        VariableKind.Let => "let",
        VariableKind.For => "for",
        VariableKind.Draw => "draw",
        VariableKind.Comprehension => "for (in a list)",
        VariableKind.LambdaParameter => "parameter",
        VariableKind.It => "it",
        _ => "slot",
    };
}
