using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Emit;

// Templates as static readonly TemplateNode trees built with the runtime's factories (Lit, Slot, Seq, Alt, Optional);
// phrase sets become fields of the class, in dependency order, inlined where used as alternations.
internal sealed partial class GeneratorEmitter
{
    private void WriteTemplateFields(CodeWriter writer)
    {
        foreach (var set in UsedPhraseSets())
        {
            writer.Line("// " + CSharpSyntax.CommentText($"phrases {set.Symbol.Name} ({LocationIn(set.Symbol.Source, set.Symbol.Declaration)})"));
            writer.Line($"private static readonly TemplateNode {PhraseField(set.Symbol.Name)} = Alt({string.Join(", ", set.Alternatives.Select(Template))});");
            writer.Blank();
        }

        writer.Line("private static readonly ImmutableArray<AskTemplate> s_asks =");
        writer.Line("[");
        foreach (var ask in _generator.Asks)
        {
            writer.Line("    // " + CSharpSyntax.CommentText($"{Location(ask.Span)}: {Source.ToString(ask.Span)}"));
            writer.Line($"    new AskTemplate({Template(ask.Question)}, {Template(ask.Answer)}),");
        }
        writer.Line("];");
        if (!_generator.Tells.IsEmpty)
        {
            writer.Blank();
            writer.Line("private static readonly ImmutableArray<TemplateNode> s_tells =");
            writer.Line("[");
            foreach (var tell in _generator.Tells)
            {
                writer.Line("    // " + CSharpSyntax.CommentText($"{Location(tell.Span)}: {Source.ToString(tell.Span)}"));
                writer.Line($"    {Template(tell.Description)},");
            }
            writer.Line("];");
        }
        writer.Blank();
    }

    private static string PhraseField(string name) => "p_" + name;

    private static string LocationIn(Text.SourceText source, Text.TextSpan span)
    {
        var position = source.GetLinePosition(span.Start);
        return $"{source.Path}({position.DisplayLine},{position.DisplayColumn})";
    }

    // The phrase sets the generator's templates use, directly or through other sets, dependencies first.
    private List<BoundPhraseSet> UsedPhraseSets()
    {
        var byName = _pack.PhraseSets.ToDictionary(s => s.Symbol.Name, StringComparer.Ordinal);
        var ordered = new List<BoundPhraseSet>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (!visited.Add(name) || !byName.TryGetValue(name, out var set))
            {
                return;
            }
            foreach (var used in PhraseSetTable.UsedSets(set))
            {
                Visit(used);
            }
            ordered.Add(set);
        }

        var templates = _generator.Asks.SelectMany(a => new[] { a.Question, a.Answer }).Concat(_generator.Tells.Select(t => t.Description));
        foreach (var hole in templates.SelectMany(t => t.DescendantHoles()).OfType<BoundPhraseSetHole>())
        {
            Visit(hole.PhraseSet.Name);
        }
        return ordered;
    }

    private string Template(BoundTemplate template) => template.Parts.Length switch
    {
        0 => "Lit(\"\")",
        1 => Part(template.Parts[0]),
        _ => "Seq(" + string.Join(", ", template.Parts.Select(Part)) + ")",
    };

    private string Part(BoundTemplatePart part)
    {
        switch (part)
        {
            case BoundTemplateText text:
                return "Lit(" + CSharpSyntax.String(text.Text) + ")";
            case BoundPhraseSetHole hole:
                return PhraseField(hole.PhraseSet.Name);
            case BoundTemplateGroup group:
                // [a|] (an optional part) reads best as Optional(a).
                if (group.Alternatives is [var only, { Parts.IsEmpty: true }])
                {
                    return "Optional(" + Template(only) + ")";
                }
                return "Alt(" + string.Join(", ", group.Alternatives.Select(Template)) + ")";
            case BoundSlotHole hole:
                if (hole.Helpers.Length > 1)
                {
                    Report(EmitDiagnostics.NestedTemplateHelper(hole.Span, Source.ToString(hole.Span)));
                }
                if (hole.Helpers.IsEmpty)
                {
                    return "Slot(" + CSharpSyntax.String(hole.Slot) + ")";
                }
                if (!SlotHelpers.TryParse(hole.Helpers[0], out _))
                {
                    throw new InvalidOperationException("unbound helper " + hole.Helpers[0]);
                }
                var arguments = hole.Arguments.Select(a => ", TemplateArgument.SlotRef(" + CSharpSyntax.String(a) + ")");
                return "Slot(" + CSharpSyntax.String(hole.Slot) + ", " + CSharpSyntax.String(hole.Helpers[0]) + string.Concat(arguments) + ")";
            default:
                throw new InvalidOperationException("error hole in a template without binding errors");
        }
    }
}
