using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// What Roslyn made of a pack's C#: the image, or the diagnostics (C# errors mapped to PV4001, sandbox
/// violations PV4002-PV4010). Spans point into <see cref="CSharp"/>.
/// </summary>
public sealed class PackImageResult
{
    internal PackImageResult(SourceText csharp, ImmutableArray<Diagnostic> diagnostics, PackImage? image)
    {
        CSharp = csharp;
        Diagnostics = diagnostics;
        Image = diagnostics.Any(d => d.IsError) ? null : image;
    }

    /// <summary>The C# that was compiled, with its path (<see cref="PackIdentity.SourcePath"/>).</summary>
    public SourceText CSharp { get; }

    /// <summary>Errors and warnings, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The image; null when there are errors.</summary>
    public PackImage? Image { get; }

    /// <summary>True when there is no error.</summary>
    public bool Success => Image is not null;
}
