using System.Security.Cryptography;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// The cache key of a pack read from its files, computed before parsing anything: a hit loads the compiled pack
/// without the front end (parse, bind, expand, emit), which is most of a warm start. The rule is in
/// docs/packs.md#cache-keys.
/// </summary>
/// <remarks>
/// The key is a lower-case hex SHA-256 over: a tag naming this scheme, the assembly name, the compiler's identity
/// (<see cref="PackCache.AppendCompilerIdentity"/>: the ProVision.Compiler version and MVID, the ProVision.Runtime
/// MVID, the Roslyn and .NET versions), the manifest's text, the vocabulary's text (or its absence), and every
/// source's path and text in manifest order. Each part is length-prefixed, so no two inputs hash the same bytes.
/// Paths are the ones the generated C# shows in messages (relative to where the pack was named from; the built-in
/// pack is shown as <c>builtin/</c>), never the folder a pack was extracted to, so the key moves with the files.
/// </remarks>
public static class PackSourceKey
{
    /// <summary>One file of the pack as read: the path shown for it and its text.</summary>
    public readonly record struct File(string ShownPath, string Text);

    /// <summary>The key of a pack with this manifest, vocabulary and sources.</summary>
    public static string Compute(PackIdentity identity, File manifest, string? vocabulary, IReadOnlyList<File> sources)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(sources);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        PackCache.AppendPart(hash, "provision-pack-sources/1");
        PackCache.AppendPart(hash, identity.AssemblyName);
        PackCache.AppendCompilerIdentity(hash);
        Append(hash, manifest);
        PackCache.AppendPart(hash, vocabulary is null ? "no vocabulary" : "vocabulary");
        PackCache.AppendPart(hash, vocabulary ?? "");
        PackCache.AppendPart(hash, sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var source in sources)
        {
            Append(hash, source);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, File file)
    {
        PackCache.AppendPart(hash, file.ShownPath);
        PackCache.AppendPart(hash, file.Text);
    }
}

/// <summary>
/// What a cache entry keyed by a pack's files carries besides the image: the C# it compiled to and the front end's
/// warnings (<see cref="Packs.FrontEndNotes"/>), so a hit reports what compiling reported.
/// </summary>
public sealed record PackSourceEntry(string CSharp, string Notes);
