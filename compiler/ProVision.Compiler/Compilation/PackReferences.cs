using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// The metadata references a pack compiles against: exactly the framework assemblies emitted code needs, taken from
/// the trusted platform assemblies of the running process, plus the loaded ProVision.Runtime. Anything else
/// (System.IO.FileSystem facades, System.Net.*, System.Diagnostics.Process, System.Linq, ...) is not even visible
/// to the C#; the sandbox then checks what CoreLib itself exposes.
/// </summary>
internal static class PackReferences
{
    /// <summary>The framework assemblies a pack may reference, by simple name.</summary>
    public static readonly ImmutableArray<string> FrameworkAllowlist =
    [
        "System.Private.CoreLib",       // primitives, String, Math, Span, List<T>, Dictionary<K,V>, HashSet<T>
        "System.Runtime",               // the facade the runtime's signatures refer to
        "System.Collections",           // Queue<T>, Stack<T>, SortedSet<T>, PriorityQueue<T,P>
        "System.Collections.Immutable", // ImmutableArray<T>
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(Create);

    /// <summary>The references (created once per process; the files are memory-mapped).</summary>
    public static ImmutableArray<MetadataReference> All => s_references.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var available = TrustedPlatformAssemblies();
        var references = ImmutableArray.CreateBuilder<MetadataReference>(FrameworkAllowlist.Length + 1);
        foreach (var name in FrameworkAllowlist)
        {
            if (!available.TryGetValue(name, out var path))
            {
                throw new InvalidOperationException($"the framework assembly '{name}' was not found among the trusted platform assemblies");
            }
            references.Add(MetadataReference.CreateFromFile(path));
        }
        var runtime = typeof(CompiledGenerator).Assembly.Location;
        if (string.IsNullOrEmpty(runtime))
        {
            throw new InvalidOperationException("ProVision.Runtime has no file location (single-file publish is not supported for compiling packs)");
        }
        references.Add(MetadataReference.CreateFromFile(runtime));
        return references.MoveToImmutable();
    }

    private static Dictionary<string, string> TrustedPlatformAssemblies()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
        {
            foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                result.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }
        // Hosts without the list (rare): the framework folder CoreLib was loaded from.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (!string.IsNullOrEmpty(framework))
        {
            foreach (var name in FrameworkAllowlist)
            {
                var path = Path.Combine(framework, name + ".dll");
                if (File.Exists(path))
                {
                    result.TryAdd(name, path);
                }
            }
        }
        return result;
    }
}
