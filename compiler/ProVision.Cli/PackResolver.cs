using System.Runtime.ExceptionServices;
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

    public static PackLoadResult Load(string? spec) =>
        spec is null or Builtin && Interlocked.Exchange(ref s_early, null) is { } early
            ? early.Result()
            : Resolve(spec).Load();

    // The built-in pack, loading on its own thread since the process started (StartLoadingBuiltinFor).
    private static EarlyLoad? s_early;

    /// <summary>
    /// When <paramref name="args"/> run <c>generate</c> with the built-in pack (no <c>--pack</c>, or <c>--pack
    /// builtin</c>), starts loading it on a thread of its own, so that it loads while System.CommandLine builds and
    /// parses the command line; the command's <see cref="Load"/> then takes that load's result (or its exception).
    /// Anything less plain (a response file, help, <c>--pack=...</c>) loads when the command asks, as every other
    /// command does. The load is the same either way; only its thread differs (docs/performance.md#session-8-start-up).
    /// </summary>
    public static void StartLoadingBuiltinFor(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (GeneratesWithBuiltin(args))
        {
            s_early = new EarlyLoad();
        }
    }

    // A plain thread rather than the thread pool: a pool worker spins waiting for more work once the load is done, and
    // starting the pool is work of its own; this thread ends with the load, and Join waits without spinning.
    private sealed class EarlyLoad
    {
        private readonly Thread _thread;
        private PackLoadResult? _result;
        private ExceptionDispatchInfo? _error;

        public EarlyLoad()
        {
            _thread = new Thread(Run) { IsBackground = true, Name = "built-in pack load" };
            _thread.Start();
        }

        public PackLoadResult Result()
        {
            _thread.Join();
            _error?.Throw();
            return _result!;
        }

        private void Run()
        {
            try
            {
                _result = Resolve(Builtin).Load();
            }
            catch (Exception e)
            {
                // Rethrown, with its stack, where the command asks for the pack (as if it had loaded there).
                _error = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    /// <summary>Whether <paramref name="args"/> plainly run <c>generate</c> with the built-in pack (see <see cref="StartLoadingBuiltinFor"/>).</summary>
    internal static bool GeneratesWithBuiltin(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "generate")
        {
            return false;
        }
        var pack = Builtin;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('@') || arg is "-h" or "--help" or "-?" or "/h" or "/?")
            {
                return false;
            }
            if (arg == "--pack" && i + 1 < args.Count)
            {
                pack = args[++i];
            }
            else if (arg.StartsWith("--pack", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return pack == Builtin;
    }

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
            ContentHash = ProVision.Builtin.BuiltinPackBuild.ContentHash,
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
        var folder = Path.Combine(CacheRoot(), "builtin", FolderNameOf(assembly.ManifestModule.ModuleVersionId));
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

    /// <summary>
    /// The extraction folder's name for a build with this module version id: the first 16 hex digits of
    /// <c>mvid.ToString("N")</c>, written by a loop (the framework's vectorised GUID formatting is compiled by the JIT at
    /// every start: docs/performance.md#session-8-start-up).
    /// </summary>
    internal static string FolderNameOf(Guid mvid)
    {
        const string Hex = "0123456789abcdef";
        var bytes = mvid.ToByteArray(bigEndian: true);
        var name = new char[16];
        for (var i = 0; i < 8; i++)
        {
            name[2 * i] = Hex[bytes[i] >> 4];
            name[2 * i + 1] = Hex[bytes[i] & 0xF];
        }
        return new string(name);
    }

    private static string CacheRoot() =>
        Environment.GetEnvironmentVariable("PROVISION_CACHE") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "provision");
}
