using System.Reflection;
using System.Runtime.Loader;
using ProVision.Compiler.Compilation;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>
/// Loading a cached pack never loads Microsoft.CodeAnalysis. The test process has Roslyn loaded already, so the
/// check runs the compiler in an isolated load context that records every assembly the code asks for.
/// </summary>
public sealed class RoslynSeamTests
{
    [Fact]
    public void Loading_a_cached_pack_never_loads_roslyn()
    {
        using var folder = new TempFolder();
        Assert.True(new RoslynPackCompiler(new PackCache(folder.Path)).Compile(TestSources.HandWritten, new PackIdentity("exists")).Success);

        var requested = CompileIsolated(folder.Path, out var fromCache);

        Assert.True(fromCache);
        Assert.Contains("ProVision.Runtime", requested);
        Assert.DoesNotContain(requested, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_recording_context_sees_roslyn_when_compiler_code_touches_it()
    {
        // The control for the test above: a signature mentioning a Roslyn type makes the context ask for Roslyn.
        var context = new RecordingContext();
        try
        {
            var compiler = context.LoadFromAssemblyName(new AssemblyName("ProVision.Compiler"));
            _ = compiler.GetType("ProVision.Compiler.Sandbox.PackSandbox", throwOnError: true)!.GetMethod("Check")!.GetParameters()[0].ParameterType;

            Assert.Contains("Microsoft.CodeAnalysis", context.Snapshot());
        }
        finally
        {
            context.Unload();
        }
    }

    // Runs RoslynPackCompiler.Compile from a private copy of the compiler and runtime; returns the assemblies it asked for.
    private static List<string> CompileIsolated(string cacheFolder, out bool fromCache)
    {
        var context = new RecordingContext();
        try
        {
            var compiler = context.LoadFromAssemblyName(new AssemblyName("ProVision.Compiler"));
            var cache = Activator.CreateInstance(compiler.GetType("ProVision.Compiler.Compilation.PackCache", throwOnError: true)!, cacheFolder);
            var instance = Activator.CreateInstance(compiler.GetType("ProVision.Compiler.Compilation.RoslynPackCompiler", throwOnError: true)!, cache, /* collectible: */ true)!;
            var identity = Activator.CreateInstance(compiler.GetType("ProVision.Compiler.Compilation.PackIdentity", throwOnError: true)!, "exists", "0.0.0");
            var result = instance.GetType().GetMethod("Compile")!.Invoke(instance, [TestSources.HandWritten, identity])!;
            var assembly = result.GetType().GetProperty("Assembly")!.GetValue(result)
                ?? throw new InvalidOperationException("the isolated compile failed");
            fromCache = (bool)assembly.GetType().GetProperty("FromCache")!.GetValue(assembly)!;
            return context.Snapshot();
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class RecordingContext() : AssemblyLoadContext("roslyn-seam-test", isCollectible: true)
    {
        private readonly List<string> _requested = [];

        public List<string> Snapshot()
        {
            lock (_requested)
            {
                return [.. _requested];
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            lock (_requested)
            {
                _requested.Add(assemblyName.Name!);
            }
            // The application's own assemblies get private copies; the framework comes from the default context.
            var path = Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
