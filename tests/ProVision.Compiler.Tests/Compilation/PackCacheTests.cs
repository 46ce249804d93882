using ProVision.Compiler.Compilation;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>
/// The content-hash disk cache: hits skip Roslyn, damage is detected and repaired, writers do not collide, and only
/// entries authenticated with this user's key are ever loaded (issue 11).
/// </summary>
public sealed class PackCacheTests
{
    private static readonly PackIdentity s_identity = new("exists");

    [Fact]
    public void A_second_load_of_the_same_source_comes_from_the_cache_without_compiling()
    {
        using var folder = new TempFolder();
        var first = new RoslynPackCompiler(new PackCache(folder.Path));
        var firstResult = first.Compile(TestSources.HandWritten, s_identity);

        // A new compiler over the same folder stands for a new process.
        var second = new RoslynPackCompiler(new PackCache(folder.Path));
        var secondResult = second.Compile(TestSources.HandWritten, s_identity);

        Assert.Equal(1, first.CompilationCount);
        Assert.Equal(0, second.CompilationCount);
        Assert.False(firstResult.Assembly!.FromCache);
        Assert.True(secondResult.Assembly!.FromCache);
        Assert.True(firstResult.Assembly.Image.ContentEquals(secondResult.Assembly.Image));
        Assert.Equal("ExistsObjectGenerator", Assert.Single(secondResult.Assembly.Generators).Name);
        Assert.Equal(PackCache.ComputeKey(TestSources.HandWritten, s_identity), secondResult.Assembly.CacheKey);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped byte")]
    [InlineData("empty")]
    [InlineData("garbage")]
    public void A_damaged_entry_is_detected_deleted_and_recompiled(string damage)
    {
        using var folder = new TempFolder();
        var cache = new PackCache(folder.Path);
        new RoslynPackCompiler(cache).Compile(TestSources.HandWritten, s_identity);
        var path = cache.PathOf(PackCache.ComputeKey(TestSources.HandWritten, s_identity));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped byte" => Flip(bytes, bytes.Length - 100),
            "empty" => [],
            _ => "not a cache entry at all, just some text"u8.ToArray(),
        });

        var compiler = new RoslynPackCompiler(cache);
        var result = compiler.Compile(TestSources.HandWritten, s_identity);

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Equal(1, compiler.CompilationCount);
        Assert.Equal(1, cache.CorruptEntriesFound);
        Assert.True(cache.TryLoad(PackCache.ComputeKey(TestSources.HandWritten, s_identity), out _)); // repaired
    }

    [Fact]
    public void The_key_changes_with_the_source_and_the_pack_name_only()
    {
        var key = PackCache.ComputeKey("class A {}", new PackIdentity("a"));

        Assert.Equal(key, PackCache.ComputeKey("class A {}", new PackIdentity("a", "9.9.9")));
        Assert.NotEqual(key, PackCache.ComputeKey("class A { }", new PackIdentity("a")));
        Assert.NotEqual(key, PackCache.ComputeKey("class A {}", new PackIdentity("b")));
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void Concurrent_writers_of_one_key_leave_one_whole_entry_and_no_temporary_files()
    {
        using var folder = new TempFolder();
        var cache = new PackCache(folder.Path);
        var image = new PackImage([.. Enumerable.Range(0, 200_000).Select(i => (byte)i)], [1, 2, 3]);
        var key = new string('a', 64);

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => Assert.True(cache.Store(key, image)));

        Assert.True(cache.TryLoad(key, out var loaded));
        Assert.True(image.ContentEquals(loaded));
        Assert.Equal([Path.GetFileName(cache.PathOf(key))], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_entry_is_a_miss()
    {
        using var folder = new TempFolder();
        var cache = new PackCache(Path.Combine(folder.Path, "not-yet-created"));

        Assert.False(cache.TryLoad(new string('0', 64), out var image));
        Assert.Null(image);
        Assert.Equal(0, cache.CorruptEntriesFound);
    }

    [Fact]
    public void Keys_must_be_sha256_hex()
    {
        var cache = new PackCache(Path.GetTempPath());

        var error = Assert.Throws<ArgumentException>(() => cache.PathOf("../../etc/passwd"));
        Assert.StartsWith("A cache key is 64 lower-case hex digits.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_folder_follows_PROVISION_CACHE()
    {
        var saved = Environment.GetEnvironmentVariable(PackCache.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(PackCache.EnvironmentVariable, "/tmp/pv-cache-root");
            Assert.Equal(Path.Combine("/tmp/pv-cache-root", "packs"), PackCache.DefaultDirectory());
            Environment.SetEnvironmentVariable(PackCache.EnvironmentVariable, null);
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            Assert.Equal(Path.Combine(home, ".cache", "provision", "packs"), PackCache.DefaultDirectory());
        }
        finally
        {
            Environment.SetEnvironmentVariable(PackCache.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public void An_entry_written_with_another_key_is_a_miss_and_is_replaced()
    {
        using var folder = new TempFolder();
        var mine = new PackCache(Path.Combine(folder.Path, "cache"), Path.Combine(folder.Path, "me", "cache.key"));
        var theirs = new PackCache(Path.Combine(folder.Path, "cache"), Path.Combine(folder.Path, "them", "cache.key"));
        var key = new string('b', 64);
        var image = new PackImage([1, 2, 3, 4], []);

        Assert.True(theirs.Store(key, image));
        Assert.False(mine.TryLoad(key, out _));
        Assert.Equal(1, mine.CorruptEntriesFound);
        Assert.True(mine.Store(key, image));
        Assert.True(mine.TryLoad(key, out var loaded) && loaded.ContentEquals(image));
    }

    [Fact]
    public void A_valid_entry_renamed_to_another_key_does_not_load()
    {
        using var folder = new TempFolder();
        var cache = new PackCache(Path.Combine(folder.Path, "cache"), Path.Combine(folder.Path, "key"));
        Assert.True(cache.Store(new string('c', 64), new PackImage([9, 9, 9], [])));
        File.Copy(cache.PathOf(new string('c', 64)), cache.PathOf(new string('d', 64)));

        Assert.False(cache.TryLoad(new string('d', 64), out _));
    }

    [Fact]
    public void A_key_file_inside_the_cache_folder_or_a_cache_folder_writable_by_others_turns_the_cache_off()
    {
        using var folder = new TempFolder();
        var inside = new PackCache(folder.Path, Path.Combine(folder.Path, "cache.key"));
        Assert.False(inside.Store(new string('e', 64), new PackImage([1], [])));
        Assert.Contains("lies inside the cache folder", inside.Refusal, StringComparison.Ordinal);

        if (OperatingSystem.IsWindows()) return; // modes are a Unix notion
        var shared = Path.Combine(folder.Path, "shared");
        var cache = new PackCache(shared, Path.Combine(folder.Path, "key"));
        Assert.True(cache.Store(new string('f', 64), new PackImage([1], [])));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cache.PathOf(new string('f', 64))));
        File.SetUnixFileMode(shared, File.GetUnixFileMode(shared) | UnixFileMode.OtherWrite);

        Assert.False(cache.TryLoad(new string('f', 64), out _));
        Assert.Contains("is writable by others", cache.Refusal, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder.Path, "key")));
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0xFF;
        return copy;
    }
}
