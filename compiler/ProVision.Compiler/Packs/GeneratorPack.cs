using ProVision.Runtime.Engine;
using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Packs;

/// <summary>
/// A loaded pack: its manifest, vocabulary, suggested options and generators. Immutable and shared by every
/// thread of a run; per-graph state lives in each run's <see cref="GeneratorContext"/>.
/// </summary>
public sealed class GeneratorPack
{
    private readonly Lazy<string> _csharp;

    internal GeneratorPack(PackManifest manifest, Vocabulary vocabulary, string? vocabularyJson, CompiledAssembly assembly, Lazy<string> csharp, ImmutableArray<CompiledGenerator> enabled,
        string? carriedContentHash = null)
    {
        _contentHash = carriedContentHash;
        Manifest = manifest;
        Vocabulary = vocabulary;
        VocabularyJson = vocabularyJson;
        Assembly = assembly;
        _csharp = csharp;
        Generators = enabled;
        Options = manifest.Defaults.ApplyTo(GenerationOptions.Default);
    }

    /// <summary>The manifest.</summary>
    public PackManifest Manifest { get; }

    /// <summary>The pack's name.</summary>
    public string Name => Manifest.Name.Value;

    /// <summary>The pack's version.</summary>
    public string Version => Manifest.Version;

    /// <summary>The vocabulary (<see cref="Vocabulary.Empty"/> when the pack has none).</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The vocabulary file's JSON, or null.</summary>
    public string? VocabularyJson { get; }

    /// <summary>The compiled generators and their load context.</summary>
    public CompiledAssembly Assembly { get; }

    /// <summary>The generated C# (a precompiled pack reads it on first use).</summary>
    public string CSharp => _csharp.Value;

    /// <summary>
    /// The <see cref="PackSourceKey"/> of the files it was loaded from (docs/packs.md#cache-keys); null for a .pvpack
    /// or a pack emitted by a test's own emitter.
    /// </summary>
    public string? SourceKey { get; init; }

    /// <summary>
    /// The pack's content hash (<see cref="ComputeContentHash"/>), what a dataset card and a shard manifest name it by.
    /// A precompiled pack carries it from its build (the same C# and vocabulary text), so a run need neither read its
    /// C# nor load the runtime's cryptography to name it (docs/performance.md#session-10-start-up-a-user-does-not-notice).
    /// </summary>
    public string ContentHash => _contentHash ??= ComputeContentHash(CSharp, VocabularyJson);

    // Carried by a precompiled pack, else computed on first use (two threads may both compute it: the same string).
    private string? _contentHash;

    /// <summary>
    /// SHA-256 (lower-case hex) of <paramref name="csharp"/>, a zero byte and <paramref name="vocabularyJson"/> (empty
    /// when null), as UTF-8: the generated C# and the vocabulary decide every item a pack makes.
    /// </summary>
    public static string ComputeContentHash(string csharp, string? vocabularyJson)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(csharp));
        hash.AppendData([0]);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(vocabularyJson ?? ""));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The enabled generators, in source order.</summary>
    public ImmutableArray<CompiledGenerator> Generators { get; }

    /// <summary>Every generator of the pack, enabled or not, in source order.</summary>
    public ImmutableArray<CompiledGenerator> AllGenerators => Assembly.Generators;

    /// <summary>The runtime's default options with the pack's <c>defaults</c> applied.</summary>
    public GenerationOptions Options { get; }

    /// <summary>The enabled generator with this name or alias (ordinal), or null.</summary>
    public CompiledGenerator? Find(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        foreach (var generator in Generators)
        {
            if (generator.Name == nameOrAlias || generator.Aliases.Contains(nameOrAlias, StringComparer.Ordinal))
            {
                return generator;
            }
        }
        return null;
    }

    /// <summary>
    /// A run of <paramref name="generators"/> (default: the enabled ones) with the pack's defaults: its options, its
    /// vocabulary, its <c>per_image</c> (else 1) and its <c>images_per_item</c> where a generator takes it. Set the
    /// rest (threads, shard, samples) with <c>with</c>.
    /// </summary>
    public GenerationJob Job(IReadOnlyList<CompiledGenerator>? generators = null) => new()
    {
        Generators = generators ?? Generators,
        Options = Options,
        Vocabulary = Vocabulary,
        PerImage = Manifest.Defaults.PerImage ?? 1,
        DefaultImagesPerItem = Manifest.Defaults.ImagesPerItem,
    };

    /// <summary>What a .pvpack of this pack holds.</summary>
    public PackArchiveContents ToArchive() => new()
    {
        Manifest = Manifest.Source.Text,
        Vocabulary = VocabularyJson,
        CSharp = CSharp,
        Image = Assembly.Image,
        PackName = Name,
        PackVersion = Version,
    };

    /// <summary>Writes the pack as a self-contained .pvpack file.</summary>
    public void Save(string path) => PackArchive.Write(path, ToArchive());

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {Version} ({Generators.Length} generators)";
}
