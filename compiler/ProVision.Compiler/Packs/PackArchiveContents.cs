using ProVision.Compiler.Compilation;

namespace ProVision.Compiler.Packs;

/// <summary>
/// Everything a .pvpack holds: the manifest, the vocabulary, the generated C# and its compiled image, and what
/// built it. Self-contained: loading needs no other file.
/// </summary>
public sealed class PackArchiveContents
{
    /// <summary>pack.yaml as written.</summary>
    public required string Manifest { get; init; }

    /// <summary>The vocabulary file's JSON, or null when the pack has none.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>The generated C#.</summary>
    public required string CSharp { get; init; }

    /// <summary>The compiled image of <see cref="CSharp"/>.</summary>
    public required PackImage Image { get; init; }

    /// <summary>The pack's name.</summary>
    public required string PackName { get; init; }

    /// <summary>The pack's version.</summary>
    public string PackVersion { get; init; } = "0.0.0";

    /// <summary>The compiler that built it (<see cref="PackCache.CompilerVersion"/>).</summary>
    public string CompilerVersion { get; init; } = PackCache.CompilerVersion;

    /// <summary>The MVID of the ProVision.Runtime it was compiled against.</summary>
    public string RuntimeMvid { get; init; } = PackCache.RuntimeMvid.ToString("N");

    /// <summary>The .NET version it was compiled on.</summary>
    public string DotnetVersion { get; init; } = Environment.Version.ToString();

    /// <summary>True when this process would compile <see cref="CSharp"/> to the same bytes (same compiler, runtime and .NET).</summary>
    public bool MatchesThisBuild =>
        CompilerVersion == PackCache.CompilerVersion
        && RuntimeMvid == PackCache.RuntimeMvid.ToString("N")
        && DotnetVersion == Environment.Version.ToString();
}
