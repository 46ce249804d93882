using ProVision.Runtime.Engine;
using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Writing;

namespace ProVision.Compiler.Api;

/// <summary>The result of <see cref="PvgCompiler.Compile"/>: diagnostics and, when there were no errors, the generators.</summary>
public sealed class CompiledPvg
{
    private readonly string _compileReport;

    internal CompiledPvg(string path, SourceText text, ImmutableArray<Diagnostic> diagnostics, string? csharp, ImmutableArray<CompiledGenerator> generators, string compileReport = "")
    {
        _compileReport = compileReport;
        Path = path;
        Text = text;
        Diagnostics = diagnostics;
        CSharp = csharp;
        Generators = generators;
    }

    public string Path { get; }
    public SourceText Text { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The emitted C# (null when binding failed).</summary>
    public string? CSharp { get; }

    public ImmutableArray<CompiledGenerator> Generators { get; }

    /// <summary>Every diagnostic as <c>file(line,col): error PV0123: message</c> with the source line and a caret.</summary>
    /// <remarks>Diagnostics of the generated C# (PV4xxx) point into the C# and are rendered against it.</remarks>
    public string FormatDiagnostics() =>
        DiagnosticFormatter.FormatAll(Text, Diagnostics.Where(d => !d.Code.StartsWith("PV4", StringComparison.Ordinal))) + _compileReport;

    /// <summary>Runs every single-image generator on <paramref name="graph"/> and writes the items to <paramref name="sink"/>.</summary>
    public void Run(SceneGraph graph, IItemSink sink, GenerationOptions? options = null, Vocabulary? vocabulary = null)
    {
        if (HasErrors) throw new InvalidOperationException($"{Path} has errors; check Diagnostics before running");
        new GenerationJob { Generators = Generators, Options = options ?? GenerationOptions.Default, Vocabulary = vocabulary, PerImage = null }
            .RunSingleImage([graph], sink);
    }
}
