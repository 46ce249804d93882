using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Compilation;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>
/// PackLoader end to end: pack.yaml (sources parsed, C# from a stand-in emitter, compiled, selected) and .pvpack
/// (self-contained, cached, verified against its source).
/// </summary>
public sealed class PackLoaderTests
{
    private const string ExistsPvg = """
        phrases lead = "" | "tell me" | "identify" | "determine" | "can you tell"
        phrases see  = "are there" | "are visible" | "can you see" | "do you see" | "exist"

        generator ExistsObjectGenerator {
          family object
          needs labels
          alias CountObjects
          for label, group in objects grouped by label
          where countable(label)
          let n = count(group)
          emit {
            name     = n == 1 ? label : plural(label)
            count    = number(n)
            answer   = count
            choices  = countChoices(n)
            evidence = group
            tag object = label
            tag count  = n
          }
          ask  "{lead} how many {name} {see}?" -> "{count}"
          tell "There {be(count)} {count} {name}."
        }
        """;

    private const string Vocabulary = """{ "countable": { "people": false, "cup": true }, "predicates": ["on"] }""";

    private const string Manifest = """
        name: basic
        version: 1.0.0
        sources: [src/*.pvg]
        vocabulary: vocabulary.json
        data: [labels, boxes]
        defaults:
          mc_ratio: 0.25
          seed: 7
        """;

    /// <summary>A stand-in emitter: records what it was given and returns the contract's hand-written C#.</summary>
    private sealed class FakeEmitter(string? csharp = null, ImmutableArray<Diagnostic> diagnostics = default)
    {
        public List<IReadOnlyList<SyntaxTree>> Calls { get; } = [];

        public (ImmutableArray<Diagnostic>, string?) Emit(IReadOnlyList<SyntaxTree> trees)
        {
            Calls.Add(trees);
            return (diagnostics.IsDefault ? [] : diagnostics, diagnostics.IsDefault ? csharp ?? TestSources.HandWritten : csharp);
        }
    }

    [Fact]
    public void A_pack_yaml_loads_with_its_sources_vocabulary_defaults_and_generators()
    {
        using var folder = PackFolder(Manifest);
        var emitter = new FakeEmitter();

        var result = PackLoader.Load(Path.Combine(folder.Path, "pack.yaml"), Options(folder, emitter));

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Empty(result.Diagnostics);
        var pack = result.Pack!;
        Assert.Equal(("basic", "1.0.0"), (pack.Name, pack.Version));
        Assert.Equal(["ExistsObjectGenerator"], pack.Generators.Select(g => g.Name));
        Assert.Same(pack.Generators[0], pack.Find("CountObjects"));
        Assert.False(pack.Vocabulary.IsCountable("people"));
        Assert.Equal(GenerationOptions.Default with { McRatio = 0.25, Seed = 7 }, pack.Options);
        var trees = Assert.Single(emitter.Calls);
        var tree = Assert.Single(trees);
        Assert.False(tree.HasErrors);
        Assert.Equal(Path.Combine(folder.Path, "src", "exists.pvg"), tree.Text.Path);
    }

    [Fact]
    public void A_folder_holding_pack_yaml_loads_the_same_way()
    {
        using var folder = PackFolder(Manifest);

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter()));

        Assert.True(result.Success, result.FormatDiagnostics());
    }

    [Fact]
    public async Task LoadAsync_loads_off_the_calling_thread()
    {
        using var folder = PackFolder(Manifest);

        var result = await PackLoader.LoadAsync(folder.Path, Options(folder, new FakeEmitter()));

        Assert.True(result.Success, result.FormatDiagnostics());
    }

    [Fact]
    public void Syntax_errors_are_reported_with_their_file_and_the_emitter_is_not_called()
    {
        using var folder = PackFolder(Manifest);
        folder.Write("src/broken.pvg", "generator Broken {\n  ask \"how many?\"\n}\n");
        var emitter = new FakeEmitter();

        var result = PackLoader.Load(folder.Path, Options(folder, emitter));

        Assert.False(result.Success);
        Assert.Empty(emitter.Calls);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PV0002", error.Code);
        Assert.StartsWith(Path.Combine(folder.Path, "src", "broken.pvg") + "(2,", error.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void Emitter_diagnostics_are_attributed_to_the_only_source_file()
    {
        using var folder = PackFolder(Manifest);
        var emitter = new FakeEmitter(csharp: null, diagnostics: [SyntaxDiagnostics.UnexpectedCharacter(new TextSpan(0, 7), "phrases")]);

        var result = PackLoader.Load(folder.Path, Options(folder, emitter));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Path.Combine(folder.Path, "src", "exists.pvg") + "(1,1): error PV0004: unexpected characters 'phrases'; remove them or put them inside a string", error.FormatHeader());
    }

    [Fact]
    public void Emitter_diagnostics_of_a_pack_with_several_files_point_into_the_file_they_are_about()
    {
        using var folder = PackFolder(Manifest);
        folder.Write("src/second.pvg", "phrases other = \"a\" | \"b\"\n");
        var second = SyntaxTree.Parse(File.ReadAllText(Path.Combine(folder.Path, "src", "second.pvg")), Path.Combine(folder.Path, "src", "second.pvg"));
        var warning = BindingDiagnostics.UnusedSlot(new TextSpan(0, 7), "other") with { Source = second.Text };
        var emitter = new FakeEmitter(csharp: null, diagnostics: [warning]);

        var result = PackLoader.Load(folder.Path, Options(folder, emitter));

        var reported = Assert.Single(result.Diagnostics, d => d.Code == "PV1019");
        Assert.StartsWith(Path.Combine(folder.Path, "src", "second.pvg") + "(1,1): warning PV1019", reported.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_emitter_that_returns_nothing_is_PV3025()
    {
        using var folder = PackFolder(Manifest);

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter(csharp: null, diagnostics: [])));

        Assert.Equal("PV3025", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Sandbox_violations_in_the_emitted_code_point_into_the_csharp()
    {
        using var folder = PackFolder(Manifest);
        var csharp = TestSources.Generator("Evil", "System.IO.File.Delete(\"/tmp/x\");");

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter(csharp)));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV4002", error.Code);
        Assert.StartsWith($"basic.g.cs({TestSources.LineOf(csharp, "File.Delete")},", error.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generators_are_enabled_by_alias_and_disabled_by_name()
    {
        using var folder = PackFolder(Manifest + "\ngenerators:\n  enable: [CountObjects]\n  disable: [ExistsObjectGenerator]\n");

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter()));

        Assert.True(result.Success);
        Assert.Empty(result.Pack!.Generators);
        Assert.Single(result.Pack.AllGenerators);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PV3022", warning.Code);
        Assert.Equal("pack 'basic' has no enabled generator; check 'generators: enable/disable' and 'sources'", warning.Message);
    }

    [Fact]
    public void An_unknown_generator_name_is_PV3015_with_a_suggestion()
    {
        using var folder = PackFolder(Manifest + "\ngenerators:\n  enable: [ExistsObjectGenertor]\n");

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter()));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PV3015", error.Code);
        Assert.Equal("the pack has no generator named 'ExistsObjectGenertor' (did you mean 'ExistsObjectGenerator'?)", error.Message);
        Assert.StartsWith(Path.Combine(folder.Path, "pack.yaml") + "(10,12)", error.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generator_needing_undeclared_data_is_PV3016()
    {
        using var folder = PackFolder(Manifest.Replace("data: [labels, boxes]", "data: [boxes, depth]", StringComparison.Ordinal));

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter()));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV3016", error.Code);
        Assert.Equal("generator 'ExistsObjectGenerator' needs labels, which the pack does not declare; add labels to 'data' in pack.yaml", error.Message);
        Assert.StartsWith(Path.Combine(folder.Path, "pack.yaml") + "(5,7)", error.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_vocabulary_is_PV3014_at_the_vocabulary_line()
    {
        using var folder = PackFolder(Manifest);
        folder.Write("vocabulary.json", "{ \"colours\": {} }");

        var result = PackLoader.Load(folder.Path, Options(folder, new FakeEmitter()));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PV3014", error.Code);
        Assert.Contains("unknown member \"colours\"", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(folder.Path, "pack.yaml") + "(4,13)", error.FormatHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_PV3017()
    {
        var result = PackLoader.Load("/no/such/pack.yaml", new PackLoadOptions { Emit = new FakeEmitter().Emit });

        Assert.Equal("/no/such/pack.yaml: error PV3017: '/no/such/pack.yaml' not found; give a pack.yaml, a folder holding one, or a .pvpack file", Assert.Single(result.Diagnostics).FormatHeader());
    }

    [Fact]
    public void A_pack_yaml_without_an_emitter_goes_through_the_compilation_driver()
    {
        using var folder = PackFolder(Manifest);

        var result = PackLoader.Load(folder.Path, new PackLoadOptions { Compiler = new RoslynPackCompiler(new PackCache(Path.Combine(folder.Path, "cache"))) });

        Assert.False(result.HasErrors, result.FormatDiagnostics());
        Assert.NotEmpty(result.Pack!.Generators);
    }

    [Fact]
    public void A_saved_pvpack_loads_alone_from_the_cache_without_compiling()
    {
        using var folder = PackFolder(Manifest);
        var cache = new PackCache(Path.Combine(folder.Path, "cache"));
        var built = PackLoader.Load(folder.Path, new PackLoadOptions { Emit = new FakeEmitter().Emit, Compiler = new RoslynPackCompiler(cache) }).Pack!;
        var packPath = Path.Combine(folder.Path, "out", "basic.pvpack");
        built.Save(packPath);
        File.Delete(Path.Combine(folder.Path, "vocabulary.json"));
        File.Delete(Path.Combine(folder.Path, "src", "exists.pvg"));

        var compiler = new RoslynPackCompiler(cache); // a new process, the same cache
        var result = PackLoader.Load(packPath, new PackLoadOptions { Compiler = compiler });

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, compiler.CompilationCount);
        Assert.True(result.Pack!.Assembly.FromCache);
        Assert.Equal(["ExistsObjectGenerator"], result.Pack.Generators.Select(g => g.Name));
        Assert.False(result.Pack.Vocabulary.IsCountable("people"));
        Assert.Equal(0.25, result.Pack.Options.McRatio);
        Assert.Equal(built.CSharp, result.Pack.CSharp);
    }

    [Fact]
    public void A_pvpack_whose_image_does_not_match_its_source_is_recompiled_with_a_warning()
    {
        using var folder = new TempFolder();
        var compiler = new RoslynPackCompiler();
        var impostor = compiler.CompileImage(TestSources.Generator("Impostor", ""), new PackIdentity("basic")).Image!;
        var path = Path.Combine(folder.Path, "basic.pvpack");
        PackArchive.Write(path, new PackArchiveContents { Manifest = "name: basic\n", CSharp = TestSources.HandWritten, Image = impostor, PackName = "basic" });

        var result = PackLoader.Load(path, new PackLoadOptions { Compiler = compiler });

        Assert.True(result.Success, result.FormatDiagnostics());
        Assert.Equal(["ExistsObjectGenerator"], result.Pack!.Generators.Select(g => g.Name));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}: warning PV3021: the compiled code in '{path}' is not what its C# source compiles to; it was ignored and the source was compiled and checked again", warning.FormatHeader());
    }

    [Fact]
    public void Trusting_the_compiled_image_loads_it_as_is()
    {
        using var folder = new TempFolder();
        var compiler = new RoslynPackCompiler();
        var image = compiler.CompileImage(TestSources.Generator("Impostor", ""), new PackIdentity("basic")).Image!;
        var path = Path.Combine(folder.Path, "basic.pvpack");
        PackArchive.Write(path, new PackArchiveContents { Manifest = "name: basic\n", CSharp = TestSources.HandWritten, Image = image, PackName = "basic" });

        var result = PackLoader.Load(path, new PackLoadOptions { Compiler = compiler, TrustCompiledImage = true });

        // The image, not the source, decides what runs: which is why trusting is opt-in.
        Assert.Equal(["Impostor"], result.Pack!.Generators.Select(g => g.Name));
        Assert.Equal(1, compiler.CompilationCount);
    }

    [Fact]
    public void A_damaged_pvpack_is_PV3020_through_the_loader()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "basic.pvpack");
        var bytes = PackArchive.Serialize(new PackArchiveContents { Manifest = "name: basic\n", CSharp = "", Image = new PackImage([1]), PackName = "basic" });
        File.WriteAllBytes(path, bytes[..^1]);

        var result = PackLoader.Load(path, new PackLoadOptions { Compiler = new RoslynPackCompiler() });

        Assert.Equal("PV3020", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_pvpack_manifest_error_points_into_the_archived_manifest()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "basic.pvpack");
        PackArchive.Write(path, new PackArchiveContents { Manifest = "name: basic\ncolour: red\n", CSharp = "", Image = new PackImage([1]), PackName = "basic" });

        var result = PackLoader.Load(path, new PackLoadOptions { Compiler = new RoslynPackCompiler() });

        Assert.StartsWith(path + "!/pack.yaml(2,1): error PV3003: unknown key 'colour'", Assert.Single(result.Diagnostics).FormatHeader(), StringComparison.Ordinal);
    }

    private static PackLoadOptions Options(TempFolder folder, FakeEmitter emitter) => new()
    {
        Emit = emitter.Emit,
        Compiler = new RoslynPackCompiler(new PackCache(Path.Combine(folder.Path, "cache"))),
    };

    private static TempFolder PackFolder(string manifest)
    {
        var folder = new TempFolder();
        folder.Write("pack.yaml", manifest);
        folder.Write("vocabulary.json", Vocabulary);
        folder.Write("src/exists.pvg", ExistsPvg);
        return folder;
    }
}
