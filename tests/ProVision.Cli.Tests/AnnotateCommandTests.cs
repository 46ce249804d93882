using ProVision.Runtime.Loading;
using Xunit.Abstractions;

namespace ProVision.Cli.Tests;

/// <summary>
/// <c>provision annotate</c> and <c>bench annotate</c>. Tests that need the real model and photos read them from
/// $PROVISION_MODELS or ../shared; they are skipped, with the reason, where those are absent (SharedFixturesFact) and
/// fail with it under CI=true.
/// </summary>
public sealed class AnnotateCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    // Reached only when SharedFixturesFact did not skip: the fixtures are there, or CI=true and the test must fail.
    private static string ModelsFolder() =>
        Directory.Exists(SharedFixtures.ModelsFolder) ? Path.GetFullPath(SharedFixtures.ModelsFolder) : throw new InvalidOperationException($"CI=true and {SharedFixtures.MissingReason()}");

    private static string BaseballImages()
    {
        var folder = Path.Combine(SharedFixtures.Shared, "fixtures", "baseball", "images");
        return File.Exists(Path.Combine(folder, "baseball_1.png")) ? folder : throw new InvalidOperationException($"CI=true and {SharedFixtures.MissingReason()}");
    }

    private static List<Runtime.SceneGraphs.SceneGraph> Load(string path) =>
        SceneGraphInputs.Read([path], GraphLoadOptions.Default)
            .Select(o => o.Graph ?? throw new Xunit.Sdk.XunitException($"does not load: {o.Error}"))
            .ToList();

    [SharedFixturesFact]
    public void Annotating_the_baseball_photos_writes_graphs_the_runtime_loads_and_a_rerun_does_nothing()
    {
        var (models, images) = (ModelsFolder(), BaseballImages());
        var outPath = _dir.File("out/graphs.jsonl");

        var (code, stdout, stderr) = CliRunner.Run("annotate", images, "--out", outPath, "--models", models);

        Assert.True(code == 0, stderr);
        Assert.Contains($"wrote 2 graphs to {outPath} (2 new)", stdout);
        Assert.Matches(@"detect\s+│\s+yolox-nano\s+│\s+[\d.]+\s+│", stdout);
        var graphs = Load(outPath);
        Assert.Equal(["baseball_1", "baseball_2"], graphs.Select(g => g.ImageId));
        // Image paths are relative to the output's folder and lead back to the photo, wherever the checkout lives.
        var imagePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(outPath)!, graphs[0].ImagePath!));
        Assert.Equal(Path.GetFullPath(Path.Combine(images, "baseball_1.png")), imagePath);
        Assert.Contains(graphs[0].Objects, o => o.Label == "person");
        Assert.Contains(graphs[0].Objects, o => o.Label == "baseball bat");
        Assert.Contains(graphs[0].Objects, o => o.Label == "sports ball");
        Assert.All(graphs, g => Assert.Equal(g.Objects.Length, g.Masks!.Count));

        var again = CliRunner.Run("annotate", images, "--out", outPath, "--models", models);

        Assert.Equal(0, again.Code);
        Assert.Contains($"nothing to do: all 2 images are in {outPath}", again.Out);
        Assert.Equal(2, Load(outPath).Count);
    }

    [SharedFixturesFact]
    public void A_killed_run_resumes_without_redoing_finished_images()
    {
        var (models, images) = (ModelsFolder(), BaseballImages());
        var outPath = _dir.File("graphs.jsonl");
        Assert.Equal(0, CliRunner.Run("annotate", Path.Combine(images, "baseball_1.png"), "--out", outPath, "--models", models).Code);
        // Make it look like a run that was killed after baseball_1 and half of baseball_2's line.
        var firstLine = File.ReadAllText(outPath);
        File.Delete(outPath);
        File.WriteAllText(_dir.File(".graphs.jsonl.partial"), firstLine + "{\"image_id\":\"baseball_2\",\"wi");

        var (code, stdout, stderr) = CliRunner.Run("annotate", images, "--out", outPath, "--models", models, "--threads", "1");

        Assert.True(code == 0, stderr);
        Assert.Contains("resuming: 1 of 2 images already annotated in", stdout);
        Assert.Contains("(1 from an interrupted run); 1 to go", stdout);
        Assert.Contains("(1 new)", stdout);
        Assert.Equal(["baseball_1", "baseball_2"], Load(outPath).Select(g => g.ImageId));
        Assert.Equal(firstLine, File.ReadAllLines(outPath)[0] + "\n");
        Assert.False(File.Exists(_dir.File(".graphs.jsonl.partial")));
    }

    [SharedFixturesFact]
    public void Unreadable_images_are_reported_and_skipped()
    {
        var (models, images) = (ModelsFolder(), BaseballImages());
        var broken = _dir.Write("broken.jpg", "this is not a jpeg");
        var outPath = _dir.File("graphs.jsonl");

        var (code, stdout, stderr) = CliRunner.Run("annotate", broken, Path.Combine(images, "baseball_1.png"), "--out", outPath, "--models", models);

        Assert.Equal(0, code);
        Assert.Contains($"warning: skipped {broken}: is not a PNG, JPEG, WebP or BMP image (unknown file signature)", stderr);
        Assert.Contains("(1 new, 1 unreadable image(s) skipped)", stdout);
        Assert.Single(Load(outPath));
    }

    [SharedFixturesFact]
    public void Bench_annotate_times_resized_images_with_capped_objects_and_reports_each_stage()
    {
        var (models, images) = (ModelsFolder(), BaseballImages());

        var (code, stdout, stderr) = CliRunner.Run("bench", "annotate", "--images", images, "--size", "320", "--max-objects", "2", "--runs", "1", "--models", models);

        Assert.True(code == 0, stderr);
        // baseball_1 is 401x400 and baseball_2 770x506: the longer side becomes 320.
        var header = Assert.Single(stdout.Split('\n'), l => l.StartsWith("bench annotate:", StringComparison.Ordinal));
        Assert.Contains("2 image(s) (320x319, 320x210) x 1 run(s) after a warm-up", header);
        var objects = double.Parse(System.Text.RegularExpressions.Regex.Match(header, @"([\d.]+) objects per image \(max 2\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(objects, 0.5, 2);
        Assert.Matches(@"2 images in [\d.]+ s = [\d.]+ images/s; CPU \d+ ms per image", stdout);
        Assert.Contains("load average (1, 5, 15 min) before:", stdout);
        Assert.Matches(@"segment\s*│\s*grabcut\s*│\s*[\d.]+", stdout);
        output.WriteLine(stdout);
    }

    [SharedFixturesFact]
    public void Only_unreadable_images_write_nothing_and_exit_2()
    {
        var broken = _dir.Write("a.png", "nope");
        var outPath = _dir.File("graphs.jsonl");
        var models = ModelsFolder();

        var (code, _, stderr) = CliRunner.Run("annotate", broken, "--out", outPath, "--models", models);

        Assert.Equal(2, code);
        Assert.Contains($"error: none of the 1 images could be read; {outPath} was not written", stderr);
        Assert.Equal([broken], Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_missing_model_names_the_pull_command()
    {
        var image = _dir.Write("a.png", "x");
        var empty = Directory.CreateDirectory(_dir.File("no-models")).FullName;

        var (code, _, stderr) = CliRunner.Run("annotate", image, "--out", _dir.File("g.jsonl"), "--models", empty);

        Assert.Equal(2, code);
        Assert.Contains($"error: model 'yolox-nano' (yolox_nano.onnx) is not in {empty}; run `provision models pull yolox-nano`", stderr);
    }

    [Fact]
    public void A_bad_pipeline_file_is_reported_with_its_line()
    {
        var pipeline = _dir.Write("pipeline.yaml", "detect:\n  model: deimv2-atto\n  treshold: 0.3\n");

        var (code, _, stderr) = CliRunner.Run("annotate", _dir.Path, "--out", _dir.File("g.jsonl"), "--pipeline", pipeline);

        Assert.Equal(2, code);
        Assert.Contains($"error: {pipeline}:3:3: unknown key 'treshold' in 'detect'", stderr);
    }

    [Fact]
    public void Cuda_in_the_cpu_build_is_refused_clearly()
    {
        var (code, _, stderr) = CliRunner.Run("annotate", _dir.Path, "--out", _dir.File("g.jsonl"), "--device", "cuda");

        if (code == 0 || !stderr.Contains("CUDA", StringComparison.Ordinal))
        {
            output.WriteLine($"skipped: this build seems to have CUDA ({stderr})");
            return;
        }
        Assert.Equal(1, code);
        Assert.Contains("error: --device cuda: the CUDA execution provider is not available", stderr);
        Assert.Contains("use --device cpu", stderr);
    }

    [Fact]
    public void No_images_is_an_error()
    {
        var (code, _, stderr) = CliRunner.Run("annotate", _dir.Path, "--out", _dir.File("g.jsonl"), "--models", _dir.Path);

        Assert.Equal(2, code);
        Assert.Contains($"error: no images (.png, .jpg, .jpeg, .webp, .bmp) in {_dir.Path}", stderr);
    }

    [Fact]
    public void Sharded_annotation_merges_into_the_single_runs_graphs_and_a_finished_shard_is_not_redone()
    {
        if (ModelsFolder() is not { } models || BaseballImages() is not { } images) return;
        Assert.Equal(0, CliRunner.Run("annotate", images, "--out", _dir.File("single/graphs.jsonl"), "--models", models).Code);
        for (var k = 1; k <= 2; k++)
        {
            var (code, _, stderr) = CliRunner.Run("annotate", images, "--out", _dir.File("shards/graphs.jsonl"), "--models", models, "--shard", $"{k}/2");
            Assert.True(code == 0, stderr);
        }
        Assert.Contains("shard 1/2 is already done", CliRunner.Run("annotate", images, "--out", _dir.File("shards/graphs.jsonl"), "--models", models, "--shard", "1/2").Out);

        var (mergeCode, stdout, mergeErr) = CliRunner.Run("merge", _dir.File("shards"), "--out", _dir.File("shards/graphs.jsonl"));

        Assert.True(mergeCode == 0, mergeErr);
        Assert.Contains("merged 2 shards (2 graphs", stdout);
        Assert.Equal(File.ReadAllBytes(_dir.File("single/graphs.jsonl")), File.ReadAllBytes(_dir.File("shards/graphs.jsonl")));
        // Elsewhere the relative image paths would change: refused, with the folder to use.
        Assert.Contains("write the merged file into", CliRunner.Run("merge", _dir.File("shards"), "--out", _dir.File("elsewhere/graphs.jsonl")).Err);
    }
}
