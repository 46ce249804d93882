using ProVision.Builtin;
using ProVision.Cli.Commands;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Synthetic;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Tests;

/// <summary>
/// Issue 13, items 4 and 6: the built-in pack compiled into the tool (ProVision.Builtin, emitted from generators/ at
/// build time) is the pack Roslyn compiles from the same files: the same key, C#, warnings and, over real and real-like
/// graphs, byte for byte the same items; files that differ from its build load the normal way.
/// </summary>
public sealed class PrecompiledBuiltinPackTests
{
    private static string GeneratorsManifest => Path.Combine(SharedFixtures.RepoRoot(), "generators", "pack.yaml");

    // The built-in pack as Roslyn compiles it from the source tree's files (no cache, no precompiled build), once.
    private static readonly Lazy<PackLoadResult> s_roslyn = new(() => PackLoader.Load(GeneratorsManifest, new PackLoadOptions
    {
        Compiler = new RoslynPackCompiler(cache: null),
        ManifestShownPath = PrecompiledPack.BuiltinShownPath,
    }));

    private static GeneratorPack Roslyn => s_roslyn.Value.Pack ?? throw new Xunit.Sdk.XunitException(s_roslyn.Value.FormatDiagnostics());

    private static PackLoadResult LoadPrecompiled(string manifest, RoslynPackCompiler? compiler = null) => PackLoader.Load(manifest, new PackLoadOptions
    {
        Compiler = compiler ?? new RoslynPackCompiler(cache: null),
        ManifestShownPath = PrecompiledPack.BuiltinShownPath,
        Precompiled = PackResolver.BuiltinPrecompiled,
    });

    [Fact]
    public void The_embedded_key_is_the_key_of_the_builtin_packs_files_so_the_build_is_not_stale()
    {
        Assert.False(Roslyn.Assembly.Precompiled);
        Assert.True(Roslyn.SourceKey == BuiltinPackBuild.SourceKey,
            $"ProVision.Builtin carries key {BuiltinPackBuild.SourceKey}, the files of generators/ hash to {Roslyn.SourceKey}: rebuild ProVision.Builtin");

        var loaded = LoadPrecompiled(GeneratorsManifest);

        var pack = loaded.Pack!;
        Assert.True(pack.Assembly.Precompiled);
        Assert.Equal(BuiltinPackBuild.SourceKey, pack.SourceKey);
        Assert.Equal(Roslyn.CSharp, pack.CSharp);
        Assert.Equal(Roslyn.AllGenerators.Select(g => g.Name), pack.AllGenerators.Select(g => g.Name));
        Assert.Equal(Roslyn.Generators.Select(g => g.Name), pack.Generators.Select(g => g.Name));
        // The front end's warnings are reported as compiling reports them (there are some: unused slots).
        Assert.NotEmpty(s_roslyn.Value.Diagnostics);
        Assert.Equal(s_roslyn.Value.Diagnostics.Select(d => d.Format()), loaded.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void The_carried_content_hash_is_the_hash_of_the_builtin_packs_csharp_and_vocabulary()
    {
        var precompiled = LoadPrecompiled(GeneratorsManifest).Pack!;

        Assert.True(precompiled.Assembly.Precompiled);
        // Computed from the text, as a pack Roslyn compiled computes it: the card and shard manifests name the same pack.
        Assert.Equal(BuiltinPackBuild.ContentHash, GeneratorPack.ComputeContentHash(Roslyn.CSharp, Roslyn.VocabularyJson));
        Assert.Equal(Roslyn.ContentHash, precompiled.ContentHash);
        Assert.Equal(GeneratorPack.ComputeContentHash(precompiled.CSharp, precompiled.VocabularyJson), precompiled.ContentHash);
    }

    [Fact]
    public void The_carried_manifest_is_the_builtin_pack_yaml_and_its_tree_so_the_build_is_not_stale()
    {
        var text = File.ReadAllText(GeneratorsManifest);

        Assert.Equal(BuiltinPackBuild.ManifestText, text);
        Assert.Equal(BuiltinPackBuild.ManifestTree, CarriedManifest.Encode(text));
        Assert.Same(PackResolver.BuiltinPrecompiled.Manifest!.Text, BuiltinPackBuild.ManifestText);
    }

    [Fact]
    public void The_carried_vocabulary_is_the_builtin_vocabulary_json_and_its_entries_so_the_build_is_not_stale()
    {
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(GeneratorsManifest)!, "vocabulary.json"));

        Assert.Equal(BuiltinPackBuild.VocabularyText, text);
        Assert.Equal(BuiltinPackBuild.VocabularyTables, ProVision.Runtime.Stdlib.VocabularyTables.Encode(text));
        Assert.NotNull(PackResolver.BuiltinPrecompiled.Vocabulary!.VocabularyFor(text, out var whyNot));
        Assert.Null(whyNot);
    }

    [Fact]
    public void The_carried_key_parts_are_those_of_the_builtin_packs_files_and_hash_to_the_carried_key()
    {
        var manifest = Roslyn.Manifest;
        var parts = PackSourceKey.Parts(new PackIdentity(manifest.Name.Value, manifest.Version),
            new PackSourceKey.File(manifest.Source.Path, manifest.Source.Text), Roslyn.VocabularyJson, PackSources.Read(manifest).Files);

        Assert.Equal(BuiltinPackBuild.KeyParts, PrecompiledPack.EncodeKeyParts(parts));
        Assert.Equal(BuiltinPackBuild.SourceKey, PackSourceKey.Compute(parts));
        Assert.Equal(BuiltinPackBuild.SourceKey, PackResolver.BuiltinPrecompiled.TryKeyOf(parts));
    }

    [Fact]
    public void The_cli_resolves_builtin_to_the_precompiled_build_without_roslyn()
    {
        var loaded = PackResolver.Load(PackResolver.Builtin);

        Assert.False(loaded.HasErrors, loaded.FormatDiagnostics());
        Assert.True(loaded.Pack!.Assembly.Precompiled);
        Assert.Equal(typeof(BuiltinPackBuild).Assembly, loaded.Pack.Assembly.Assembly);
    }

    [Fact]
    public void Single_image_generators_are_in_the_ahead_of_time_assembly_and_the_others_in_the_jitted_one()
    {
        var generators = ProVision.Generated.PackGeneratorFactory.Create();
        var aheadOfTime = typeof(BuiltinPackBuild).Assembly;
        var excluded = System.Xml.Linq.XDocument.Load(Path.Combine(SharedFixtures.RepoRoot(), "compiler", "ProVision.Cli", "ProVision.Cli.csproj"))
            .Descendants("PublishReadyToRunExclude").Select(e => (string?)e.Attribute("Include")).ToArray();

        Assert.Equal(Roslyn.AllGenerators.Select(g => g.Name), generators.Select(g => g.Name));
        Assert.Contains(generators, g => g.IsMultiImage);
        Assert.Contains(generators, g => !g.IsMultiImage);
        foreach (var generator in generators)
        {
            var assembly = generator.GetType().Assembly;
            Assert.True(generator.IsMultiImage ? assembly != aheadOfTime : assembly == aheadOfTime,
                $"{generator.Name} ({(generator.IsMultiImage ? "multi" : "single")}-image) is in {assembly.GetName().Name}");
            // The tool leaves exactly the jitted part out of ReadyToRun (docs/packs.md#precompiled-built-in-pack).
            Assert.Equal(generator.IsMultiImage, excluded.Contains(assembly.GetName().Name + ".dll"));
        }
    }

    public static TheoryData<string, bool, int> Runs => new()
    {
        { "baseball", false, 0 },
        { "baseball", true, 0 },
        { "baseball", false, 3 },
        { "real-like", false, 0 },
        { "real-like", true, 0 },
        { "real-like", true, 40 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_precompiled_pack_writes_byte_for_byte_the_items_of_the_roslyn_compiled_one(string graphs, bool balance, int multiSamples)
    {
        using var work = new TempFolder();
        var (inputs, options) = Graphs(work, graphs);
        var precompiled = LoadPrecompiled(GeneratorsManifest).Pack!;
        Assert.True(precompiled.Assembly.Precompiled);

        var expected = Generate(Roslyn, inputs, options, balance, multiSamples, work.File("roslyn.jsonl"));
        var actual = Generate(precompiled, inputs, options, balance, multiSamples, work.File("precompiled.jsonl"));

        Assert.True(expected.Length > 1000, $"only {expected.Length} bytes of items: the comparison would say little");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Files_one_byte_off_the_build_load_through_the_cache_and_roslyn_not_the_precompiled_build()
    {
        using var work = new TempFolder();
        var pack = Path.Combine(work.Path, "builtin");
        CopyFolder(Path.GetDirectoryName(GeneratorsManifest)!, pack);
        var source = Directory.EnumerateFiles(pack, "*.pvg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(source, "\n");
        var cache = new PackCache(Path.Combine(work.Path, "cache"));

        var first = LoadPrecompiled(Path.Combine(pack, "pack.yaml"), new RoslynPackCompiler(cache));
        var second = LoadPrecompiled(Path.Combine(pack, "pack.yaml"), new RoslynPackCompiler(cache));

        Assert.False(first.HasErrors, first.FormatDiagnostics());
        Assert.False(first.Pack!.Assembly.Precompiled);
        Assert.NotEqual(BuiltinPackBuild.SourceKey, first.Pack.SourceKey);
        Assert.False(first.Pack.Assembly.FromCache);
        Assert.False(second.Pack!.Assembly.Precompiled);
        Assert.True(second.Pack.Assembly.FromCache);
        Assert.Equal(first.Pack.SourceKey, second.Pack.SourceKey);
    }

    [Fact]
    public void A_precompiled_packs_image_is_compiled_from_its_csharp_when_asked_for()
    {
        var pack = LoadPrecompiled(GeneratorsManifest).Pack!;

        Assert.True(pack.Assembly.Image.ContentEquals(Roslyn.Assembly.Image));
    }

    private static (string[] Inputs, GraphLoadOptions Options) Graphs(TempFolder work, string name)
    {
        if (name == "baseball")
        {
            var folder = Path.Combine(SharedFixtures.Shared, "fixtures", "baseball");
            Assert.True(Directory.Exists(folder), $"{folder} is missing");
            return ([Path.Combine(folder, "baseball_joint.json")], new GraphLoadOptions
            {
                DepthDirectory = Path.Combine(folder, "depth_masks"),
                MaskDirectory = Path.Combine(folder, "seg_masks"),
            });
        }
        var file = work.File("real-like.jsonl");
        using (var writer = new StreamWriter(file)) RealLikeGraphWriter.Write(writer, 60);
        return ([file], new GraphLoadOptions());
    }

    private static byte[] Generate(GeneratorPack pack, string[] inputs, GraphLoadOptions options, bool balance, int multiSamples, string output)
    {
        var job = pack.Job() with { Balance = balance, MultiSamples = multiSamples, Threads = 2 };
        using (var sink = ItemWriterFactory.Create("jsonl", output))
        {
            job.Run(new GraphStream(inputs, options, ErrorPolicy.Stop), sink);
            sink.Complete();
        }
        return File.ReadAllBytes(output);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
