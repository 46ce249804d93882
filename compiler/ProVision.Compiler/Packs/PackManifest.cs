using System.Collections.Immutable;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Packs;

/// <summary>A string from pack.yaml with the span it was written at (for later diagnostics).</summary>
public readonly record struct ManifestString(string Value, TextSpan Span)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>
/// A pack's manifest, <c>pack.yaml</c> (read by <see cref="PackManifestReader"/>; the format is in docs/packs.md).
/// Immutable. Paths are as written; the <c>Resolved</c> lists hold full paths when the reader resolved them.
/// </summary>
public sealed class PackManifest
{
    /// <summary>The data a pack declares when <c>data</c> is absent: what every loaded graph has.</summary>
    public const DataNeeds DefaultData = DataNeeds.Labels | DataNeeds.Boxes;

    /// <summary>The source pattern used when <c>sources</c> is absent.</summary>
    public const string DefaultSourcePattern = "**/*.pvg";

    /// <summary>The manifest text, with its path (diagnostic spans point into it).</summary>
    public required SourceText Source { get; init; }

    /// <summary>The folder holding pack.yaml (full path); paths in the manifest are relative to it.</summary>
    public required string Folder { get; init; }

    /// <summary><c>name</c>: letters, digits, '.', '-', '_', starting with a letter.</summary>
    public required ManifestString Name { get; init; }

    /// <summary><c>version</c>, "0.0.0" when absent.</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary><c>description</c>, or null.</summary>
    public string? Description { get; init; }

    /// <summary><c>sources</c>: .pvg paths or globs (<c>*</c>, <c>?</c>, <c>**</c>), as written.</summary>
    public ImmutableArray<ManifestString> Sources { get; init; } = [];

    /// <summary>The .pvg files the sources matched, full paths, in pattern order then path order, without repeats.</summary>
    public ImmutableArray<string> ResolvedSources { get; init; } = [];

    /// <summary><c>vocabulary</c>: the vocabulary file (JSON, see <c>VocabularyReader</c>), or null.</summary>
    public ManifestString? Vocabulary { get; init; }

    /// <summary>The vocabulary file's full path when resolved, or null.</summary>
    public string? ResolvedVocabulary { get; init; }

    /// <summary><c>data</c>: the data kinds generators may need (<see cref="DefaultData"/> when absent).</summary>
    public DataNeeds Data { get; init; } = DefaultData;

    /// <summary>Where <c>data</c> was written, or an empty span at the top when absent.</summary>
    public TextSpan DataSpan { get; init; }

    /// <summary><c>defaults</c>: run settings the pack suggests.</summary>
    public PackDefaults Defaults { get; init; } = new();

    /// <summary><c>generators</c>: which generators are on.</summary>
    public PackGeneratorSelection Generators { get; init; } = new();

    /// <summary><c>snapshots</c>: the pack's snapshot tests.</summary>
    public PackSnapshots Snapshots { get; init; } = new();
}

/// <summary>
/// <c>generators: { enable: [...], disable: [...] }</c>: with <c>enable</c>, only those (by name or alias);
/// then <c>disable</c> removes some. Both absent: every generator.
/// </summary>
public sealed class PackGeneratorSelection
{
    /// <summary>Names or aliases to enable; empty means all.</summary>
    public ImmutableArray<ManifestString> Enable { get; init; } = [];

    /// <summary>Names or aliases to disable.</summary>
    public ImmutableArray<ManifestString> Disable { get; init; } = [];
}

/// <summary><c>snapshots: { fixtures: [...], folder: ... }</c>.</summary>
public sealed class PackSnapshots
{
    /// <summary>Scene-graph files the snapshot tests run on, as written.</summary>
    public ImmutableArray<ManifestString> Fixtures { get; init; } = [];

    /// <summary>The fixtures' full paths when resolved.</summary>
    public ImmutableArray<string> ResolvedFixtures { get; init; } = [];

    /// <summary>Where snapshots are kept, as written, or null (the runner's default).</summary>
    public ManifestString? Folder { get; init; }
}
