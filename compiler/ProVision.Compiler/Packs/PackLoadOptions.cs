using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Packs;

/// <summary>How <see cref="PackLoader"/> compiles and trusts packs.</summary>
public sealed record PackLoadOptions
{
    /// <summary>
    /// Replaces the front end (<see cref="Api.CompilationDriver.Emit"/>, the default) for a pack.yaml: a seam for tests
    /// of the loader itself. Its diagnostics are attributed to the source file when the pack has one; otherwise to pack.yaml.
    /// </summary>
    public Func<IReadOnlyList<SyntaxTree>, (ImmutableArray<Diagnostic> Diagnostics, string? CSharp)>? Emit { get; init; }

    /// <summary>The compiler and cache to use; <see cref="PackLoader.DefaultCompiler"/> when null.</summary>
    public RoslynPackCompiler? Compiler { get; init; }

    /// <summary>
    /// Load a .pvpack's compiled image as is when it was built by this very build, instead of compiling its C#
    /// (sandbox included) or finding it in the cache. Only for .pvpack files you built yourself: an image can do
    /// anything native code can, and only the C# is checked.
    /// </summary>
    public bool TrustCompiledImage { get; init; }

    /// <summary>
    /// The path a pack.yaml goes by in messages and in the generated C# (its sources are shown beside it), when that
    /// should not be where it was read from: the built-in pack, extracted under the cache, is shown as
    /// <c>builtin/pack.yaml</c>, so its compiled form and cache key do not depend on the extraction folder.
    /// </summary>
    public string? ManifestShownPath { get; init; }

    /// <summary>
    /// A build of the pack compiled into the host, used instead of the cache and Roslyn when the pack.yaml's files
    /// hash to its <see cref="PrecompiledPack.SourceKey"/> (the CLI's built-in pack); any other files load the normal
    /// way. Ignored for a .pvpack and with <see cref="Emit"/>.
    /// </summary>
    public PrecompiledPack? Precompiled { get; init; }
}
