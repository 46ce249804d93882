using System.Collections.Immutable;

namespace ProVision.Compiler.Packs;

/// <summary>A loaded pack, or every reason it could not load (and warnings either way).</summary>
public sealed class PackLoadResult
{
    internal PackLoadResult(GeneratorPack? pack, ImmutableArray<PackDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        Pack = HasErrors ? null : pack;
    }

    /// <summary>The pack; null when there is an error.</summary>
    public GeneratorPack? Pack { get; }

    /// <summary>Diagnostics from every file involved, each with its file.</summary>
    public ImmutableArray<PackDiagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when the pack loaded.</summary>
    public bool Success => Pack is not null;

    /// <summary>The diagnostics rendered with the lines they point at, separated by blank lines.</summary>
    public string FormatDiagnostics() => string.Join("\n\n", Diagnostics.Select(d => d.Format()));
}
