using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading;

/// <summary>
/// The image ids a reader has produced, to refuse a second graph with the same id (its items would get duplicate
/// ids). Holds a 128-bit SHA-256 fingerprint per id rather than the id itself, so a million images cost about 28 MB
/// whatever the ids' length; a cryptographic hash keeps crafted ids from colliding.
/// </summary>
public sealed class ImageIdSet
{
    private readonly HashSet<UInt128> _seen = [];

    /// <summary>Adds <paramref name="imageId"/>; false when it was there already.</summary>
    public bool Add(string imageId)
    {
        var length = Encoding.UTF8.GetMaxByteCount(imageId.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(imageId, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        return _seen.Add(BinaryPrimitives.ReadUInt128LittleEndian(hash));
    }

    /// <summary>
    /// <paramref name="outcome"/>, or an error when its graph's image id came earlier in the file: the second graph's
    /// items would repeat the first one's item ids. The first graph stays; the repeat is an error (skipped and counted
    /// under <c>--on-error skip</c>).
    /// </summary>
    public LoadOutcome RefuseRepeated(LoadOutcome outcome, string location, string field) =>
        outcome.Graph is { } graph && !Add(graph.ImageId) ? Repeated(graph, location, field) : outcome;

    /// <summary>The same, with the field's path formatted only for a repeat (a reader of millions of entries formats none).</summary>
    public LoadOutcome RefuseRepeated(LoadOutcome outcome, string location, long index, Func<long, string> field) =>
        outcome.Graph is { } graph && !Add(graph.ImageId) ? Repeated(graph, location, field(index)) : outcome;

    private static LoadOutcome Repeated(SceneGraph graph, string location, string field) =>
        LoadOutcome.Fail(new DataError(location, graph.ImageId, field, "image id appears earlier in this file too; ids must be unique") { Kind = "duplicate image" });
}
