using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Writing;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// Compiled packs on disk, keyed by content: <see cref="ComputeKey"/> hashes the C#, the assembly name, the
/// compiler's version and the runtime's MVID, so a change to any of them is a miss, never a stale hit.
/// </summary>
/// <remarks>
/// <para>Where: <c>$PROVISION_CACHE/packs</c> when the variable is set, else <c>~/.cache/provision/packs</c>
/// (<see cref="DefaultDirectory"/>); or any folder given to the constructor.</para>
/// <para>An entry is <c>&lt;key&gt;.pvc</c>: the header <c>PVCACHE\n</c>, a format number, the SHA-256 of the
/// payload, then the PE and PDB lengths and bytes. A file whose hash or lengths do not check out (truncated,
/// damaged, or from another format) is deleted and reported as a miss, so the caller compiles again.</para>
/// <para>Writers write a temporary file in the same folder and rename it into place, so concurrent writers of one
/// key (their bytes are identical: compilation is deterministic) and readers never see a partial entry.</para>
/// </remarks>
public sealed class PackCache
{
    /// <summary>The environment variable naming the cache root (packs go in its <c>packs</c> folder).</summary>
    public const string EnvironmentVariable = "PROVISION_CACHE";

    /// <summary>The entry file extension.</summary>
    public const string Extension = ".pvc";

    private const int FormatVersion = 1;
    private const int HeaderLength = 8 + 4 + 32 + 8;
    private static readonly byte[] s_magic = "PVCACHE\n"u8.ToArray();
    private static readonly Lazy<string> s_compilerVersion = new(ComputeCompilerVersion);
    private static readonly Lazy<Guid> s_runtimeMvid = new(() => typeof(CompiledGenerator).Assembly.ManifestModule.ModuleVersionId);

    private int _corruptEntries;

    /// <summary>A cache in <paramref name="directory"/> (created on first store).</summary>
    public PackCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder holding the entries.</summary>
    public string Directory { get; }

    /// <summary>How many damaged entries this instance found (and deleted) so far.</summary>
    public int CorruptEntriesFound => Volatile.Read(ref _corruptEntries);

    /// <summary>The compiler version in cache keys: the compiler's informational version and module MVID.</summary>
    public static string CompilerVersion => s_compilerVersion.Value;

    /// <summary>The MVID of the loaded ProVision.Runtime, which compiled packs are bound to.</summary>
    public static Guid RuntimeMvid => s_runtimeMvid.Value;

    /// <summary>A cache in <see cref="DefaultDirectory"/>.</summary>
    public static PackCache CreateDefault() => new(DefaultDirectory());

    /// <summary><c>$PROVISION_CACHE/packs</c>, or <c>~/.cache/provision/packs</c> when the variable is unset or empty.</summary>
    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "provision");
        }
        return Path.Combine(root, "packs");
    }

    /// <summary>
    /// The key of a pack: lower-case hex SHA-256 over the C# source, the assembly name, <see cref="CompilerVersion"/>,
    /// <see cref="RuntimeMvid"/> and the .NET version.
    /// </summary>
    public static string ComputeKey(string csharp, PackIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        ArgumentNullException.ThrowIfNull(identity);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendPart(hash, "provision-pack-cache/1");
        AppendPart(hash, csharp);
        AppendPart(hash, identity.AssemblyName);
        AppendPart(hash, CompilerVersion);
        AppendPart(hash, RuntimeMvid.ToString("N"));
        AppendPart(hash, Environment.Version.ToString());
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The entry path of <paramref name="key"/>.</summary>
    public string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A cache key is 64 lower-case hex digits.", nameof(key));
        }
        return Path.Combine(Directory, key + Extension);
    }

    /// <summary>
    /// Reads the entry of <paramref name="key"/>. False when there is none, when it cannot be read, or when it is
    /// damaged (then it is deleted). Never throws for the file's content.
    /// </summary>
    public bool TryLoad(string key, [NotNullWhen(true)] out PackImage? image)
    {
        image = null;
        var path = PathOf(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // absent, or unreadable: a miss either way
        }
        image = Decode(bytes);
        if (image is null)
        {
            Interlocked.Increment(ref _corruptEntries);
            TryDelete(path);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Writes the entry of <paramref name="key"/> (temporary file, then rename). False when the folder is not
    /// writable; the cache is an optimisation, so callers go on without it.
    /// </summary>
    public bool Store(string key, PackImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var path = PathOf(key);
        try
        {
            using var file = AtomicFile.Create(path);
            file.Stream.Write(Encode(image));
            file.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static byte[] Encode(PackImage image)
    {
        var pe = image.PeArray;
        var pdb = image.PdbArray;
        var payloadLength = 4 + pe.Length + 4 + pdb.Length;
        var bytes = new byte[HeaderLength + payloadLength];
        var payload = bytes.AsSpan(HeaderLength);
        BinaryPrimitives.WriteInt32LittleEndian(payload, pe.Length);
        pe.CopyTo(payload[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(payload[(4 + pe.Length)..], pdb.Length);
        pdb.CopyTo(payload[(8 + pe.Length)..]);

        s_magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), FormatVersion);
        SHA256.HashData(payload, bytes.AsSpan(12, 32));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(44), payloadLength);
        return bytes;
    }

    // Null for anything that is not a complete, intact entry of this format.
    internal static PackImage? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength
            || !bytes[..8].SequenceEqual(s_magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) != FormatVersion
            || BinaryPrimitives.ReadInt64LittleEndian(bytes[44..]) != bytes.Length - HeaderLength)
        {
            return null;
        }
        var payload = bytes[HeaderLength..];
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(bytes.Slice(12, 32)) || payload.Length < 8)
        {
            return null;
        }
        var peLength = BinaryPrimitives.ReadInt32LittleEndian(payload);
        if (peLength <= 0 || peLength > payload.Length - 8)
        {
            return null;
        }
        var pdbLength = BinaryPrimitives.ReadInt32LittleEndian(payload[(4 + peLength)..]);
        if (pdbLength < 0 || 8 + peLength + pdbLength != payload.Length)
        {
            return null;
        }
        return new PackImage(payload.Slice(4, peLength).ToArray(), payload.Slice(8 + peLength, pdbLength).ToArray());
    }

    private static void AppendPart(IncrementalHash hash, string part)
    {
        var bytes = Encoding.UTF8.GetBytes(part);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private static string ComputeCompilerVersion()
    {
        var assembly = typeof(PackCache).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return $"{version}/{assembly.ManifestModule.ModuleVersionId:N}";
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may hold it; the next store replaces it anyway.
        }
    }
}
