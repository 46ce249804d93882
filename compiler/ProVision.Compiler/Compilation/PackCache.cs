using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// Compiled packs on disk, keyed by content: <see cref="ComputeKey"/> hashes the C#, <see cref="PackSourceKey"/> a
/// pack's files, both with the assembly name and the compiler's identity, so a change to any of them is a miss, never
/// a stale hit.
/// </summary>
/// <remarks>
/// <para>Where: <c>$PROVISION_CACHE/packs</c> when the variable is set, else <c>~/.cache/provision/packs</c>
/// (<see cref="DefaultDirectory"/>); or any folder given to the constructor.</para>
/// <para>An entry is <c>&lt;key&gt;.pvc</c>: the header <c>PVCACHE\n</c>, a format number, an HMAC-SHA256 of the
/// entry's key and payload under the user's secret (<see cref="CacheKeyFile"/>, kept outside the cache folder),
/// then the PE, PDB, C# and front-end notes, each length-prefixed (the last two only in entries keyed by a pack's
/// files, <see cref="PackSourceKey"/>; docs/packs.md#cache-keys). A file whose MAC or lengths do not check out (truncated, damaged, from
/// another format, or written by anyone who lacks the secret) is deleted and reported as a miss, so the caller
/// compiles again: a cached image is native code's equal, so only images this user's own sandboxed compilations
/// stored are ever loaded.</para>
/// <para>The folder is created owner-only (0700) and entries 0600. A folder or entry writable by others, or an
/// unusable key file, turns the cache off for this instance (<see cref="Refusal"/> says why): packs are then
/// compiled into memory.</para>
/// <para>Writers write a temporary file in the same folder and rename it into place, so concurrent writers of one
/// key (their bytes are identical: compilation is deterministic) and readers never see a partial entry.</para>
/// </remarks>
public sealed class PackCache
{
    /// <summary>The environment variable naming the cache root (packs go in its <c>packs</c> folder).</summary>
    public const string EnvironmentVariable = "PROVISION_CACHE";

    /// <summary>The entry file extension.</summary>
    public const string Extension = ".pvc";

    private const int FormatVersion = 3;
    private const int HeaderLength = 8 + 4 + 32 + 8;
    private static readonly byte[] s_magic = "PVCACHE\n"u8.ToArray();
    private static readonly Lazy<string> s_compilerVersion = new(ComputeCompilerVersion);
    // Read from the compiler's references, so computing a key does not load Roslyn.
    private static readonly Lazy<string> s_roslynVersion = new(() => typeof(PackCache).Assembly.GetReferencedAssemblies()
        .FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis.CSharp")?.Version?.ToString() ?? "none");

    private readonly Lazy<byte[]?> _secret;
    private int _corruptEntries;
    private string? _refusal;

    /// <summary>A cache in <paramref name="directory"/> (created on first store) keyed by the user's default key file.</summary>
    public PackCache(string directory)
        : this(directory, CacheKeyFile.DefaultPath())
    {
    }

    /// <summary>A cache in <paramref name="directory"/> whose entries are authenticated with the key in <paramref name="keyFile"/>.</summary>
    public PackCache(string directory, string keyFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        Directory = Path.GetFullPath(directory);
        KeyFile = Path.GetFullPath(keyFile);
        _secret = new Lazy<byte[]?>(ReadSecret);
    }

    /// <summary>The file holding the secret that authenticates entries.</summary>
    public string KeyFile { get; }

    /// <summary>Why this cache is not used (folder writable by others, key file unusable), or null while it is.</summary>
    public string? Refusal => Volatile.Read(ref _refusal);

    /// <summary>The folder holding the entries.</summary>
    public string Directory { get; }

    /// <summary>How many damaged entries this instance found (and deleted) so far.</summary>
    public int CorruptEntriesFound => Volatile.Read(ref _corruptEntries);

    /// <summary>The compiler version in cache keys: the compiler's informational version and module MVID.</summary>
    public static string CompilerVersion => s_compilerVersion.Value;

    /// <summary>The MVID of the loaded ProVision.Runtime, which compiled packs are bound to.</summary>
    public static Guid RuntimeMvid => typeof(CompiledGenerator).Assembly.ManifestModule.ModuleVersionId;

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
    /// The key of a pack's C#: lower-case hex SHA-256 over the C# source, the assembly name and the compiler's identity
    /// (<see cref="AppendCompilerIdentity"/>). Packs read from sources are first looked up by <see cref="PackSourceKey"/>.
    /// </summary>
    public static string ComputeKey(string csharp, PackIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        ArgumentNullException.ThrowIfNull(identity);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendPart(hash, "provision-pack-cache/1");
        AppendPart(hash, csharp);
        AppendPart(hash, identity.AssemblyName);
        AppendCompilerIdentity(hash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// What every key holds besides its content: <see cref="CompilerVersion"/>, <see cref="RuntimeMvid"/>, the
    /// version of the Roslyn this compiler was built against and the .NET version.
    /// </summary>
    internal static void AppendCompilerIdentity(IncrementalHash hash)
    {
        foreach (var part in CompilerIdentityParts())
        {
            AppendPart(hash, part);
        }
    }

    /// <summary>The parts <see cref="AppendCompilerIdentity"/> hashes, in order.</summary>
    internal static string[] CompilerIdentityParts() =>
        [CompilerVersion, RuntimeMvid.ToString("N"), s_roslynVersion.Value, Environment.Version.ToString()];

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
    public bool TryLoad(string key, [NotNullWhen(true)] out PackImage? image) => TryLoad(key, out image, out _);

    /// <summary>
    /// Like <see cref="TryLoad(string, out PackImage?)"/>, with what the entry was stored with besides the image (null
    /// when nothing: entries keyed by the C# itself need nothing more).
    /// </summary>
    public bool TryLoad(string key, [NotNullWhen(true)] out PackImage? image, out PackSourceEntry? source)
    {
        image = null;
        source = null;
        var path = PathOf(key);
        if (!File.Exists(path) || Secret() is not { } secret || Refusal is not null || !IsPrivate(path, isFolder: false))
        {
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // absent, or unreadable: a miss either way
        }
        image = Decode(bytes, key, secret, out source);
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
    /// writable; the cache is an optimisation, so callers go on without it. <paramref name="source"/> is stored with
    /// the image when given (entries keyed by a pack's files carry the C# and the front end's warnings).
    /// </summary>
    public bool Store(string key, PackImage image, PackSourceEntry? source = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var path = PathOf(key);
        if (Secret() is not { } secret || Refusal is not null)
        {
            return false;
        }
        try
        {
            CreateOwnerOnlyFolder();
            if (!IsPrivate(Directory, isFolder: true))
            {
                return false;
            }
            // A temporary file of its own (concurrent writers of one key are normal: parallel processes compiling the
            // same pack), created owner-only from the first byte, then renamed into place.
            var temp = Path.Combine(Directory, $".{key}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            try
            {
                using (var file = new FileStream(temp, options))
                {
                    file.Write(Encode(image, key, secret, source));
                }
                File.Move(temp, path, overwrite: true);
            }
            catch
            {
                TryDelete(temp);
                throw;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static byte[] Encode(PackImage image, string key, byte[] secret, PackSourceEntry? source = null)
    {
        byte[][] sections = [image.PeArray, image.PdbArray, Encoding.UTF8.GetBytes(source?.CSharp ?? ""), Encoding.UTF8.GetBytes(source?.Notes ?? "")];
        var payloadLength = sections.Sum(s => 4 + s.Length);
        var bytes = new byte[HeaderLength + payloadLength];
        var payload = bytes.AsSpan(HeaderLength);
        var at = 0;
        foreach (var section in sections)
        {
            BinaryPrimitives.WriteInt32LittleEndian(payload[at..], section.Length);
            section.CopyTo(payload[(at + 4)..]);
            at += 4 + section.Length;
        }

        s_magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), FormatVersion);
        Mac(secret, key, payload, bytes.AsSpan(12, 32));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(44), payloadLength);
        return bytes;
    }

    // Null for anything that is not a complete, intact entry of this format.
    internal static PackImage? Decode(ReadOnlySpan<byte> bytes, string key, byte[] secret) => Decode(bytes, key, secret, out _);

    internal static PackImage? Decode(ReadOnlySpan<byte> bytes, string key, byte[] secret, out PackSourceEntry? source)
    {
        source = null;
        if (bytes.Length < HeaderLength
            || !bytes[..8].SequenceEqual(s_magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) != FormatVersion
            || BinaryPrimitives.ReadInt64LittleEndian(bytes[44..]) != bytes.Length - HeaderLength)
        {
            return null;
        }
        var payload = bytes[HeaderLength..];
        Span<byte> mac = stackalloc byte[32];
        Mac(secret, key, payload, mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, bytes.Slice(12, 32)))
        {
            return null;
        }
        // Four length-prefixed sections (PE, PDB, C#, front-end notes) that fill the payload exactly.
        Span<Range> sections = stackalloc Range[4];
        var at = 0;
        for (var i = 0; i < sections.Length; i++)
        {
            if (payload.Length - at < 4)
            {
                return null;
            }
            var length = BinaryPrimitives.ReadInt32LittleEndian(payload[at..]);
            if (length < 0 || length > payload.Length - at - 4)
            {
                return null;
            }
            sections[i] = new Range(at + 4, at + 4 + length);
            at += 4 + length;
        }
        if (at != payload.Length || payload[sections[0]].IsEmpty)
        {
            return null;
        }
        if (!payload[sections[2]].IsEmpty)
        {
            source = new PackSourceEntry(Encoding.UTF8.GetString(payload[sections[2]]), Encoding.UTF8.GetString(payload[sections[3]]));
        }
        return new PackImage(payload[sections[0]].ToArray(), payload[sections[1]].ToArray());
    }

    // The entry's key is part of the MAC, so a valid entry cannot be renamed to stand for another pack.
    private static void Mac(byte[] secret, string key, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        AppendPart(hmac, key);
        hmac.AppendData(payload);
        hmac.GetHashAndReset(destination);
    }

    private byte[]? Secret() => _secret.Value;

    private byte[]? ReadSecret()
    {
        // A key inside the cache folder would be readable by whoever may write entries: no protection at all.
        var folder = Directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (KeyFile.StartsWith(folder, StringComparison.Ordinal))
        {
            Refuse($"the cache key file '{KeyFile}' lies inside the cache folder '{Directory}'");
            return null;
        }
        var secret = CacheKeyFile.ReadOrCreate(KeyFile, out var problem);
        if (secret is null)
        {
            Refuse(problem!);
        }
        return secret;
    }

    // Checked on every load, not once: a folder or file opened to others later is refused from then on.
    private bool IsPrivate(string path, bool isFolder)
    {
        try
        {
            if (isFolder ? !System.IO.Directory.Exists(path) : !File.Exists(path))
            {
                return true;
            }
            if (CacheKeyFile.OwnerOnlyProblem(isFolder ? path : Directory, isFolder: true) is { } folderProblem)
            {
                Refuse($"the pack cache folder '{Directory}' {folderProblem}");
                return false;
            }
            if (!isFolder && CacheKeyFile.OwnerOnlyProblem(path, isFolder: true) is { } fileProblem)
            {
                Refuse($"the pack cache entry '{path}' {fileProblem}");
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void CreateOwnerOnlyFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void Refuse(string why) =>
        Interlocked.CompareExchange(ref _refusal, why + "; compiled packs are kept in memory only for this run", null);

    internal static void AppendPart(IncrementalHash hash, string part)
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
