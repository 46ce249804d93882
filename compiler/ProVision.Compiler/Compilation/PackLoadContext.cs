using System.Reflection;
using System.Runtime.Loader;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// The load context of one compiled pack: collectible (it can be unloaded) or not (for a process that runs one job and
/// ends, so the runtime treats the pack's code like any other: see <see cref="RoslynPackCompiler.Collectible"/>). It
/// loads nothing itself: ProVision.Runtime resolves to the instance the host already loaded (so
/// <see cref="CompiledGenerator"/> is the same type on both sides), and the framework resolves through the default
/// context.
/// </summary>
internal sealed class PackLoadContext(string name, bool collectible) : AssemblyLoadContext(name, isCollectible: collectible)
{
    private static readonly Assembly s_runtime = typeof(CompiledGenerator).Assembly;
    private static readonly string? s_runtimeName = s_runtime.GetName().Name;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == s_runtimeName ? s_runtime : null;
}
