using System.Diagnostics;

namespace ProVision.Cli.Tests;

/// <summary>A fact that needs Debian's headless Chromium (.ci/run installs it); elsewhere it is skipped with the reason.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static string? Browser => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public ChromiumFactAttribute()
    {
        if (Browser is null) Skip = "needs Debian's chromium package (apt-get install chromium; .ci/run installs it)";
    }
}

/// <summary>provision report and inspect on item files.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Baseball => Path.Combine(SharedFixtures.RepoRoot(), "examples", "basic");

    private string Items(string name = "items.jsonl")
    {
        var output = _dir.File(name);
        var (code, _, err) = CliRunner.Run("generate", "--graphs", Path.Combine(Baseball, "annotations.json"), "--depth-dir", Path.Combine(Baseball, "depth"),
            "--mask-dir", Path.Combine(Baseball, "masks"), "--per-image", "all", "--out", output, "--quiet", "--no-card");
        Assert.True(code == 0, err);
        return output;
    }

    [Fact]
    public void Report_writes_a_page_with_every_chart_and_flags_broken_balance()
    {
        var items = Items("items.parquet");
        var report = _dir.File("report");

        var (code, stdout, err) = CliRunner.Run("report", items, "--out", report, "--graphs", Path.Combine(Baseball, "annotations.json"),
            "--depth-dir", Path.Combine(Baseball, "depth"), "--mask-dir", Path.Combine(Baseball, "masks"));

        Assert.True(code == 0, err);
        Assert.Contains("wrote ", stdout, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        foreach (var chart in new[] { "generators.png", "families.png", "option-positions.png", "counts.png", "prompt-lengths.png", "response-lengths.png", "templates.png" })
        {
            Assert.Contains($"<img src=\"{chart}\"", html, StringComparison.Ordinal);
            Assert.True(new FileInfo(Path.Combine(report, chart)).Length > 5_000, $"{chart} looks empty");
        }
        Assert.Contains("<th>balance</th>", html, StringComparison.Ordinal); // the flag itself: ItemStatisticsTests
        Assert.Contains("<td>labels</td>", html, StringComparison.Ordinal);
        // The example graphs name image files that are not in the repository: the gallery says why instead of drawing.
        Assert.Contains("not drawn: image file not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_items_fail_with_a_located_message_and_exit_2()
    {
        var (code, _, err) = CliRunner.Run("report", _dir.File("missing.jsonl"), "--out", _dir.File("r"));
        Assert.Equal(2, code);
        Assert.Contains("missing.jsonl: file not found", err, StringComparison.Ordinal);

        var graphs = Path.Combine(Baseball, "annotations.json");
        (code, _, err) = CliRunner.Run("report", graphs, "--out", _dir.File("r"));
        Assert.Equal(2, code);
        Assert.Contains("not an item file", err, StringComparison.Ordinal);

        var broken = _dir.Write("broken.jsonl", "{'id': 'a/B/0', 'generator': 'B'}\n");
        (code, _, err) = CliRunner.Run("report", broken, "--out", _dir.File("r"));
        Assert.Equal(2, code);
        Assert.Contains("broken.jsonl:1:", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_counts_the_items_of_an_item_file()
    {
        var items = Items();

        var (code, stdout, err) = CliRunner.Run("inspect", items);

        Assert.True(code == 0, err);
        Assert.Contains("ExistsObjectGenerator", stdout, StringComparison.Ordinal);
        Assert.Contains("total", stdout, StringComparison.Ordinal);
        Assert.Contains("problems: none", stdout, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_page_renders_in_headless_chromium_with_every_chart_loaded()
    {
        var report = _dir.File("report");
        Assert.Equal(0, CliRunner.Run("report", Items(), "--out", report).Code);
        var page = new Uri(Path.Combine(report, "index.html")).AbsoluteUri;
        var shot = _dir.File("shot.png");

        var dom = Chromium("--virtual-time-budget=10000", "--dump-dom", page);
        Chromium("--window-size=1100,2400", "--hide-scrollbars", $"--screenshot={shot}", page);

        var loaded = System.Text.RegularExpressions.Regex.Match(dom, "data-charts-loaded=\"([0-9]+)/([0-9]+)\"");
        Assert.True(loaded.Success, "the page's load script did not run");
        Assert.Equal(loaded.Groups[2].Value, loaded.Groups[1].Value);
        Assert.True(int.Parse(loaded.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 7);
        var png = File.ReadAllBytes(shot);
        Assert.Equal(1100, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(2400, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(png.Length > 50_000, $"the screenshot is only {png.Length} bytes: the page looks blank");
    }

    private static string Chromium(params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={Path.GetTempPath()}provision-chromium-{Environment.ProcessId}" }.Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 120 s");
        }
        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
