using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProVision.Compiler.Emit;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// A minimal Roslyn step for tests only: compiles emitted C# against the runtime and the platform assemblies, loads it
/// into a collectible context and instantiates generators by reflection. The product's compile/cache/sandbox layer
/// lives in <c>compiler/ProVision.Compiler/Compilation</c>; this helper exists so the emitter can be tested alone.
/// </summary>
internal static class InMemoryCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>Parses, emits and compiles one .pvg source; fails the test with the diagnostics when any stage errs.</summary>
    public static CompiledPack CompilePvg(string pvg, string path)
    {
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(pvg, path);
        var result = ProVision.Compiler.Api.CompilationDriver.Emit([tree], new EmitOptions { Namespace = "ProVision.Generated.Tests" });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return new CompiledPack(Compile(result.Source!), result);
    }

    /// <summary>Compiles C# source into an assembly; fails the test with Roslyn's errors.</summary>
    public static Assembly Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "ProVision.Generated.Tests." + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        // Emitted code must compile without warnings too (hidden and info diagnostics aside).
        var errors = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emitted.Success && errors.Count == 0, string.Join("\n", errors) + "\n\n" + source);
        stream.Position = 0;
        return new AssemblyLoadContext("pvg-test", isCollectible: true).LoadFromStream(stream);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        paths.Add(typeof(CompiledGenerator).Assembly.Location);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>A compiled pack: the emit result and the loaded assembly.</summary>
internal sealed record CompiledPack(Assembly Assembly, EmitResult Result)
{
    /// <summary>A new instance of the generator called <paramref name="name"/> (reflection: tests only).</summary>
    public CompiledGenerator Create(string name)
    {
        var generator = Result.Generators.Single(g => g.Name == name);
        var type = Assembly.GetType(generator.ClassName, throwOnError: true)!;
        return (CompiledGenerator)Activator.CreateInstance(type)!;
    }
}
