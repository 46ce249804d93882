using ProVision.Compiler.Packs;

namespace ProVision.Compiler.Api;

/// <summary>What a command's target argument names.</summary>
public enum CompileTargetKind
{
    /// <summary>A .pvg file that belongs to no pack: compiled on its own (a pack of one file).</summary>
    SourceFile,

    /// <summary>A .pvg file inside a pack's folder: it uses the pack's shared phrase sets, so it is compiled as that pack.</summary>
    PackMember,

    /// <summary>A pack.yaml, the folder holding one, or a .pvpack.</summary>
    Pack,
}

/// <summary>
/// The one reading of a target argument (<c>check</c>, <c>emit</c>, <c>templates</c>, <c>snapshot</c>): a .pvg file
/// on its own, a .pvg file that is part of a pack (the nearest enclosing folder with a pack.yaml), or a pack. All
/// of them load as a <see cref="GeneratorPack"/>, so every command treats a given file the same way.
/// </summary>
/// <param name="Kind">What the target is.</param>
/// <param name="Path">The target as given.</param>
/// <param name="PackPath">The pack to load: the pack.yaml of a pack member, the target itself for a pack, null for a lone file.</param>
public sealed record CompileTarget(CompileTargetKind Kind, string Path, string? PackPath)
{
    /// <summary>Reads a target argument; a pack member is found by looking for pack.yaml in the file's folder and its parents.</summary>
    public static CompileTarget Resolve(string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        if (!target.EndsWith(".pvg", StringComparison.OrdinalIgnoreCase) || Directory.Exists(target))
        {
            return new CompileTarget(CompileTargetKind.Pack, target, target);
        }
        return EnclosingPack(target) is { } manifest
            ? new CompileTarget(CompileTargetKind.PackMember, target, manifest)
            : new CompileTarget(CompileTargetKind.SourceFile, target, null);
    }

    /// <summary>A line saying that a pack member is handled as its pack ("a.pvg belongs to the pack p/pack.yaml; using the pack"), else null.</summary>
    public string? Note => Kind == CompileTargetKind.PackMember ? $"{Path} belongs to the pack {PackPath}; using the pack" : null;

    /// <summary>Loads the target as a pack (a lone file as a pack of one file) with the standard emitter and compiler.</summary>
    public PackLoadResult Load(PackLoadOptions? options = null) => Kind == CompileTargetKind.SourceFile
        ? PackLoader.LoadSourceFile(Path, PvgCompiler.StandardOptions(options))
        : PvgCompiler.LoadPack(PackPath!, ShownPath is null && Precompiled is null ? options
            : (options ?? new PackLoadOptions()) with { ManifestShownPath = ShownPath ?? options?.ManifestShownPath, Precompiled = Precompiled ?? options?.Precompiled });

    /// <summary>The path the pack's manifest goes by in messages and generated C#, when not <see cref="PackPath"/> (<see cref="PackLoadOptions.ManifestShownPath"/>).</summary>
    public string? ShownPath { get; init; }

    /// <summary>The host's precompiled build of this pack, used when the files match it (<see cref="PackLoadOptions.Precompiled"/>).</summary>
    public Compilation.PrecompiledPack? Precompiled { get; init; }

    private static string? EnclosingPack(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        for (var folder = new FileInfo(file).Directory; folder is not null; folder = folder.Parent)
        {
            var manifest = System.IO.Path.Combine(folder.FullName, PackManifestReader.FileName);
            if (File.Exists(manifest))
            {
                // Shown the way the file was given: absolute for an absolute path, else relative to the working folder.
                return System.IO.Path.IsPathRooted(file) ? manifest : System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), manifest);
            }
        }
        return null;
    }
}
