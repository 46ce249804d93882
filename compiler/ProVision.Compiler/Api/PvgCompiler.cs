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
    private static readonly Lazy<RoslynPackCompiler> s_compiler = new(() => new RoslynPackCompiler(PackCache.CreateDefault()));

    /// <summary>The compiler shared by every call (with the default on-disk cache).</summary>
    public static RoslynPackCompiler SharedCompiler => s_compiler.Value;

    /// <summary>Why the shared compiler's disk cache was not used in this process (see <see cref="PackCache.Refusal"/>), or null.</summary>
    public static string? SharedCacheRefusal => s_compiler.IsValueCreated ? s_compiler.Value.Cache?.Refusal : null;

    /// <summary>Parses, binds, emits and compiles one .pvg source. Never throws on bad source: see the diagnostics.</summary>
    public static CompiledPvg Compile(string source, string path, RoslynPackCompiler? compiler = null)
    {
        var tree = SyntaxTree.Parse(source, path);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(tree.Diagnostics);
        if (tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return new CompiledPvg(path, tree.Text, diagnostics.ToImmutable(), null, []);

        var emitted = PackEmitter.Emit([tree], EmitOptions.Default);
        diagnostics.AddRange(emitted.Diagnostics);
        if (emitted.Source is null) return new CompiledPvg(path, tree.Text, diagnostics.ToImmutable(), null, []);

        var identity = new PackIdentity(Path.GetFileNameWithoutExtension(path) is { Length: > 0 } n && char.IsLetter(n[0]) ? n : "pvg");
        var compiled = (compiler ?? SharedCompiler).Compile(emitted.Source, identity);
        diagnostics.AddRange(compiled.Diagnostics);
        return new CompiledPvg(path, tree.Text, diagnostics.ToImmutable(), emitted.Source, compiled.Assembly?.Generators ?? [],
            compiled.Success ? "" : compiled.FormatDiagnostics());
    }

    /// <summary>Emits C# for parsed trees; the function <see cref="PackLoadOptions.Emit"/> expects.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, string? CSharp) Emit(IReadOnlyList<SyntaxTree> trees)
    {
        var result = PackEmitter.Emit(trees, EmitOptions.Default);
        return (result.Diagnostics, result.Source);
    }

    /// <summary>Loads a pack (a pack.yaml, its folder, or a .pvpack) with the standard emitter and compiler.</summary>
    public static PackLoadResult LoadPack(string path, PackLoadOptions? options = null) =>
        PackLoader.Load(path, (options ?? new PackLoadOptions()) with { Emit = Emit, Compiler = options?.Compiler ?? SharedCompiler });
}
