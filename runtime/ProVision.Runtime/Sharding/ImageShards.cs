using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ProVision.Runtime.Sharding;

/// <summary>
/// Which shard annotates an image: a hash of its id, so adding images later moves none of the others (unlike
/// contiguous ranges) and each shard's images stay in input order.
/// </summary>
public static class ImageShards
{
    public static bool Owns(ShardSpec shard, string imageId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(imageId), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)shard.Count) == shard.ZeroBased;
    }
}
