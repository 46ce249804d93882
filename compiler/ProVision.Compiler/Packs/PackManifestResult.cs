using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Packs;

/// <summary>A read manifest, or why there is none. Diagnostic spans point into <see cref="Source"/>.</summary>
public sealed class PackManifestResult
{
    internal PackManifestResult(SourceText source, PackManifest? manifest, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Diagnostics = diagnostics;
        Manifest = HasErrors ? null : manifest;
    }

    /// <summary>The manifest text and path.</summary>
    public SourceText Source { get; }

    /// <summary>The manifest; null when there is an error.</summary>
    public PackManifest? Manifest { get; }

    /// <summary>PV3xxx errors and warnings, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The diagnostics rendered with the lines they point at.</summary>
    public string FormatDiagnostics() => DiagnosticFormatter.FormatAll(Source, Diagnostics);
}
