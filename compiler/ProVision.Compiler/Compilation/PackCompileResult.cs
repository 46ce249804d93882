using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Compilation;

/// <summary>The loaded pack, or why there is none. Diagnostic spans point into <see cref="CSharp"/>.</summary>
public sealed class PackCompileResult
{
    internal PackCompileResult(SourceText csharp, ImmutableArray<Diagnostic> diagnostics, CompiledAssembly? assembly)
    {
        CSharp = csharp;
        Diagnostics = diagnostics;
        Assembly = diagnostics.Any(d => d.IsError) ? null : assembly;
    }

    /// <summary>The C# source, with its path (<see cref="PackIdentity.SourcePath"/>).</summary>
    public SourceText CSharp { get; }

    /// <summary>C# errors (PV4001), sandbox violations (PV4002-PV4010), internal and load failures (PV4011, PV4012).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The loaded generators; null when there are errors.</summary>
    public CompiledAssembly? Assembly { get; }

    /// <summary>True when the pack loaded.</summary>
    public bool Success => Assembly is not null;

    /// <summary>The diagnostics rendered with the C# lines they point at.</summary>
    public string FormatDiagnostics() => DiagnosticFormatter.FormatAll(CSharp, Diagnostics);
}
