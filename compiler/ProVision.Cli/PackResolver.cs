using ProVision.Compiler.Api;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Packs;

namespace ProVision.Cli;

/// <summary>
/// Turns a target or <c>--pack</c> argument into a loaded pack: <c>builtin</c> (the pack embedded in the CLI), a
/// pack.yaml, its folder, a compiled .pvpack, or a .pvg file (alone, or as part of its pack: <see cref="CompileTarget"/>). The embedded pack is written once to a folder under the cache, so it
/// loads like any other pack (and hits the compiled-pack cache after the first run).
/// </summary>
public static class PackResolver
{
    public const string Builtin = "builtin";
    private const string ResourcePrefix = "builtin/";

    public static PackLoadResult Load(string? spec) => Resolve(spec).Load();

    /// <summary>
    /// What a target argument names: <c>builtin</c> (with the build of it compiled into the tool,
    /// <see cref="BuiltinPrecompiled"/>), else as <see cref="CompileTarget.Resolve"/> reads it.
    /// </summary>
    public static CompileTarget Resolve(string? spec) =>
        spec is null or Builtin
            ? new CompileTarget(CompileTargetKind.Pack, Builtin, BuiltinManifestPath()) { ShownPath = BuiltinShownPath, Precompiled = BuiltinPrecompiled }
            : CompileTarget.Resolve(spec);

    /// <summary>The built-in pack's manifest in messages and generated C#: <see cref="PrecompiledPack.BuiltinShownPath"/>.</summary>
    public const string BuiltinShownPath = PrecompiledPack.BuiltinShownPath;

    /// <summary>
    /// The built-in pack as compiled into the tool (ProVision.Builtin), used when the extracted files are the ones it
    /// was built from (docs/packs.md#precompiled-built-in-pack).
    /// </summary>
    public static PrecompiledPack BuiltinPrecompiled { get; } =
        new(ProVision.Builtin.BuiltinPackBuild.SourceKey, ProVision.Builtin.BuiltinPackBuild.FrontEndNotes, ProVision.Generated.PackGeneratorFactory.Create, ProVision.Builtin.BuiltinPackBuild.ReadCSharp)
        {
            Manifest = new(ProVision.Builtin.BuiltinPackBuild.ManifestText, ProVision.Builtin.BuiltinPackBuild.ManifestTree),
            Vocabulary = CarriedVocabulary.From(ProVision.Builtin.BuiltinPackBuild.VocabularyText, ProVision.Builtin.BuiltinPackBuild.VocabularyTables),
            KeyParts = ProVision.Builtin.BuiltinPackBuild.KeyParts,
        };

    /// <summary>The pack.yaml of the embedded built-in pack, extracted on first use.</summary>
    /// <remarks>
    /// The folder is named by this assembly's module version id: a deterministic build's MVID is a hash of its whole
    /// image, the embedded pack included, so another pack means another folder, while a run whose folder exists reads
    /// no resource at all (a warm start; docs/performance.md#start-up). The compiled-pack cache is keyed by the files'
    /// contents (docs/packs.md#cache-keys), so two builds with the same pack still share their compiled entry.
    /// </remarks>
    public static string BuiltinManifestPath()
    {
        var assembly = typeof(PackResolver).Assembly;
        var folder = Path.Combine(CacheRoot(), "builtin", assembly.ManifestModule.ModuleVersionId.ToString("N")[..16]);
        var manifest = Path.Combine(folder, "pack.yaml");
        if (File.Exists(manifest)) return manifest;

        // Write to a temporary folder and move it into place, so a concurrent run never sees half a pack.
        var temp = folder + "." + Environment.ProcessId + ".tmp";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = Path.Combine(temp, name[ResourcePrefix.Length..].Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            resource.CopyTo(file);
        }
        try { Directory.Move(temp, folder); }
        catch (IOException) when (Directory.Exists(folder)) { Directory.Delete(temp, recursive: true); }
        StartupTrace.Mark("builtin extracted");
        return manifest;
    }

    private static string CacheRoot() =>
        Environment.GetEnvironmentVariable("PROVISION_CACHE") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "provision");
}
