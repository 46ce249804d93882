using System.Security.Cryptography;
using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;

namespace ProVision.Cli;

/// <summary>
/// Turns a target or <c>--pack</c> argument into a loaded pack: <c>builtin</c> (the pack embedded in the CLI), a
/// pack.yaml, its folder, a compiled .pvpack, or a .pvg file (alone, or as part of its pack: <see cref="CompileTarget"/>). The embedded pack is written once to a folder named by its content hash under
/// the cache, so it loads like any other pack (and hits the compiled-pack cache after the first run).
/// </summary>
public static class PackResolver
{
    public const string Builtin = "builtin";
    private const string ResourcePrefix = "builtin/";

    public static PackLoadResult Load(string? spec) => Resolve(spec).Load();

    /// <summary>What a target argument names: <c>builtin</c>, else as <see cref="CompileTarget.Resolve"/> reads it.</summary>
    public static CompileTarget Resolve(string? spec) =>
        spec is null or Builtin
            ? new CompileTarget(CompileTargetKind.Pack, Builtin, BuiltinManifestPath()) { ShownPath = BuiltinShownPath }
            : CompileTarget.Resolve(spec);

    /// <summary>
    /// The built-in pack's manifest in messages and generated C# (its sources are <c>builtin/…</c>): the same wherever
    /// it was extracted, so its cache entries survive a moved or restored cache folder.
    /// </summary>
    public const string BuiltinShownPath = "builtin/pack.yaml";

    /// <summary>The pack.yaml of the embedded built-in pack, extracted on first use.</summary>
    public static string BuiltinManifestPath()
    {
        var assembly = typeof(PackResolver).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var contents = names.Select(n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return (Name: n[ResourcePrefix.Length..].Replace('\\', '/'), Bytes: memory.ToArray());
        }).ToList();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in contents)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(bytes);
        }
        var folder = Path.Combine(CacheRoot(), "builtin", Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant());
        var manifest = Path.Combine(folder, "pack.yaml");
        if (File.Exists(manifest)) return manifest;

        // Write to a temporary folder and move it into place, so a concurrent run never sees half a pack.
        var temp = folder + "." + Environment.ProcessId + ".tmp";
        foreach (var (name, bytes) in contents)
        {
            var path = Path.Combine(temp, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        try { Directory.Move(temp, folder); }
        catch (IOException) when (Directory.Exists(folder)) { Directory.Delete(temp, recursive: true); }
        return manifest;
    }

    private static string CacheRoot() =>
        Environment.GetEnvironmentVariable("PROVISION_CACHE") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "provision");
}
