using System.Text.Json;

namespace ProVision.Cli.Tests;

/// <summary>
/// The example pack <c>examples/custom-pack</c> as its README uses it: it checks without warnings, and
/// <c>provision generate</c> over its fixtures gives exactly the questions its hand-made scenes call for.
/// </summary>
public sealed class CustomPackExampleTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string PackFolder => Path.Combine(RepoRoot(), "examples", "custom-pack");

    [Fact]
    public void The_custom_pack_checks_cleanly()
    {
        var (code, stdout, _) = CliRunner.Run("check", Path.Combine(PackFolder, "pack.yaml"));

        Assert.Equal(0, code);
        Assert.Contains("3 generator(s), no errors, 0 warning(s)", stdout);
    }

    [Fact]
    public void Generate_over_its_fixtures_answers_what_the_scenes_show()
    {
        var output = _dir.File("items.jsonl");
        var (code, stdout, stderr) = CliRunner.Run("generate", "--pack", Path.Combine(PackFolder, "pack.yaml"),
            "--graphs", Path.Combine(PackFolder, "fixtures", "kitchen.jsonl"), Path.Combine(PackFolder, "fixtures", "street.jsonl"),
            "--per-image", "all", "--mc-ratio", "0", "--out", output);
        Assert.True(code == 0, stdout + stderr);

        // Counts are compared by their tag: the answer may be digits or words (the pack's number mode is random).
        var items = File.ReadAllLines(output).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var answer = root.GetProperty("tags").TryGetProperty("count", out var count) ? count[0].GetRawText() : root.GetProperty("answer").GetString();
            var evidence = string.Join(",", root.GetProperty("evidence").GetProperty("objects").EnumerateArray().Select(e => e.GetRawText()));
            return $"{root.GetProperty("id").GetString()} = {answer} [{evidence}]";
        }).ToList();

        Assert.Equal(
        [
            "kitchen/ColorLeftOf/0 = red [1,2]",          // the cup is the only object left of the bowl
            "kitchen/CountByColor/0 = 1 [0]",             // brown: the table
            "kitchen/CountByColor/1 = 2 [1,4]",           // red: the cup and the apple
            "kitchen/CountByColor/2 = 1 [2]",             // white: the bowl
            "kitchen/CountByColor/3 = 1 [3]",             // black: the cat
            "kitchen/LargestObject/0 = table [0]",
            "street/ColorLeftOf/0 = blue [5,4]",          // the mailbox, left of the tree
            "street/CountByColor/0 = 1 [0]",              // red: one car
            "street/CountByColor/1 = 2 [1,5]",            // blue: a car and the mailbox; green is skipped (grass)
            "street/LargestObject/0 = car [0]",           // two equal cars: still "the car"
            "park/ColorLeftOf/0 = brown [0,1]",           // the bench, left of the dog; no LargestObject: a tie
            "park/CountByColor/0 = 1 [0]",
            "park/CountByColor/1 = 1 [1]",
        ], items);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (ProVision.Dsl.sln) above " + AppContext.BaseDirectory);
    }
}
