using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using System.Collections.Immutable;
using System.Globalization;

namespace ProVision.Compiler.Emit;

/// <summary>
/// Emits one bound generator as a sealed C# class deriving from <see cref="EmittedGenerator"/>: templates built once in
/// static fields (<c>.Templates.cs</c>), a constructor passing the header's facts as a <see cref="GeneratorHeader"/>, and
/// <c>Run</c> as plain nested loops (<see cref="QueryEmitter"/> and the classes below it).
/// </summary>
internal sealed partial class GeneratorEmitter : QueryEmitter
{
    private readonly Dictionary<PhraseSetSymbol, string> _phraseFields = [];

    public GeneratorEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
        : base(generator, pack, diagnostics)
    {
    }

    /// <summary>The class name (without namespace).</summary>
    public string ClassName => "G_" + _generator.Name;

    public void WriteClass(CodeWriter writer)
    {
        var run = EmitRun();
        writer.Line("/// <summary>");
        var declared = _generator.Instance is { } instance
            ? $"generator {instance.Syntax.Name.Text} ({LocationIn(instance.Source, instance.Syntax.Span)}): {instance.Source.ToString(instance.Syntax.Span)}, the body at {Location(_generator.Syntax.Name.Span)}"
            : $"generator {_generator.Name} ({Location(_generator.Syntax.Name.Span)})";
        writer.Line("/// " + CSharpSyntax.CommentText(declared).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));
        writer.Line("/// </summary>");
        writer.Open($"public sealed class {ClassName} : EmittedGenerator");
        WriteTemplateFields(writer);
        WriteHeaderMembers(writer);
        writer.Blank();
        writer.Open("public override void Run(GeneratorContext context)");
        if (!Multi)
        {
            writer.Line("var graph = context.Graph;");
        }
        foreach (var line in _hoisted)
        {
            writer.Line(line);
        }
        writer.Blank();
        writer.Append(run);
        writer.Close();
        writer.Close();
    }

    // The header's facts go to EmittedGenerator's constructor (compiled ahead of time with the runtime) rather than into
    // a member each, which a jitted pack assembly compiles one by one when the tool first reads them.
    private void WriteHeaderMembers(CodeWriter writer)
    {
        var facts = HeaderFacts();
        var header = $"new GeneratorHeader({CSharpSyntax.String(_generator.Name)}, GeneratorFamily.{_generator.Family}, {NeedsExpression(_generator.Needs)})";
        writer.Line($"public {ClassName}()");
        if (facts.Count == 0)
        {
            writer.Line($"    : base({header})");
        }
        else
        {
            writer.Line($"    : base({header}");
            writer.Line("    {");
            foreach (var fact in facts)
            {
                writer.Line("        " + fact);
            }
            writer.Line("    })");
        }
        writer.Line("{");
        writer.Line("}");
        writer.Blank();
        writer.Line("public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;");
        if (!_generator.Tells.IsEmpty)
        {
            writer.Blank();
            writer.Line("public override ImmutableArray<TemplateNode> DescriptionTemplates => s_tells;");
        }
    }

    // The header's initialiser lines: the facts that differ from GeneratorHeader's defaults.
    private List<string> HeaderFacts()
    {
        var facts = new List<string>();
        if (!_generator.Aliases.IsEmpty)
        {
            facts.Add($"Aliases = [{string.Join(", ", _generator.Aliases.Select(CSharpSyntax.String))}],");
        }
        if (!_generator.HasTags)
        {
            facts.Add("HasTags = false,");
        }
        if (Multi)
        {
            facts.Add("IsMultiImage = true,");
            facts.Add($"ImageCount = {_generator.ImageCount.ToString(CultureInfo.InvariantCulture)},");
            if (_generator.DrawsPerItem)
            {
                facts.Add($"MinImageCount = {_generator.MinImageCount.ToString(CultureInfo.InvariantCulture)},");
                facts.Add($"MaxImageCount = {_generator.MaxImageCount.ToString(CultureInfo.InvariantCulture)},");
            }
        }
        if (!_generator.Asks.IsEmpty)
        {
            facts.Add("HasAskClauses = true,");
        }
        if (!_generator.Tells.IsEmpty)
        {
            facts.Add("HasTellClauses = true,");
        }
        if (_generator.PhrasingsDistinctAsWritten)
        {
            facts.Add("// No template repeats a phrasing (no PV1020): each phrasing is expanded when an item draws it.");
            facts.Add("PhrasingsDistinctAsWritten = true,");
        }
        return facts;
    }

    private static string NeedsExpression(DataNeeds needs)
    {
        if (needs == DataNeeds.None)
        {
            return "DataNeeds.None";
        }
        return string.Join(" | ", Enum.GetValues<DataNeeds>().Where(n => n != DataNeeds.None && (needs & n) != 0).Select(n => "DataNeeds." + n));
    }

    private CodeWriter EmitRun()
    {
        _w = new CodeWriter(2);
        if (!Multi)
        {
            // Run's own scope: values that depend on no variable of the query (a multi-image generator's start at its
            // draw loop, whose images change).
            PushScope();
        }
        EmitClauses(0);
        return _w;
    }
}
