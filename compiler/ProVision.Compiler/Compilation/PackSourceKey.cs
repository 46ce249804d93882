using System.Globalization;
using System.Security.Cryptography;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// The cache key of a pack read from its files, computed before parsing anything: a hit loads the compiled pack
/// without the front end (parse, bind, expand, emit), which is most of a warm start. The rule is in
/// docs/packs.md#cache-keys.
/// </summary>
/// <remarks>
/// The key is a lower-case hex SHA-256 over <see cref="Parts"/>: a tag naming this scheme, the assembly name, the
/// compiler's identity (<see cref="PackCache.AppendCompilerIdentity"/>: the ProVision.Compiler version and MVID, the
/// ProVision.Runtime MVID, the Roslyn and .NET versions), the manifest's text, the vocabulary's text (or its absence),
/// and every source's path and text in manifest order. Each part is length-prefixed, so no two inputs hash the same
/// bytes. Paths are the ones the generated C# shows in messages (relative to where the pack was named from; the
/// built-in pack is shown as <c>builtin/</c>), never the folder a pack was extracted to, so the key moves with the files.
/// </remarks>
public static class PackSourceKey
{
    /// <summary>One file of the pack as read: the path shown for it and its text.</summary>
    /// <remarks>A class: collections of a struct of ours are generic code the runtime compiles at every start, those of a
    /// class share the framework's ahead-of-time code (docs/performance.md#session-7-start-up).</remarks>
    public sealed record File(string ShownPath, string Text);

    /// <summary>The key of a pack with this manifest, vocabulary and sources.</summary>
    public static string Compute(PackIdentity identity, File manifest, string? vocabulary, IReadOnlyList<File> sources) =>
        Compute(Parts(identity, manifest, vocabulary, sources));

    /// <summary>The key of these parts (<see cref="Parts"/>): the SHA-256 of each part's length and UTF-8 bytes, in order.</summary>
    public static string Compute(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            PackCache.AppendPart(hash, part);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Everything the key of a pack with this manifest, vocabulary and sources is computed from, in order.</summary>
    public static List<string> Parts(PackIdentity identity, File manifest, string? vocabulary, IReadOnlyList<File> sources)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(sources);
        var parts = new List<string>(12 + 2 * sources.Count) { "provision-pack-sources/1", identity.AssemblyName };
        parts.AddRange(PackCache.CompilerIdentityParts());
        parts.Add(manifest.ShownPath);
        parts.Add(manifest.Text);
        parts.Add(vocabulary is null ? "no vocabulary" : "vocabulary");
        parts.Add(vocabulary ?? "");
        parts.Add(sources.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var source in sources)
        {
            parts.Add(source.ShownPath);
            parts.Add(source.Text);
        }
        return parts;
    }
}

/// <summary>
/// What a cache entry keyed by a pack's files carries besides the image: the C# it compiled to and the front end's
/// warnings (<see cref="Packs.FrontEndNotes"/>), so a hit reports what compiling reported.
/// </summary>
public sealed record PackSourceEntry(string CSharp, string Notes);
