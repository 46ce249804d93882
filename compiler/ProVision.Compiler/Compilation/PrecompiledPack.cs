using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// A pack compiled ahead of time into the host's own build (the built-in pack inside the CLI: the ProVision.Builtin
/// assembly, emitted from generators/ at build time): its generator factory, the <see cref="PackSourceKey"/> of the
/// files it was emitted from, and its generated C#. <see cref="Packs.PackLoader"/> uses it for a pack.yaml whose files
/// hash to <see cref="SourceKey"/>, with no cache, no Roslyn and no sandbox (it is the host's own build output, not
/// a user's code); any other key loads the normal way. The rule is in docs/packs.md#precompiled-built-in-pack.
/// </summary>
public sealed class PrecompiledPack
{
    /// <summary>The built-in pack's manifest in messages and generated C# (its sources are <c>builtin/…</c>).</summary>
    /// <remarks>
    /// The same wherever the pack was extracted, so its cache key, and the key a precompiled build of it carries, do
    /// not depend on the extraction folder (docs/packs.md#cache-keys).
    /// </remarks>
    public const string BuiltinShownPath = "builtin/pack.yaml";

    private readonly Func<CompiledGenerator[]> _factory;
    private readonly Func<string> _csharp;

    /// <summary>
    /// Describes a precompiled pack: the key of the files it was emitted from, the warnings loading them reported
    /// (<see cref="PrecompiledPackSources"/>), its factory (<c>ProVision.Generated.PackGeneratorFactory.Create</c>,
    /// a static method of the precompiled assembly) and a way to read its C# (called only when asked for).
    /// </summary>
    public PrecompiledPack(string sourceKey, string frontEndNotes, Func<CompiledGenerator[]> factory, Func<string> csharp)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        ArgumentNullException.ThrowIfNull(frontEndNotes);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(csharp);
        SourceKey = sourceKey;
        FrontEndNotes = frontEndNotes;
        _factory = factory;
        _csharp = csharp;
    }

    /// <summary>The <see cref="PackSourceKey"/> of the files this pack was emitted from.</summary>
    public string SourceKey { get; }

    /// <summary>The front end's warnings on those files, encoded as a cache entry keeps them (<see cref="Packs.FrontEndNotes"/>).</summary>
    public string FrontEndNotes { get; }

    /// <summary>
    /// The pack.yaml this pack was emitted from, parsed at build time: the loader takes its YAML tree for a pack.yaml
    /// of exactly that text, so the built-in pack's manifest needs no YAML parser (docs/packs.md#precompiled-built-in-pack).
    /// </summary>
    public Packs.CarriedManifest? Manifest { get; init; }

    /// <summary>
    /// The vocabulary file this pack was emitted with, read at build time: the loader builds the vocabulary from its
    /// entries for a vocabulary file of exactly that text, with no JSON parser (docs/packs.md#precompiled-built-in-pack).
    /// </summary>
    public Packs.CarriedVocabulary? Vocabulary { get; init; }

    /// <summary>
    /// Everything <see cref="SourceKey"/> was computed from (<see cref="PackSourceKey.Parts"/>), encoded by
    /// <see cref="EncodeKeyParts"/>. When the parts of the files being loaded equal these, character for character,
    /// their key is <see cref="SourceKey"/> without hashing them (<see cref="TryKeyOf"/>); the rule is in
    /// docs/packs.md#cache-keys.
    /// </summary>
    public string? KeyParts { get; init; }

    /// <summary>
    /// The pack's <see cref="Packs.GeneratorPack.ContentHash"/> as its build computed it (from the C# this pack carries
    /// and the vocabulary its key covers), given to the pack it loads; null: computed when asked for.
    /// </summary>
    public string? ContentHash { get; init; }

    /// <summary><paramref name="parts"/> as one string: each part's length in decimal, a colon, the part.</summary>
    public static string EncodeKeyParts(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var encoded = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            encoded.Append(part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(part);
        }
        return encoded.ToString();
    }

    /// <summary>
    /// <see cref="SourceKey"/> when <paramref name="parts"/> are exactly the <see cref="KeyParts"/> this pack carries
    /// (the same files, paths and compiler, so the same SHA-256 input); null otherwise (hash them).
    /// </summary>
    public string? TryKeyOf(IReadOnlyList<string> parts)
    {
        if (KeyParts is not { } carried)
        {
            return null;
        }
        var at = 0;
        foreach (var part in parts)
        {
            var prefix = part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!carried.AsSpan(at).StartsWith(prefix, StringComparison.Ordinal) || at + prefix.Length >= carried.Length
                || carried[at + prefix.Length] != ':')
            {
                return null;
            }
            at += prefix.Length + 1;
            if (!carried.AsSpan(at).StartsWith(part, StringComparison.Ordinal))
            {
                return null;
            }
            at += part.Length;
        }
        return at == carried.Length ? SourceKey : null;
    }

    /// <summary>The generated C#, read when first asked for (most runs never ask).</summary>
    internal Lazy<string> ReadCSharpOnDemand() => new(_csharp);

    /// <summary>The pack as a <see cref="CompiledAssembly"/> under <paramref name="identity"/>.</summary>
    internal CompiledAssembly Load(PackIdentity identity, Lazy<string> csharp) =>
        CompiledAssembly.FromPrecompiled(identity, SourceKey, _factory, csharp);
}
