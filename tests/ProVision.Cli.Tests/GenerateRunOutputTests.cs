using ProVision.Cli.Commands;
using ProVision.Runtime.Engine;

namespace ProVision.Cli.Tests;

/// <summary>What generate prints while and after it runs: plain progress lines off a terminal, and the summary table.</summary>
public sealed class GenerateRunOutputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs(int count) => _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, count).Select(i =>
        $"{{'image_id': 'g{i}', 'image': 'images/g{i}.jpg', 'width': 100, 'height': 100, 'objects': [" +
        string.Join(",", Enumerable.Range(0, 1 + i % 3).Select(k => $"{{'label': '{(k % 2 == 0 ? "dog" : "cup")}', 'box': [{k * 10}, 0, {k * 10 + 5}, 5]}}")) +
        "]}")) + "\n");

    [Fact]
    public void Off_a_terminal_progress_is_plain_periodic_lines_and_quiet_prints_none()
    {
        // Enough graphs (two passes with --balance, one thread) that the run lasts many 1 ms periods even with a warm JIT.
        var graphs = Graphs(3000);
        var (code, stdout, stderr) = CliRunner.Run("generate", "--graphs", graphs, "--generators", "ExistsObjectGenerator,MostObjectGenerator",
            "--per-image", "all", "--balance", "--threads", "1", "--out", _dir.File("a.jsonl"), "--progress-every", "0.001", "--no-card");

        Assert.Equal(0, code);
        var lines = stderr.Split('\n').Where(l => l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^progress: [0-9,]+ of 3,000 \([0-9]+%\) graphs, [0-9,]+ items, [0-9,]+ graphs/s", l));
        Assert.DoesNotContain('\u001b', stderr + stdout); // no terminal control codes in redirected output

        var quiet = CliRunner.Run("generate", "--graphs", graphs, "--generators", "ExistsObjectGenerator", "--out", _dir.File("b.jsonl"),
            "--progress-every", "0.001", "--quiet", "--no-card");
        Assert.Equal(0, quiet.Code);
        Assert.DoesNotContain("progress:", quiet.Err, StringComparison.Ordinal);
        Assert.Contains("wrote 3000 items", quiet.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_line_gives_the_share_rate_and_time_left_when_the_total_is_known()
    {
        var counters = new RunProgress();
        for (var i = 0; i < 50; i++) counters.GraphRead();
        var console = new CliConsole(new StringWriter(), new StringWriter());

        var known = new GenerateProgress(console, counters, 200, TimeSpan.FromSeconds(1)).Line();
        var unknown = new GenerateProgress(console, counters, null, TimeSpan.FromSeconds(1)).Line();
        counters.MultiImageStarted();
        var multi = new GenerateProgress(console, counters, 200, TimeSpan.FromSeconds(1)).Line();

        Assert.Matches(@"^progress: 50 of 200 \(25%\) graphs, 0 items, [0-9,]+ graphs/s, about .+ left$", known);
        Assert.Matches(@"^progress: 50 graphs, 0 items, [0-9,]+ graphs/s$", unknown);
        Assert.StartsWith("progress: 50 graphs done; multi-image generators running", multi, StringComparison.Ordinal);
        Assert.Equal(2, GenerateProgress.CountGraphs([Graphs(2)]));
        Assert.Null(GenerateProgress.CountGraphs([_dir.Write("x.json", "{}")]));
    }

    [Fact]
    public void The_run_ends_with_one_table_of_made_asked_and_why_fewer()
    {
        var (code, stdout, stderr) = CliRunner.Run("generate", "--graphs", Graphs(6), "--generators", "ExistsObjectGenerator,CloserObjectGenerator,HasObjectMultiGenerator,SceneGraphCaptionGenerator",
            "--multi-samples", "40", "--out", _dir.File("a.jsonl"), "--no-card");

        Assert.Equal(0, code);
        var table = stdout.Split('\n');
        Assert.Contains(table, l => l.Contains("generator", StringComparison.Ordinal) && l.Contains("made", StringComparison.Ordinal) && l.Contains("asked", StringComparison.Ordinal) && l.Contains("why fewer", StringComparison.Ordinal));
        Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*ExistsObjectGenerator\s+6\s+6\s*$"));
        Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*CloserObjectGenerator\s+0\s+6\s+no depth( or masks)? on 6 image\(s\)\s*$"));
        Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*HasObjectMultiGenerator\s+[0-9]+\s+40\s+the data set cannot supply more"));
        // A caption has no question phrasing: in QA mode nothing is asked of it, and the row says how to run it.
        Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*SceneGraphCaptionGenerator\s+0\s+0\s+descriptions only: run with --mode description\s*$"));
        Assert.Contains(table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*total\s+[0-9]+\s+52\s*$"));
        // The cases are in the table, not one line each on stderr.
        Assert.DoesNotContain("skipped on", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("fewer than asked", stderr, StringComparison.Ordinal);
    }
}
