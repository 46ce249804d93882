using System.Security.Cryptography;

namespace ProVision.Runtime.Sharding;

/// <summary>The hashes manifests hold: whole-file SHA-256, and a sampled one for inputs too large to read per shard.</summary>
public static class FileHashes
{
    /// <summary>Inputs up to this size are hashed whole; larger ones are sampled.</summary>
    public const long WholeLimit = 64L << 20;

    private const int Samples = 64;
    private const int SampleBytes = 64 << 10;

    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// "sha256:..." for files up to <see cref="WholeLimit"/>; above it "sampled-sha256:..." over the size and 64 blocks
    /// of 64 KiB spread evenly (first and last included): 4 MiB read per input per shard, enough to tell a changed or
    /// truncated input from the one the other shards read.
    /// </summary>
    public static InputFingerprint Fingerprint(string path)
    {
        var length = new FileInfo(path).Length;
        if (length <= WholeLimit) return new InputFingerprint(path, length, "sha256:" + Sha256(path));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(length));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var block = new byte[SampleBytes];
        for (var i = 0; i < Samples; i++)
        {
            stream.Position = (length - SampleBytes) * i / (Samples - 1);
            var read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
            hash.AppendData(block, 0, read);
        }
        return new InputFingerprint(path, length, "sampled-sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
