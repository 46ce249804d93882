namespace ProVision.Cli.Tests;

/// <summary><c>provision bench detectors</c>: bad input is a clear error; on the shared photos it prints one row per model, threshold and rule set.</summary>
public sealed class BenchDetectorsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("0.3,x")]
    [InlineData("1.5")]
    [InlineData(",")]
    public void Bad_thresholds_are_a_usage_error(string thresholds)
    {
        var (code, _, stderr) = CliRunner.Run("bench", "detectors", "--thresholds", thresholds);

        Assert.Equal(1, code);
        Assert.Contains("error: --thresholds must be numbers from 0 to 1 separated by commas", stderr);
    }

    [Fact]
    public void A_malformed_list_or_a_missing_photo_is_a_located_error()
    {
        var list = _dir.Write("e.yaml", "images:\n  - image: a.png\n    objects:\n      - {label: cat, box: [0, 0, 5, 8], kind: sometimes}\n");
        var (code, _, stderr) = CliRunner.Run("bench", "detectors", "--expected", list);
        Assert.Equal(2, code);
        Assert.Contains($"error: {list}:4:", stderr);
        Assert.Contains("must be one of must, seen, crowd; found 'sometimes'", stderr);

        var missing = _dir.Write("m.yaml", "images:\n  - image: nowhere.png\n    objects: []\n");
        (code, _, stderr) = CliRunner.Run("bench", "detectors", "--expected", missing, "--fixtures", _dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("nowhere.png", stderr);
        Assert.Contains("file not found", stderr);
    }

    [Fact]
    public void An_unknown_detector_is_named()
    {
        var list = _dir.Write("e.yaml", "images: []\n");
        var (code, _, stderr) = CliRunner.Run("bench", "detectors", "--expected", list, "--detectors", "yolo-huge", "--models", _dir.Path);

        Assert.Equal(2, code);
        Assert.Contains("unknown model 'yolo-huge'", stderr);
    }

    [SharedFixturesFact]
    public void On_the_shared_photos_it_prints_a_row_per_threshold_and_rule_set()
    {
        var shared = SharedFixtures.Shared;
        var models = SharedFixtures.ModelsFolder;
        var (code, stdout, stderr) = CliRunner.Run(
            "bench", "detectors", "--expected", Path.Combine(SharedFixtures.RepoRoot(), "tests", "ProVision.Pipeline.Tests", "RealPhotos", "expected-objects.yaml"),
            "--fixtures", Path.Combine(shared, "fixtures"), "--models", models, "--detectors", "yolox-nano", "--thresholds", "0.3,0.5", "--runs", "1", "--details");

        Assert.True(code == 0, stderr);
        Assert.Matches(@"\| yolox-nano \| 0\.3 \| off \| \d+ \| \d+ \| \d+ \(\d+\) \| \d+ \| [\d.]+ \| [\d.]+ \| \d/9 \| [\d.]+ \| [\d.]+ \|", stdout);
        Assert.Contains("| yolox-nano | 0.5 | on |", stdout);
        Assert.Contains("load average", stdout);
    }
}
