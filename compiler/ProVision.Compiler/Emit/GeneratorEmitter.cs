using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Emit;

/// <summary>
/// Emits one bound generator as a sealed C# class: header members, templates built once in static fields, and
/// <c>Run</c> as plain nested loops. Split by concern: <c>.Templates.cs</c>, <c>.Query.cs</c> (clauses, draws, the
/// emit block), <c>.Expressions.cs</c>, <c>.Calls.cs</c>.
/// </summary>
/// <remarks>
/// Emitted names: .pvg variables become <c>v_name</c> (numbered when a name repeats in one method), temporaries
/// <c>tN</c>, reusable list buffers <c>bN</c> and groupings <c>gN</c> (created once per run, before the loops), phrase
/// sets <c>p_name</c>, the class <c>G_Name</c>. No .pvg text reaches the C# except through string literals and
/// sanitised comments.
/// </remarks>
internal sealed partial class GeneratorEmitter
{
    private readonly BoundGenerator _generator;
    private readonly BoundPack _pack;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<VariableSymbol, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PhraseSetSymbol, string> _phraseFields = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly List<string> _hoisted = [];
    private readonly HashSet<VariableSymbol> _usedVariables;
    private readonly int _admitPoint;
    private CodeWriter _w = new();
    private int _temps;
    private int _loopDepth;

    public GeneratorEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
    {
        _generator = generator;
        _pack = pack;
        _diagnostics = diagnostics;
        _usedVariables = generator.Clauses.SelectMany(c => c.DescendantsAndSelf()).OfType<BoundVariable>().Select(v => v.Variable).ToHashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        _admitPoint = AdmitPoint.Of(generator.Clauses);
    }

    /// <summary>The class name (without namespace).</summary>
    public string ClassName => "G_" + _generator.Name;

    private bool Multi => _generator.IsMultiImage;

    private SourceText Source => _generator.Source;

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
        EmitClauses(0);
        return _w;
    }

    /// <summary><c>file.pvg(12,3)</c> for a span.</summary>
    private string Location(TextSpan span)
    {
        var position = Source.GetLinePosition(span.Start);
        return $"{Source.Path}({position.DisplayLine.ToString(CultureInfo.InvariantCulture)},{position.DisplayColumn.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>Writes <c>// file.pvg(12,3): the source line</c> before the code of a clause.</summary>
    private void Comment(TextSpan span)
    {
        var position = Source.GetLinePosition(span.Start);
        var line = Source.GetLineText(position.Line).Trim();
        _w.Line("// " + CSharpSyntax.CommentText($"{Location(span)}: {line}"));
    }

    private string Temp(string prefix = "t") => prefix + (++_temps).ToString(CultureInfo.InvariantCulture);

    /// <summary>A buffer created once per run (before the loops) and reused by one list-valued expression.</summary>
    private string Buffer(TypeSymbol element)
    {
        var name = Temp("b");
        _hoisted.Add($"var {name} = new ScratchList<{CSharpSyntax.Type(element, Multi)}>();");
        return name;
    }

    /// <summary>The C# name of a .pvg variable, unique in the method.</summary>
    private string NameOf(VariableSymbol variable)
    {
        if (_names.TryGetValue(variable, out var name))
        {
            return name;
        }
        name = "v_" + variable.Name;
        for (var i = 2; !_usedNames.Add(name); i++)
        {
            name = "v_" + variable.Name + "_" + i.ToString(CultureInfo.InvariantCulture);
        }
        _names[variable] = name;
        return name;
    }

    /// <summary>What ends the current iteration: <c>continue</c> inside a loop, <c>return</c> at the top of Run.</summary>
    private string Skip => _loopDepth > 0 ? "continue;" : "return;";

    private void StopCheck() => _w.Line("if (context.ShouldStop()) return;");

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic with { Source = Source });
}
