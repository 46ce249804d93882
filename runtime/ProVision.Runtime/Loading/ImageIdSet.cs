using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading;

/// <summary>
/// The image ids a reader has produced, to refuse a second graph with the same id (its items would get duplicate
/// ids). Holds 128 bits per id rather than the id itself, so a million images cost about 28 MB whatever the ids'
/// length: an id of at most 15 UTF-8 bytes (Visual Genome's, GQA's and COCO's numeric ids) is those bytes and its
/// length, exactly; a longer one is its SHA-256 fingerprint, a cryptographic hash so that crafted ids cannot collide.
/// </summary>
/// <remarks>
/// Short ids are kept exactly rather than hashed because hashing loads OpenSSL, about 10 ms of a warm start
/// (docs/performance.md#start-up). A fingerprint equal to a short id's bits would take a SHA-256 preimage. The 128 bits
/// are two <see cref="ulong"/>s rather than a <see cref="UInt128"/>: ReadyToRun leaves out code with 128-bit integers,
/// so the set and this class's <see cref="Add"/> were jitted at every start.
/// </remarks>
public sealed class ImageIdSet
{
    private readonly HashSet<IdBits> _seen = [];

    /// <summary>Adds <paramref name="imageId"/>; false when it was there already.</summary>
    public bool Add(string imageId)
    {
        var length = Encoding.UTF8.GetMaxByteCount(imageId.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(imageId, bytes);
        return _seen.Add(written <= MaxExactBytes ? Exact(bytes[..written]) : Fingerprint(bytes[..written]));
    }

    // The longest id kept exactly: 15 bytes, and the sixteenth holds the length, so "7" and "7\0" differ.
    private const int MaxExactBytes = 15;

    private static IdBits Exact(ReadOnlySpan<byte> id)
    {
        Span<byte> packed = stackalloc byte[16];
        packed.Clear();
        id.CopyTo(packed);
        packed[MaxExactBytes] = (byte)id.Length;
        return IdBits.Of(packed);
    }

    private static IdBits Fingerprint(ReadOnlySpan<byte> id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(id, hash);
        return IdBits.Of(hash);
    }

    // The first 16 bytes of an id's packed bytes or fingerprint, read little-endian.
    private readonly record struct IdBits(ulong Low, ulong High)
    {
        public static IdBits Of(ReadOnlySpan<byte> bytes) =>
            new(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
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
