using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Emit;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Api;

/// <summary>
/// The embedding entry point: compile one .pvg source or load a pack, check diagnostics, run.
/// <code>
/// var compiled = PvgCompiler.Compile(source, "my.pvg");
/// if (compiled.HasErrors) { Console.Error.Write(compiled.FormatDiagnostics()); return; }
/// compiled.Run(graph, sink);
/// </code>
/// Compiled sources are cached by content hash (see docs/packs.md), so compiling the same source again in
/// another process takes milliseconds and does not load Roslyn.
/// </summary>
public static class PvgCompiler
{
    /// <summary>The compiler shared by every call (with the default on-disk cache): <see cref="CompilationDriver.SharedCompiler"/>.</summary>
    public static RoslynPackCompiler SharedCompiler => CompilationDriver.SharedCompiler;

    /// <summary>Why the shared compiler's disk cache was not used in this process (see <see cref="PackCache.Refusal"/>), or null.</summary>
    public static string? SharedCacheRefusal => CompilationDriver.SharedCacheRefusal;

    /// <summary>Parses, binds, emits and compiles one .pvg source (<see cref="CompilationDriver"/>). Never throws on bad source: see the diagnostics.</summary>
    public static CompiledPvg Compile(string source, string path, RoslynPackCompiler? compiler = null)
    {
        var tree = SyntaxTree.Parse(source, path);
        var identity = new PackIdentity(Path.GetFileNameWithoutExtension(path) is { Length: > 0 } n && char.IsLetter(n[0]) ? n : "pvg");
        var result = CompilationDriver.Compile([tree], identity, compiler);
        return new CompiledPvg(path, tree.Text, result.Diagnostics, result.Emitted.Source, result.Compiled?.Assembly?.Generators ?? [],
            result.Compiled is null or { Success: true } ? "" : result.Compiled.FormatDiagnostics());
    }

    /// <summary>Emits C# for parsed trees (<see cref="CompilationDriver.Emit"/>): what <see cref="PackLoadOptions.Emit"/> defaults to.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, string? CSharp) Emit(IReadOnlyList<SyntaxTree> trees)
    {
        var result = CompilationDriver.Emit(trees);
        return (result.Diagnostics, result.Source);
    }

    /// <summary>Loads a pack (a pack.yaml, its folder, or a .pvpack) with the standard emitter and compiler.</summary>
    public static PackLoadResult LoadPack(string path, PackLoadOptions? options = null) =>
        PackLoader.Load(path, StandardOptions(options));

    /// <summary>Loads what a command's target names (a .pvg file, a file of a pack, a pack); see <see cref="CompileTarget"/>.</summary>
    public static PackLoadResult LoadTarget(string target, PackLoadOptions? options = null) => CompileTarget.Resolve(target).Load(options);

    /// <summary><paramref name="options"/> with the standard emitter and, unless one is given, the shared compiler.</summary>
    internal static PackLoadOptions StandardOptions(PackLoadOptions? options) =>
        (options ?? new PackLoadOptions()) with { Compiler = options?.Compiler ?? SharedCompiler };
}
