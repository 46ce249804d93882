using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Runtime.Writing;

namespace ProVision.Compiler.Packs;

/// <summary>
/// The compiled pack file, <c>.pvpack</c>: one self-contained binary file.
/// </summary>
/// <remarks>
/// <para>Layout (little-endian): a 48-byte header, <c>PVPACK\r\n</c> (the CR LF exposes text-mode copies), the
/// format version (uint16, currently 1), two reserved bytes, the section count (int32) and the SHA-256 of
/// everything after the header; then the sections, each a name (one length byte and ASCII), a length (int64) and
/// the bytes.</para>
/// <para>Sections: <c>info</c> (UTF-8 <c>key: value</c> lines: pack, version, compiler, runtime, dotnet),
/// <c>manifest</c>, <c>vocabulary</c> (optional), <c>source</c> (the C#), <c>pe</c>, <c>pdb</c> (optional).
/// Readers ignore sections they do not know, so a format-1 reader can read files with added sections.</para>
/// <para>A file with another header, a newer format, a bad checksum or a broken section gives one diagnostic
/// (PV3018, PV3019, PV3020), never an exception.</para>
/// </remarks>
public static class PackArchive
{
    /// <summary>The file extension.</summary>
    public const string Extension = ".pvpack";

    /// <summary>The format this build writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    private const int HeaderLength = 48;
    private static readonly byte[] s_magic = "PVPACK\r\n"u8.ToArray();
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> (temporary file, then rename).</summary>
    public static void Write(string path, PackArchiveContents contents)
    {
        var bytes = Serialize(contents);
        using var file = AtomicFile.Create(path);
        file.Stream.Write(bytes);
        file.Commit();
    }

    /// <summary>The file's bytes.</summary>
    public static byte[] Serialize(PackArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var info = $"pack: {contents.PackName}\nversion: {contents.PackVersion}\ncompiler: {contents.CompilerVersion}\nruntime: {contents.RuntimeMvid}\ndotnet: {contents.DotnetVersion}\n";
        var sections = new List<(string Name, byte[] Bytes)>
        {
            ("info", s_utf8.GetBytes(info)),
            ("manifest", s_utf8.GetBytes(contents.Manifest)),
        };
        if (contents.Vocabulary is not null)
        {
            sections.Add(("vocabulary", s_utf8.GetBytes(contents.Vocabulary)));
        }
        sections.Add(("source", s_utf8.GetBytes(contents.CSharp)));
        sections.Add(("pe", contents.Image.PeArray));
        if (contents.Image.PdbArray.Length > 0)
        {
            sections.Add(("pdb", contents.Image.PdbArray));
        }

        using var body = new MemoryStream();
        Span<byte> length = stackalloc byte[8];
        foreach (var (name, bytes) in sections)
        {
            body.WriteByte((byte)name.Length);
            body.Write(Encoding.ASCII.GetBytes(name));
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            body.Write(length);
            body.Write(bytes);
        }
        var result = new byte[HeaderLength + body.Length];
        s_magic.CopyTo(result, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(result.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(12), sections.Count);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(result.AsSpan(HeaderLength));
        SHA256.HashData(result.AsSpan(HeaderLength), result.AsSpan(16, 32));
        return result;
    }

    /// <summary>Reads a .pvpack file.</summary>
    public static PackArchiveReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, e is FileNotFoundException or DirectoryNotFoundException
                ? PackLoadingDiagnostics.PackPathNotFound(default, path)
                : PackLoadingDiagnostics.PackFileReadError(default, path, e.Message));
        }
        return Deserialize(bytes, path);
    }

    /// <summary>Reads .pvpack bytes; <paramref name="path"/> names the file in messages.</summary>
    public static PackArchiveReadResult Deserialize(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < s_magic.Length + 2 || !bytes[..s_magic.Length].SequenceEqual(s_magic))
        {
            return new(null, PackLoadingDiagnostics.NotAPackArchive(default, path));
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
        if (version > FormatVersion || version == 0)
        {
            return new(null, PackLoadingDiagnostics.PackArchiveVersionUnsupported(default, path, version, FormatVersion));
        }
        if (bytes.Length < HeaderLength)
        {
            return Corrupt(path, $"the header is cut short at {bytes.Length} bytes");
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[HeaderLength..], hash);
        if (!hash.SequenceEqual(bytes.Slice(16, 32)))
        {
            return Corrupt(path, "its checksum does not match: the file was truncated or changed after it was written");
        }
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        var sections = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var offset = HeaderLength;
        for (var i = 0; i < count; i++)
        {
            if (offset >= bytes.Length || offset + 1 + bytes[offset] + 8 > bytes.Length)
            {
                return Corrupt(path, $"section {i + 1} of {count} is cut short");
            }
            var name = Encoding.ASCII.GetString(bytes.Slice(offset + 1, bytes[offset]));
            offset += 1 + bytes[offset];
            var length = BinaryPrimitives.ReadInt64LittleEndian(bytes[offset..]);
            offset += 8;
            if (length < 0 || length > bytes.Length - offset)
            {
                return Corrupt(path, $"section '{name}' runs past the end of the file");
            }
            if (!sections.TryAdd(name, bytes.Slice(offset, (int)length).ToArray()))
            {
                return Corrupt(path, $"section '{name}' appears twice");
            }
            offset += (int)length;
        }
        if (offset != bytes.Length)
        {
            return Corrupt(path, $"{bytes.Length - offset} bytes follow the last section");
        }
        foreach (var required in new[] { "info", "manifest", "source", "pe" })
        {
            if (!sections.ContainsKey(required) || (required == "pe" && sections[required].Length == 0))
            {
                return Corrupt(path, $"the '{required}' section is missing");
            }
        }
        try
        {
            var info = ParseInfo(s_utf8.GetString(sections["info"]));
            var contents = new PackArchiveContents
            {
                Manifest = s_utf8.GetString(sections["manifest"]),
                Vocabulary = sections.TryGetValue("vocabulary", out var vocabulary) ? s_utf8.GetString(vocabulary) : null,
                CSharp = s_utf8.GetString(sections["source"]),
                Image = new PackImage(sections["pe"], sections.GetValueOrDefault("pdb")),
                PackName = info.GetValueOrDefault("pack", ""),
                PackVersion = info.GetValueOrDefault("version", "0.0.0"),
                CompilerVersion = info.GetValueOrDefault("compiler", ""),
                RuntimeMvid = info.GetValueOrDefault("runtime", ""),
                DotnetVersion = info.GetValueOrDefault("dotnet", ""),
            };
            return new(contents, null);
        }
        catch (DecoderFallbackException)
        {
            return Corrupt(path, "a text section is not valid UTF-8");
        }
    }

    private static Dictionary<string, string> ParseInfo(string text)
    {
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                info[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        return info;
    }

    private static PackArchiveReadResult Corrupt(string path, string detail) =>
        new(null, PackLoadingDiagnostics.PackArchiveCorrupt(default, path, detail));
}

/// <summary>The contents of a .pvpack, or the one diagnostic that says why it cannot be read.</summary>
public sealed record PackArchiveReadResult(PackArchiveContents? Contents, Diagnostic? Error);
