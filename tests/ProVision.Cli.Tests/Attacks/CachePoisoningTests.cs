using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProVision.Cli.Tests.Attacks;

/// <summary>
/// Issue 11, item 1: whoever can write the pack cache (a shared team folder, a restored CI cache) must not be able to
/// run code in the processes that read it. A poisoned entry here is a real assembly whose
/// <c>PackGeneratorFactory.Create()</c> writes a file; it is planted under every key a pack has in the cache, the way
/// an attacker would write it (a correct format and SHA-256, but without the user's secret key), and then
/// <c>generate --pack pack.yaml</c>, <c>generate</c> of an untouched .pvpack and <c>check</c> run as processes.
/// </summary>
public sealed class CachePoisoningTests
{
    private static readonly string Pack = OneGeneratorPack.Manifest("poisoned");

    [Fact]
    public void A_planted_entry_never_runs_for_generate_a_pvpack_or_check()
    {
        using var work = Workspace();
        var env = CliProcess.IsolatedEnvironment(work.Path);
        Assert.Equal(0, Run(work, env, "compile", "pack.yaml", "--out", "pack.pvpack").ExitCode);
        var entries = Entries(env);
        Assert.NotEmpty(entries);
        var marker = work.File("payload-ran");
        foreach (var entry in entries) File.WriteAllBytes(entry, ForgedEntry(Path.GetFileNameWithoutExtension(entry), marker, secret: null));

        foreach (var args in new[]
        {
            new[] { "generate", "--pack", "pack.yaml", "--graphs", "graphs.json", "--out", "a.jsonl" },
            ["generate", "--pack", "pack.pvpack", "--graphs", "graphs.json", "--out", "b.jsonl"],
            ["check", "pack.yaml"],
        })
        {
            var outcome = Run(work, env, args);
            Assert.True(outcome.ExitCode == 0, $"{string.Join(' ', args)}\n{outcome}");
            Assert.False(File.Exists(marker), $"the planted assembly ran on '{string.Join(' ', args)}'\n{outcome}");
            // Planted again for the next command (the first one replaced it with a freshly compiled entry).
            foreach (var entry in Entries(env)) File.WriteAllBytes(entry, ForgedEntry(Path.GetFileNameWithoutExtension(entry), marker, secret: null));
        }
        Assert.Contains("\"answer\"", File.ReadAllText(work.File("a.jsonl")), StringComparison.Ordinal);
        Assert.Contains("\"answer\"", File.ReadAllText(work.File("b.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_entry_signed_with_the_users_key_does_run_so_the_test_above_can_fail()
    {
        // The control: only the secret stands between the planted assembly and the process. With it (which only
        // this user can read), the payload runs; so "did not run" above is the MAC's doing, not a broken payload.
        using var work = Workspace();
        var env = CliProcess.IsolatedEnvironment(work.Path);
        Assert.Equal(0, Run(work, env, "check", "pack.yaml").ExitCode);
        var secret = File.ReadAllBytes(Path.Combine(env["XDG_CONFIG_HOME"], "provision", "cache.key"));
        var marker = work.File("payload-ran");
        foreach (var entry in Entries(env)) File.WriteAllBytes(entry, ForgedEntry(Path.GetFileNameWithoutExtension(entry), marker, secret));

        Run(work, env, "check", "pack.yaml");

        Assert.True(File.Exists(marker));
    }

    [Fact]
    public void A_cache_folder_writable_by_others_is_refused_with_a_message_and_packs_compile_into_memory()
    {
        if (OperatingSystem.IsWindows()) return; // modes are a Unix notion; Windows ACLs are not modelled
        using var work = Workspace();
        var env = CliProcess.IsolatedEnvironment(work.Path);
        Assert.Equal(0, Run(work, env, "check", "pack.yaml").ExitCode);
        var folder = Path.Combine(env["PROVISION_CACHE"], "packs");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        foreach (var entry in Entries(env)) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry));
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.GroupWrite);
        var marker = work.File("payload-ran");
        foreach (var entry in Entries(env)) File.WriteAllBytes(entry, ForgedEntry(Path.GetFileNameWithoutExtension(entry), marker, secret: null));

        var outcome = Run(work, env, "generate", "--pack", "pack.yaml", "--graphs", "graphs.json", "--out", "out.jsonl");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("is writable by others", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("kept in memory only", outcome.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    private static TempFolder Workspace()
    {
        var work = new TempFolder();
        work.Write("pack.yaml", Pack);
        File.WriteAllText(work.File("what.pvg"), OneGeneratorPack.Generator);
        File.WriteAllText(work.File("graphs.json"), OneGeneratorPack.Graphs);
        return work;
    }

    private static ProcessOutcome Run(TempFolder work, Dictionary<string, string> env, params string[] args) =>
        CliProcess.Run(work.Path, args, env, TimeSpan.FromSeconds(180));

    private static string[] Entries(Dictionary<string, string> env) =>
        Directory.GetFiles(Path.Combine(env["PROVISION_CACHE"], "packs"), "*.pvc");

    /// <summary>
    /// A cache entry as its format defines it (docs/packs.md): header, format 3, the 32-byte authenticator, the
    /// payload length, then PE, PDB, C# and front-end notes. Without <paramref name="secret"/> the authenticator is what an attacker
    /// without the key can compute: the payload's SHA-256 (the old format's check).
    /// </summary>
    private static byte[] ForgedEntry(string key, string marker, byte[]? secret)
    {
        var pe = PayloadAssembly(marker);
        // Entries keyed by a pack's files carry the C# as well; the forged one carries some, so it is a candidate there too.
        var csharp = Encoding.UTF8.GetBytes("// forged");
        // Sections: PE, an empty PDB, the C#, empty front-end notes.
        var payload = new byte[4 + pe.Length + 4 + 4 + csharp.Length + 4];
        BinaryPrimitives.WriteInt32LittleEndian(payload, pe.Length);
        pe.CopyTo(payload, 4);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(4 + pe.Length), 0);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(8 + pe.Length), csharp.Length);
        csharp.CopyTo(payload, 12 + pe.Length);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(12 + pe.Length + csharp.Length), 0);
        byte[] mac;
        if (secret is null)
        {
            mac = SHA256.HashData(payload);
        }
        else
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
            var keyBytes = Encoding.UTF8.GetBytes(key);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, keyBytes.Length);
            hmac.AppendData(length);
            hmac.AppendData(keyBytes);
            hmac.AppendData(payload);
            mac = hmac.GetHashAndReset();
        }
        var entry = new byte[52 + payload.Length];
        "PVCACHE\n"u8.CopyTo(entry);
        BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(8), 3);
        mac.CopyTo(entry, 12);
        BinaryPrimitives.WriteInt64LittleEndian(entry.AsSpan(44), payload.Length);
        payload.CopyTo(entry, 52);
        return entry;
    }

    // What the attacker compiles: the factory the loader looks for, doing what no sandboxed pack may do.
    private static byte[] PayloadAssembly(string marker)
    {
        var source = $$"""
            namespace ProVision.Generated;
            public static class PackGeneratorFactory
            {
                public static ProVision.Runtime.Generation.CompiledGenerator[] Create()
                {
                    System.IO.File.WriteAllText({{SymbolDisplay.FormatLiteral(marker, quote: true)}}, System.Environment.UserName);
                    return [];
                }
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "ProVision.Runtime.dll" or "System.IO.FileSystem.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("poisoned", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return pe.ToArray();
    }
}
