using System.Collections.Immutable;
using System.Reflection;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// A pack's compiled generators, loaded into their own load context. Immutable and thread-safe: the
/// <see cref="Generators"/> are created once and shared (a generator holds no per-run state).
/// </summary>
/// <remarks>
/// Loading finds <c>ProVision.Generated.PackGeneratorFactory.Create</c> once by name and binds it to a
/// <see cref="Func{TResult}"/>; nothing after that uses reflection (see "Compiled pack convention" in
/// docs/runtime-contract.md).
/// </remarks>
public sealed class CompiledAssembly
{
    /// <summary>The namespace of the factory the compiler adds to every pack.</summary>
    public const string FactoryNamespace = "ProVision.Generated";

    /// <summary>The factory's type name.</summary>
    public const string FactoryTypeName = "PackGeneratorFactory";

    /// <summary>The factory's method: <c>public static CompiledGenerator[] Create()</c>.</summary>
    public const string FactoryMethodName = "Create";

    private readonly PackLoadContext? _context;
    private readonly Lazy<PackImage> _image;
    private readonly Func<CompiledGenerator[]> _factory;
    private int _unloaded;

    private CompiledAssembly(PackIdentity identity, string cacheKey, Lazy<PackImage> image, bool fromCache, PackLoadContext? context, Assembly assembly, Func<CompiledGenerator[]> factory)
    {
        Identity = identity;
        CacheKey = cacheKey;
        _image = image;
        FromCache = fromCache;
        _context = context;
        Assembly = assembly;
        _factory = factory;
        Generators = [.. factory()];
    }

    /// <summary>The pack it was compiled for.</summary>
    public PackIdentity Identity { get; }

    /// <summary>
    /// The key it is cached under: <see cref="PackCache.ComputeKey"/> of its C#, or the <see cref="PackSourceKey"/>
    /// of the files it was loaded by.
    /// </summary>
    public string CacheKey { get; }

    /// <summary>
    /// The bytes it was loaded from. A <see cref="Precompiled"/> pack was loaded from none: its C# is compiled by
    /// Roslyn on first use (a .pvpack of it carries what any compile of that C# gives).
    /// </summary>
    public PackImage Image => _image.Value;

    /// <summary>True when the image came from the disk cache rather than from Roslyn.</summary>
    public bool FromCache { get; }

    /// <summary>True when the generators are the host's own precompiled build of the pack (<see cref="PrecompiledPack"/>).</summary>
    public bool Precompiled => _context is null;

    /// <summary>The loaded assembly.</summary>
    public Assembly Assembly { get; }

    /// <summary>One instance of each generator class, in source order.</summary>
    public ImmutableArray<CompiledGenerator> Generators { get; }

    /// <summary>True after <see cref="Unload"/>.</summary>
    public bool IsUnloaded => Volatile.Read(ref _unloaded) != 0;

    /// <summary>Fresh instances of every generator class, in source order (rarely needed: instances are shareable).</summary>
    public CompiledGenerator[] CreateGenerators() => _factory();

    /// <summary>
    /// Starts unloading the assembly. It is collected once nothing references its generators any more; using
    /// them after this call is allowed but keeps the assembly alive. An assembly loaded by a compiler that is not
    /// <see cref="RoslynPackCompiler.Collectible"/> stays in memory until the process ends.
    /// </summary>
    public void Unload()
    {
        if (Interlocked.Exchange(ref _unloaded, 1) == 0 && _context is { IsCollectible: true })
        {
            _context.Unload();
        }
    }

    /// <summary>Loads <paramref name="image"/> into a new context (collectible or not) and creates its generators.</summary>
    /// <exception cref="BadImageFormatException">The image is not a valid assembly.</exception>
    /// <exception cref="InvalidOperationException">The image has no usable generator factory.</exception>
    internal static CompiledAssembly Load(PackIdentity identity, string cacheKey, PackImage image, bool fromCache, bool collectible)
    {
        var context = new PackLoadContext($"{identity.AssemblyName}#{cacheKey[..Math.Min(12, cacheKey.Length)]}", collectible);
        try
        {
            Assembly assembly;
            using (var pe = new MemoryStream(image.PeArray, writable: false))
            using (var pdb = image.PdbArray.Length > 0 ? new MemoryStream(image.PdbArray, writable: false) : null)
            {
                assembly = context.LoadFromStream(pe, pdb);
            }
            var type = assembly.GetType($"{FactoryNamespace}.{FactoryTypeName}", throwOnError: false)
                ?? throw new InvalidOperationException($"the assembly has no {FactoryNamespace}.{FactoryTypeName} class");
            var method = type.GetMethod(FactoryMethodName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
            if (method is null || method.ReturnType != typeof(CompiledGenerator[]))
            {
                throw new InvalidOperationException($"{FactoryTypeName} has no 'public static CompiledGenerator[] {FactoryMethodName}()'");
            }
            var factory = method.CreateDelegate<Func<CompiledGenerator[]>>();
            return new CompiledAssembly(identity, cacheKey, new Lazy<PackImage>(image), fromCache, context, assembly, factory);
        }
        catch
        {
            if (collectible)
            {
                context.Unload();
            }
            throw;
        }
    }

    /// <summary>A pack compiled into the host (<see cref="PrecompiledPack"/>): no context, no image until asked for.</summary>
    internal static CompiledAssembly FromPrecompiled(PackIdentity identity, string sourceKey, Func<CompiledGenerator[]> factory, Lazy<string> csharp) =>
        new(identity, sourceKey, new Lazy<PackImage>(() => CompileImage(csharp.Value, identity)), fromCache: false, context: null, factory.Method.DeclaringType!.Assembly, factory);

    // Behind its own method so that a precompiled pack whose image nobody asks for never loads Roslyn.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PackImage CompileImage(string csharp, PackIdentity identity) =>
        Api.CompilationDriver.SharedCompiler.CompileImage(csharp, identity) is { Image: { } image }
            ? image
            : throw new InvalidOperationException($"the precompiled pack {identity.Name}'s C# did not compile");
}
