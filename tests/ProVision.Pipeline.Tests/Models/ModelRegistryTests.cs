using System.Security.Cryptography;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Models;
using Xunit.Abstractions;

namespace ProVision.Pipeline.Tests.Models;

public sealed class ModelRegistryTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-registry-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string OneModel = """
        models:
          - id: tiny
            task: detection
            file: tiny.onnx
            sha256: 0000000000000000000000000000000000000000000000000000000000000000
            licence: MIT
            source: http://127.0.0.1:9/tiny.onnx
            detector:
              family: yolox
        """;

    [Fact]
    public void The_built_in_registry_lists_every_shared_model_with_its_sha256()
    {
        var registry = ModelRegistry.Default;

        Assert.Equal(
            ["deimv2-atto", "deimv2-femto", "nanodet-m-320", "nanodet-m-416", "yolox-nano", "fastestdet", "deeplabv3-mnv2-voc", "pan-skin-clothes-hair"],
            registry.Models.Select(m => m.Id));
        var atto = registry.Get("deimv2-atto");
        Assert.Equal("b114aa6610ac7c2bd9b3186ffb001afa872430db957407ef2473f7148d00646e", atto.Sha256);
        Assert.Equal(DetectorFamily.Detr, atto.Detector!.Family);
        Assert.Equal(0.5, atto.Detector.ScoreThreshold);
        Assert.All(registry.Models.Where(m => m.Task == "detection"), m => Assert.NotNull(m.Detector));
        Assert.All(registry.Models, m => Assert.Equal("https", m.Source.Scheme));
        Assert.Contains("# ProVision model registry", ModelRegistry.DefaultText);
    }

    [SharedDataFact("yolox-nano")]
    public void The_shared_model_files_match_the_registry_hashes()
    {
        var folder = SharedData.ModelsFolder ?? throw new InvalidOperationException("CI=true and no shared model folder (set PROVISION_MODELS or provide ../shared/models)");
        var store = new ModelStore(folder);
        foreach (var entry in ModelRegistry.Default.Models)
        {
            var path = store.Locate(entry);
            if (path is null)
            {
                output.WriteLine($"{entry.Id}: not present");
                continue;
            }
            Assert.Equal(entry.Sha256, ModelHash.Sha256(path));
            Assert.Equal(entry.Size, new FileInfo(path).Length);
        }
    }

    [Fact]
    public void Unknown_ids_suggest_the_closest()
    {
        var error = Assert.Throws<ModelException>(() => ModelRegistry.Default.Get("deimv2-atoo"));
        Assert.StartsWith("unknown model 'deimv2-atoo'; did you mean 'deimv2-atto'? (known: deimv2-atto, deimv2-femto", error.Message);
    }

    [Theory]
    [InlineData("    licence: MIT\n", "    licence: MIT\n    licence_url: x\n", "t.yaml:7:5: unknown key 'licence_url' in 'models[0]'")]
    [InlineData("id: tiny", "id: Tiny Model", "t.yaml:2:9: model id 'Tiny Model' must be lower-case letters, digits, '.', '_' or '-'")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "abc", "t.yaml:5:13: 'models[0].sha256' must be 64 hexadecimal digits")]
    [InlineData("file: tiny.onnx", "file: sub/tiny.onnx", "t.yaml:4:11: 'models[0].file' must be a plain file name (no folders), found 'sub/tiny.onnx'")]
    [InlineData("http://127.0.0.1:9/tiny.onnx", "ftp://x/tiny.onnx", "t.yaml:7:13: 'models[0].source' must be an http(s) URL, found 'ftp://x/tiny.onnx'")]
    [InlineData("task: detection", "task: detect", "t.yaml:3:11: 'models[0].task' must be one of detection, segmentation, depth, attributes, relations; found 'detect'")]
    [InlineData("      family: yolox", "      family: yolox\n      stride: 8", "t.yaml:10:7: unknown key 'stride' in 'models[0].detector'; did you mean 'strides'?")]
    public void Bad_entries_are_located_errors(string find, string replace, string message)
    {
        var error = Assert.Throws<ConfigException>(() => ModelRegistry.Parse(OneModel.Replace(find, replace), "t.yaml", _dir));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Duplicate_ids_and_detectors_without_a_block_are_errors()
    {
        var twice = OneModel + "\n" + string.Join('\n', OneModel.Split('\n').Skip(1));
        Assert.StartsWith("t.yaml:10:9: model id 'tiny' appears twice", Assert.Throws<ConfigException>(() => ModelRegistry.Parse(twice, "t.yaml", _dir)).Message);

        var bare = OneModel[..OneModel.IndexOf("    detector:", StringComparison.Ordinal)];
        Assert.StartsWith("t.yaml:2:5: detection model 'tiny' needs a detector block", Assert.Throws<ConfigException>(() => ModelRegistry.Parse(bare, "t.yaml", _dir)).Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_position()
    {
        var error = Assert.Throws<ConfigException>(() => ModelRegistry.Parse("models:\n  - id: [unclosed\n", "t.yaml", _dir));
        Assert.Matches(@"^t\.yaml:\d+:\d+: not valid YAML: ", error.Message);
    }

    [Fact]
    public void The_store_finds_files_directly_by_id_folder_or_in_any_sub_folder()
    {
        var entry = ModelRegistry.Default.Get("fastestdet");
        var store = new ModelStore(_dir);
        Assert.Null(store.Locate(entry));

        Directory.CreateDirectory(Path.Combine(_dir, "some_folder"));
        File.WriteAllText(Path.Combine(_dir, "some_folder", "FastestDet.onnx"), "x");
        Assert.Equal(Path.Combine(_dir, "some_folder", "FastestDet.onnx"), store.Locate(entry));

        Directory.CreateDirectory(Path.Combine(_dir, "fastestdet"));
        File.WriteAllText(Path.Combine(_dir, "fastestdet", "FastestDet.onnx"), "x");
        Assert.Equal(Path.Combine(_dir, "fastestdet", "FastestDet.onnx"), store.Locate(entry));

        File.WriteAllText(Path.Combine(_dir, "FastestDet.onnx"), "x");
        Assert.Equal(Path.Combine(_dir, "FastestDet.onnx"), store.Locate(entry));
    }

    [Fact]
    public void A_missing_model_says_how_to_get_it()
    {
        var error = Assert.Throws<ModelException>(() => new ModelStore(_dir).Require(ModelRegistry.Default.Get("deimv2-atto")));

        Assert.StartsWith($"model 'deimv2-atto' (deimv2_hgnetv2_atto_coco.onnx) is not in {_dir}; run `provision models pull deimv2-atto`, or download https://github.com/", error.Message);
    }

    [Fact]
    public void Import_finds_the_entry_by_hash_and_refuses_strangers()
    {
        var content = "pretend model"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var registry = ModelRegistry.Parse(OneModel.Replace(new string('0', 64), sha), "t.yaml", _dir);
        var download = Path.Combine(_dir, "Downloads-tiny (1).onnx");
        File.WriteAllBytes(download, content);
        var store = new ModelStore(Path.Combine(_dir, "cache"));

        var (entry, path) = store.Import(download, registry);

        Assert.Equal("tiny", entry.Id);
        Assert.Equal(Path.Combine(_dir, "cache", "tiny.onnx"), path);
        Assert.Equal(content, File.ReadAllBytes(path));

        File.WriteAllText(download, "something else");
        var stranger = Assert.Throws<ModelException>(() => store.Import(download, registry));
        Assert.Contains("matches no model in t.yaml; nothing was imported", stranger.Message);
        var wrongId = Assert.Throws<ModelException>(() => store.Import(download, registry, "tiny"));
        Assert.Contains($"is not model 'tiny': its sha256 is", wrongId.Message);
    }
}
