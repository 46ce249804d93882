using ProVision.Compiler.Compilation;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Tests.Compilation;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>
/// Issue 13, item 6: a pack read from its files is looked up by the hash of those files (no parse, bind or emit on a
/// hit); every byte of a source, the manifest or the vocabulary is part of the key; the key does not depend on the
/// folder the pack lies in when it is shown under a fixed path; entries stay authenticated (issue 11).
/// </summary>
public sealed class PackSourceKeyTests
{
    private const string Manifest = """
        name: keyed
        version: 1.0.0
        sources: [src/*.pvg]
        vocabulary: vocabulary.json
        data: [labels]
        """;

    private const string Pvg = """
        generator WhatIs {
          family object
          needs labels
          for o in objects
          emit {
            answer = o.label
            evidence = [o]
          }
          ask "what is this?" -> "{answer}"
        }
        """;

    private const string Vocabulary = """{ "countable": { "cup": true } }""";

    [Fact]
    public void A_second_load_in_a_new_process_hits_by_sources_with_the_same_CSharp_and_no_compilation()
    {
        using var pack = PackFolder();
        using var cache = new TempFolder();
        var first = Load(pack, cache, out var firstCompiler);

        var second = Load(pack, cache, out var secondCompiler);

        Assert.Equal(1, firstCompiler.CompilationCount);
        Assert.Equal(0, secondCompiler.CompilationCount);
        Assert.True(second.Pack!.Assembly.FromCache);
        Assert.Equal(SourceKey(pack), second.Pack.Assembly.CacheKey);
        Assert.Equal(first.Pack!.CSharp, second.Pack.CSharp);
        Assert.Equal(["WhatIs"], second.Pack.Generators.Select(g => g.Name));
        // The same instance hands back the assembly it already loaded.
        Assert.Same(second.Pack.Assembly, Load(pack, secondCompiler).Pack!.Assembly);
    }

    [Theory]
    [InlineData("src/what.pvg", "what is this?", "what is that?")]
    [InlineData("src/what.pvg", "{answer}\"\n}", "{answer}\"\n}\n")] // a byte that changes no C# still changes the key
    [InlineData("pack.yaml", "version: 1.0.0", "version: 1.0.1")]
    [InlineData("vocabulary.json", "true", "false")]
    public void A_change_to_any_byte_of_a_file_misses(string file, string from, string to)
    {
        using var pack = PackFolder();
        using var cache = new TempFolder();
        var before = Load(pack, cache, out _).Pack!;
        var oldKey = SourceKey(pack);
        var path = Path.Combine(pack.Path, file);
        var text = File.ReadAllText(path);
        var at = text.LastIndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);

        var after = Load(pack, cache, out _).Pack!;

        Assert.NotEqual(oldKey, SourceKey(pack));
        Assert.NotEqual(oldKey, after.Assembly.CacheKey);
        Assert.True(File.Exists(new PackCache(cache.Path).PathOf(SourceKey(pack))), "the new files are stored under their own key");
        if (from == "what is this?")
        {
            Assert.Contains("what is that?", after.CSharp, StringComparison.Ordinal);
            Assert.DoesNotContain("what is that?", before.CSharp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_source_added_to_the_pack_misses()
    {
        using var pack = PackFolder();
        using var cache = new TempFolder();
        Load(pack, cache, out _);
        var oldKey = SourceKey(pack);
        pack.Write("src/zzz.pvg", Pvg.Replace("WhatIs", "WhatIsToo", StringComparison.Ordinal));

        var after = Load(pack, cache, out var compiler);

        Assert.Equal(1, compiler.CompilationCount);
        Assert.Equal(["WhatIs", "WhatIsToo"], after.Pack!.Generators.Select(g => g.Name));
        Assert.NotEqual(oldKey, after.Pack.Assembly.CacheKey);
    }

    [Fact]
    public void The_same_files_in_another_folder_shown_under_one_path_hit()
    {
        using var one = PackFolder();
        using var other = PackFolder();
        using var cache = new TempFolder();
        var shown = new PackLoadOptions { ManifestShownPath = "builtin/pack.yaml" };
        Load(one, cache, out _, shown);

        var moved = Load(other, cache, out var compiler, shown);

        Assert.Equal(0, compiler.CompilationCount);
        Assert.True(moved.Pack!.Assembly.FromCache);
        Assert.Contains("builtin/src/what.pvg", moved.Pack.CSharp, StringComparison.Ordinal);
        Assert.DoesNotContain(one.Path, moved.Pack.CSharp, StringComparison.Ordinal);
    }

    [Fact]
    public void Shown_under_their_real_paths_two_folders_have_two_keys()
    {
        using var one = PackFolder();
        using var other = PackFolder();
        using var cache = new TempFolder();
        Load(one, cache, out _);

        var second = Load(other, cache, out _);

        // The generated C# names each file where it is (messages point at it), so it is another pack to the cache.
        Assert.Contains(other.Path, second.Pack!.CSharp, StringComparison.Ordinal);
        Assert.NotEqual(SourceKey(one), SourceKey(other));
    }

    [Fact]
    public void A_hit_reports_the_front_ends_warnings_exactly_as_compiling_did()
    {
        using var pack = PackFolder();
        // An unused let is a warning that only the front end reports; a hit skips the front end.
        pack.Write("src/what.pvg", Pvg.Replace("for o in objects", "for o in objects\n  let unused = 1", StringComparison.Ordinal));
        using var cache = new TempFolder();
        var first = Load(pack, cache, out _);
        Assert.Contains(first.Diagnostics, d => !d.IsError && d.Source is not null);

        var second = Load(pack, cache, out var compiler);

        Assert.Equal(0, compiler.CompilationCount);
        Assert.Equal(SourceKey(pack), second.Pack!.Assembly.CacheKey);
        Assert.Equal(first.FormatDiagnostics(), second.FormatDiagnostics());
    }

    [Fact]
    public void An_entry_under_the_source_key_signed_with_another_key_is_not_loaded()
    {
        using var pack = PackFolder();
        using var cache = new TempFolder();
        using var keys = new TempFolder();
        Load(pack, cache, out _);
        // A stranger who can write the folder stores an entry of their own (a valid format and MAC, under their key),
        // replacing this user's entry for the same files.
        var stranger = new PackCache(cache.Path, Path.Combine(keys.Path, "stranger.key"));
        Assert.True(stranger.Store(SourceKey(pack), new PackImage([1, 2, 3]), new PackSourceEntry("// stranger's C#", "")));

        var result = Load(pack, cache, out var compiler);

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Equal(1, compiler.Cache!.CorruptEntriesFound); // rejected by its MAC and deleted, before anything ran
        Assert.NotEqual(SourceKey(pack), result.Pack!.Assembly.CacheKey);
        Assert.DoesNotContain("stranger", result.Pack.CSharp, StringComparison.Ordinal);
        // ... and replaced by this user's own entry for the files.
        Assert.True(new PackCache(cache.Path).TryLoad(SourceKey(pack), out _, out var entry));
        Assert.Equal(result.Pack.CSharp, entry!.CSharp);
    }

    private static PackLoadResult Load(TempFolder pack, TempFolder cache, out RoslynPackCompiler compiler, PackLoadOptions? options = null)
    {
        // A new compiler over the same cache folder stands for a new process.
        compiler = new RoslynPackCompiler(new PackCache(cache.Path));
        return Load(pack, compiler, options);
    }

    private static PackLoadResult Load(TempFolder pack, RoslynPackCompiler compiler, PackLoadOptions? options = null)
    {
        var result = PackLoader.Load(Path.Combine(pack.Path, "pack.yaml"), (options ?? new PackLoadOptions()) with { Compiler = compiler });
        Assert.True(result.Success, result.FormatDiagnostics());
        return result;
    }

    private static string SourceKey(TempFolder pack)
    {
        var manifest = PackManifestReader.Read(Path.Combine(pack.Path, "pack.yaml")).Manifest!;
        var files = PackSources.Read(manifest).Files;
        return PackSourceKey.Compute(new PackIdentity(manifest.Name.Value, manifest.Version), new PackSourceKey.File(manifest.Source.Path, manifest.Source.Text),
            File.ReadAllText(manifest.ResolvedVocabulary!), files);
    }

    private static TempFolder PackFolder()
    {
        var folder = new TempFolder();
        folder.Write("pack.yaml", Manifest);
        folder.Write("vocabulary.json", Vocabulary);
        folder.Write("src/what.pvg", Pvg);
        return folder;
    }
}
