using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using System.Collections.Immutable;
using System.Globalization;

namespace ProVision.Compiler.Emit;

/// <summary>
/// Emits one bound generator as a sealed C# class: header members, templates built once in static fields
/// (<c>.Templates.cs</c>), and <c>Run</c> as plain nested loops (<see cref="QueryEmitter"/> and the classes below it).
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
        writer.Open($"public sealed class {ClassName} : CompiledGenerator");
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

    private void WriteHeaderMembers(CodeWriter writer)
    {
        writer.Line($"public override string Name => {CSharpSyntax.String(_generator.Name)};");
        writer.Blank();
        if (!_generator.Aliases.IsEmpty)
        {
            writer.Line($"public override ImmutableArray<string> Aliases => [{string.Join(", ", _generator.Aliases.Select(CSharpSyntax.String))}];");
            writer.Blank();
        }
        writer.Line($"public override GeneratorFamily Family => GeneratorFamily.{_generator.Family};");
        writer.Blank();
        writer.Line($"public override DataNeeds Needs => {NeedsExpression(_generator.Needs)};");
        writer.Blank();
        if (!_generator.HasTags)
        {
            writer.Line("public override bool HasTags => false;");
            writer.Blank();
        }
        if (Multi)
        {
            writer.Line("public override bool IsMultiImage => true;");
            writer.Blank();
            writer.Line($"public override int ImageCount => {_generator.ImageCount.ToString(CultureInfo.InvariantCulture)};");
            writer.Blank();
            if (_generator.DrawsPerItem)
            {
                writer.Line($"public override int MinImageCount => {_generator.MinImageCount.ToString(CultureInfo.InvariantCulture)};");
                writer.Blank();
                writer.Line($"public override int MaxImageCount => {_generator.MaxImageCount.ToString(CultureInfo.InvariantCulture)};");
                writer.Blank();
            }
        }
        writer.Line("public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;");
        if (!_generator.Tells.IsEmpty)
        {
            writer.Blank();
            writer.Line("public override ImmutableArray<TemplateNode> DescriptionTemplates => s_tells;");
        }
        writer.Blank();
        writer.Line("// Read by the end-of-run summary without building the templates above.");
        writer.Line($"public override bool HasClauses(GenerationMode mode) => {HasClausesExpression(!_generator.Asks.IsEmpty, !_generator.Tells.IsEmpty)};");
        if (_generator.PhrasingsDistinctAsWritten)
        {
            writer.Blank();
            writer.Line("// No template repeats a phrasing (no PV1020): each phrasing is expanded when an item draws it.");
            writer.Line("public override bool PhrasingsDistinctAsWritten => true;");
        }
    }

    // CompiledGenerator.HasClauses for a generator with and without ask and tell clauses.
    private static string HasClausesExpression(bool asks, bool tells) => (asks, tells) switch
    {
        (true, true) => "true",
        (true, false) => "mode == GenerationMode.Qa",
        (false, true) => "mode == GenerationMode.Description",
        (false, false) => "false",
    };

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
