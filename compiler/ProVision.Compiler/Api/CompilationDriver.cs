using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Emit;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Api;

/// <summary>
/// The one compilation pipeline, as Roslyn has one Compilation: parse, bind, emit, then compile the C# with Roslyn
/// through one process-wide <see cref="RoslynPackCompiler"/> and cache root. <see cref="PvgCompiler"/> (embedding),
/// the pack loader and every command go through it; each stage stops the pipeline when it reports an error.
/// </summary>
public static class CompilationDriver
{
    private static readonly Lazy<RoslynPackCompiler> s_shared = new(() => new RoslynPackCompiler(PackCache.CreateDefault(), collectible: !KeepPacksLoaded));

    /// <summary>
    /// Set by a process that runs one job and ends (the <c>provision</c> command, at start) so the shared compiler
    /// loads packs into plain, non-collectible contexts (<see cref="RoslynPackCompiler.Collectible"/>). Read once,
    /// when the shared compiler is first used; in-process hosts and tests leave it false.
    /// </summary>
    public static bool KeepPacksLoaded { get; set; }

    /// <summary>The compiler every caller shares unless it passes its own (cache: <see cref="PackCache.DefaultDirectory"/>).</summary>
    public static RoslynPackCompiler SharedCompiler => s_shared.Value;

    /// <summary>Why the shared compiler's disk cache was not used in this process (see <see cref="PackCache.Refusal"/>), or null.</summary>
    public static string? SharedCacheRefusal => s_shared.IsValueCreated ? s_shared.Value.Cache?.Refusal : null;

    /// <summary>Parses one source per (text, path) pair.</summary>
    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Text, string Path)> sources) =>
        [.. sources.Select(s => SyntaxTree.Parse(s.Text, s.Path))];

    /// <summary>
    /// The front end: the parsed trees' syntax diagnostics, then (when there are no syntax errors) binding, then
    /// (when binding succeeds) the emitted C#. Every diagnostic carries its source file.
    /// </summary>
    public static EmitResult Emit(IReadOnlyList<SyntaxTree> trees, EmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var tree in trees)
        {
            diagnostics.AddRange(tree.Diagnostics.Select(d => d with { Source = tree.Text }));
        }
        if (diagnostics.Any(d => d.IsError))
        {
            return new EmitResult(diagnostics.ToImmutable(), null, []);
        }
        var bound = Binder.Bind(trees);
        diagnostics.AddRange(bound.Diagnostics);
        if (bound.HasErrors)
        {
            return new EmitResult(diagnostics.ToImmutable(), null, []);
        }
        var emitted = PackEmitter.Emit(bound.Pack, trees, options ?? EmitOptions.Default);
        return emitted with { Diagnostics = diagnostics.ToImmutable().AddRange(emitted.Diagnostics) };
    }

    /// <summary>The whole pipeline: <see cref="Emit"/>, then Roslyn (cache first) when the front end produced C#.</summary>
    public static DriverResult Compile(IReadOnlyList<SyntaxTree> trees, PackIdentity identity, RoslynPackCompiler? compiler = null)
    {
        var emitted = Emit(trees);
        return emitted.Source is null
            ? new DriverResult(emitted, null)
            : new DriverResult(emitted, (compiler ?? SharedCompiler).Compile(emitted.Source, identity));
    }
}

/// <summary>What <see cref="CompilationDriver.Compile"/> produced: the front end's result and, when it emitted C#, Roslyn's.</summary>
public sealed record DriverResult(EmitResult Emitted, PackCompileResult? Compiled)
{
    /// <summary>Every diagnostic of the front end and of the C# compilation.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Compiled is null ? Emitted.Diagnostics : Emitted.Diagnostics.AddRange(Compiled.Diagnostics);
}
