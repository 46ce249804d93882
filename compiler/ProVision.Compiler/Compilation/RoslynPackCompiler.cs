using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ProVision.Compiler.Diagnostics;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// Turns a pack's generated C# into loaded generators: memory cache, then disk cache (<see cref="PackCache"/>),
/// then Roslyn with the sandbox. Thread-safe; one instance per process is the usual set-up.
/// </summary>
/// <remarks>
/// <para>Roslyn sits behind one <see cref="MethodImplOptions.NoInlining"/> method (<see cref="CompileImage"/>'s
/// body), so loading a cached pack never loads Microsoft.CodeAnalysis.</para>
/// <para>Compilation: C# latest, nullable enabled, Release, deterministic (the same source gives the same bytes),
/// no unsafe code, references limited to CoreLib, System.Runtime, System.Collections,
/// System.Collections.Immutable and ProVision.Runtime. Every pack also gets global usings for System and
/// System.Collections.Generic and the generator factory (see "Compiled pack convention" in docs/runtime-contract.md).</para>
/// </remarks>
public sealed class RoslynPackCompiler
{
    private readonly ConcurrentDictionary<string, Lazy<PackCompileResult>> _loaded = new(StringComparer.Ordinal);
    // Values of a class, not a tuple: a map to a tuple is generic code the runtime compiles at every start, as this
    // compiler is made before the first graph (docs/performance.md#session-7-start-up).
    private readonly ConcurrentDictionary<string, KnownSources> _bySources = new(StringComparer.Ordinal);
    private int _compilations;

    /// <summary>
    /// A compiler that keeps images in <paramref name="cache"/>, or only in memory when it is null, and loads them
    /// into collectible contexts unless <paramref name="collectible"/> is false.
    /// </summary>
    public RoslynPackCompiler(PackCache? cache = null, bool collectible = true)
    {
        Cache = cache;
        Collectible = collectible;
    }

    /// <summary>
    /// Whether packs load into collectible contexts (they can be unloaded: tests, long-lived hosts that reload packs)
    /// or into plain ones that live as long as the process (a one-shot run: the `provision` command). The runtime
    /// treats code in a plain context like the application's own; docs/performance.md#start-up has the measured
    /// difference.
    /// </summary>
    public bool Collectible { get; }

    /// <summary>The disk cache, if any.</summary>
    public PackCache? Cache { get; }

    /// <summary>How many times this instance ran Roslyn (cache hits do not count).</summary>
    public int CompilationCount => Volatile.Read(ref _compilations);

    /// <summary>Raised after each Roslyn run, with the pack's identity (on the compiling thread).</summary>
    public event EventHandler<PackIdentity>? Compiled;

    /// <summary>
    /// Starts Roslyn on a pool thread with a throw-away compilation, so that loading its assemblies and references
    /// and its first-call JIT overlap the front end's binding and emitting on another core (the front end is about
    /// half a second of a cold start; docs/performance.md#start-up). Only a pack-source cache miss calls it; once per process.
    /// When the C# then hits the C# cache the head start is wasted work on a pool thread, nothing worse.
    /// </summary>
    public static void BeginWarmUp()
    {
        if (Interlocked.Exchange(ref s_warmUpStarted, 1) == 0)
        {
            Task.Run(WarmUpRoslyn);
        }
    }

    private static int s_warmUpStarted;

    private sealed record KnownSources(PackCompileResult Result, string Notes);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WarmUpRoslyn() => CSharpBackend.WarmUp();

    /// <summary>
    /// Compiles and loads <paramref name="csharp"/>, or loads it from a cache. The same source and identity give
    /// the same <see cref="CompiledAssembly"/> on later calls to this instance (until it is unloaded).
    /// </summary>
    public PackCompileResult Compile(string csharp, PackIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        ArgumentNullException.ThrowIfNull(identity);
        var key = PackCache.ComputeKey(csharp, identity);
        StartupTrace.Mark("C# key");
        while (true)
        {
            var entry = _loaded.GetOrAdd(key, k => new Lazy<PackCompileResult>(() => CompileUncached(csharp, identity, k)));
            var result = entry.Value;
            if (result.Assembly is not { IsUnloaded: true })
            {
                return result;
            }
            _loaded.TryRemove(new KeyValuePair<string, Lazy<PackCompileResult>>(key, entry));
        }
    }

    /// <summary>
    /// The pack whose files hash to <paramref name="sourceKey"/> (<see cref="PackSourceKey"/>), from this instance or
    /// the disk cache, without the front end; false on a miss. Entries are authenticated like every other
    /// (<see cref="PackCache"/>), so only packs this user compiled and <see cref="RememberSources"/> stored can hit.
    /// </summary>
    public bool TryLoadBySources(string sourceKey, PackIdentity identity, [NotNullWhen(true)] out PackCompileResult? result, [NotNullWhen(true)] out string? notes)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(identity);
        if (_bySources.TryGetValue(sourceKey, out var known) && known.Result.Assembly is { IsUnloaded: false })
        {
            (result, notes) = (known.Result, known.Notes);
            return true;
        }
        (result, notes) = (null, null);
        if (Cache is null || !Cache.TryLoad(sourceKey, out var image, out var source) || source is null)
        {
            StartupTrace.Mark("cache miss");
            return false;
        }
        StartupTrace.Mark("cache hit");
        var loaded = Load(new Text.SourceText(source.CSharp, identity.SourcePath), identity, sourceKey, image, fromCache: true);
        if (!loaded.Success)
        {
            return false; // an entry that authenticates but does not load (a buggy build wrote it): compile afresh
        }
        var kept = _bySources.GetOrAdd(sourceKey, new KnownSources(loaded, source.Notes));
        (result, notes) = (kept.Result, kept.Notes);
        return true;
    }

    /// <summary>
    /// Keeps <paramref name="compiled"/> (when it loaded without any diagnostic of its own) under
    /// <paramref name="sourceKey"/>, in this instance and on disk, with its C# and the front end's
    /// <paramref name="notes"/> (its warnings, which a hit reports again).
    /// </summary>
    public void RememberSources(string sourceKey, PackCompileResult compiled, string notes)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(compiled);
        if (compiled.Assembly is not { } assembly || !compiled.Diagnostics.IsEmpty)
        {
            return;
        }
        ArgumentNullException.ThrowIfNull(notes);
        _bySources[sourceKey] = new KnownSources(compiled, notes);
        Cache?.Store(sourceKey, assembly.Image, new PackSourceEntry(compiled.CSharp.Text, notes));
    }

    /// <summary>
    /// Loads an image compiled elsewhere without checking it. Only for images this process or its own cache made:
    /// an image is native code's equal, and the sandbox checks source, not images.
    /// </summary>
    public PackCompileResult LoadTrusted(string csharp, PackIdentity identity, PackImage image)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(image);
        var key = PackCache.ComputeKey(csharp, identity);
        return Load(new Text.SourceText(csharp, identity.SourcePath), identity, key, image, fromCache: false);
    }

    /// <summary>
    /// Roslyn and the sandbox only: the image or the diagnostics, with no cache and nothing loaded. Counts as a
    /// compilation of this instance.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public PackImageResult CompileImage(string csharp, PackIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        ArgumentNullException.ThrowIfNull(identity);
        Interlocked.Increment(ref _compilations);
        var result = CSharpBackend.Compile(csharp, identity);
        StartupTrace.Mark("sandbox");
        Compiled?.Invoke(this, identity);
        return result;
    }

    private PackCompileResult CompileUncached(string csharp, PackIdentity identity, string key)
    {
        PackImage? cached = null;
        var found = Cache is not null && Cache.TryLoad(key, out cached);
        StartupTrace.Mark(found ? "C# cache hit" : "C# cache miss");
        if (found)
        {
            var hit = Load(new Text.SourceText(csharp, identity.SourcePath), identity, key, cached!, fromCache: true);
            if (hit.Success)
            {
                return hit;
            }
            // An entry that passes its hash but does not load (e.g. written by a buggy build): compile afresh.
        }
        var compiled = CompileImage(csharp, identity);
        if (compiled.Image is null)
        {
            return new PackCompileResult(compiled.CSharp, compiled.Diagnostics, null);
        }
        Cache?.Store(key, compiled.Image);
        var loaded = Load(compiled.CSharp, identity, key, compiled.Image, fromCache: false);
        return loaded.Success ? new PackCompileResult(compiled.CSharp, [.. compiled.Diagnostics, .. loaded.Diagnostics], loaded.Assembly) : loaded;
    }

    // Loading runs the pack's constructors and static initialisers, so any exception can come out of it.
    private PackCompileResult Load(Text.SourceText csharp, PackIdentity identity, string key, PackImage image, bool fromCache)
    {
        try
        {
            var assembly = CompiledAssembly.Load(identity, key, image, fromCache, Collectible);
            StartupTrace.Mark("assembly load");
            return new PackCompileResult(csharp, [], assembly);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PackCompileResult(csharp, [SandboxDiagnostics.PackAssemblyLoadFailed(default, $"{e.GetType().Name}: {e.Message}")], null);
        }
    }
}
