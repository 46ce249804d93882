namespace ProVision.Cli.Tests;

/// <summary>
/// The authoring workflow on a scratch copy of <c>examples/custom-pack</c>: its committed snapshots match, a changed
/// template fails <c>provision snapshot</c> with a diff of exactly the changed questions, <c>--accept</c> makes it
/// pass, and the README's five-minute walkthrough (<c>new</c>, edit, <c>check</c>, <c>snapshot</c>, <c>--accept</c>)
/// runs as written.
/// </summary>
public sealed class CustomPackWalkthroughTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Manifest => Path.Combine(_dir.Path, "custom-pack", "pack.yaml");

    /// <summary>Copies the example pack (sources, fixtures, verified snapshots) into the scratch folder.</summary>
    private void CopyExamplePack()
    {
        var source = Path.Combine(RepoRoot(), "examples", "custom-pack");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.EndsWith(".received.txt", StringComparison.Ordinal)) continue;
            var target = Path.Combine(_dir.Path, "custom-pack", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private (int Code, string Out, string Err) Snapshot(params string[] extra) => CliRunner.Run(["snapshot", Manifest, .. extra]);

    private static List<string> ChangedLines(string stdout) =>
        [.. stdout.Split('\n').Where(l => (l.StartsWith('-') || l.StartsWith('+')) && !l.StartsWith("---") && !l.StartsWith("+++") && !l.Contains("fingerprint"))];

    [Fact]
    public void The_committed_snapshots_of_the_example_pack_match()
    {
        CopyExamplePack();

        var (code, stdout, stderr) = Snapshot();

        Assert.True(code == 0, stdout + stderr);
        Assert.Equal("snapshots: 6 matched, 0 changed, 0 new, 0 dangling\n", stdout);
    }

    [Fact]
    public void A_changed_template_shows_exactly_the_changed_questions_and_accept_makes_it_pass()
    {
        CopyExamplePack();
        var source = Path.Combine(_dir.Path, "custom-pack", "object", "LargestObject.pvg");
        var text = File.ReadAllText(source);
        const string Before = "which object takes up the most space";
        Assert.Contains(Before, text);
        File.WriteAllText(source, text.Replace(Before, "which object fills the most space", StringComparison.Ordinal));

        var (code, stdout, _) = Snapshot();

        Assert.Equal(1, code);
        Assert.Contains("changed: LargestObject.kitchen", stdout);
        Assert.Contains("changed: LargestObject.street", stdout);
        Assert.Contains("snapshots: 4 matched, 2 changed, 0 new, 0 dangling", stdout);
        var changes = ChangedLines(stdout);
        Assert.NotEmpty(changes);
        Assert.All(changes, line => Assert.Matches(@"^(-\[\d+\] Which object takes up the most space|\+\[\d+\] Which object fills the most space)", line));
        Assert.Equal(changes.Count(l => l[0] == '-'), changes.Count(l => l[0] == '+'));

        Assert.Equal(0, Snapshot("--accept").Code);
        Assert.Equal(0, Snapshot().Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir.Path, "custom-pack"), "*.received.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_verified_file_that_no_generator_produces_fails_the_run()
    {
        CopyExamplePack();
        var dangling = Path.Combine(_dir.Path, "custom-pack", "snapshots", "RemovedGenerator.kitchen.verified.txt");
        File.WriteAllText(dangling, "# an old snapshot\n");

        var (code, stdout, _) = Snapshot();

        Assert.Equal(1, code);
        Assert.Contains("RemovedGenerator.kitchen.verified.txt", stdout);
        Assert.Contains("1 dangling", stdout);
    }

    [Fact]
    public void The_readme_walkthrough_runs_as_written()
    {
        CopyExamplePack();

        // 1. Scaffold; 2. check.
        var scaffold = CliRunner.Run("new", "HowManyOfEach", "--pack", Manifest, "--family", "object", "--fixture", "kitchen");
        Assert.True(scaffold.Code == 0, scaffold.Out + scaffold.Err);
        var generator = Path.Combine(_dir.Path, "custom-pack", "object", "HowManyOfEach.pvg");
        Assert.True(File.Exists(generator));
        Assert.Equal("", File.ReadAllText(Path.Combine(_dir.Path, "custom-pack", "snapshots", "HowManyOfEach.kitchen.verified.txt")));
        Assert.Contains("4 generator(s), no errors, 0 warning(s)", CliRunner.Run("check", Manifest).Out);

        // 4. The edit the README suggests, then the phrasings.
        var text = File.ReadAllText(generator);
        Assert.Contains("[are there|can you see]", text);
        File.WriteAllText(generator, text.Replace("[are there|can you see]", "[are there|can you see|do you count]", StringComparison.Ordinal));
        Assert.Contains("4 generator(s), no errors, 0 warning(s)", CliRunner.Run("check", Manifest).Out);
        Assert.Contains("How many {name} do you count?", CliRunner.Run("templates", Manifest, "HowManyOfEach", "--expand").Out);

        // 5. Snapshot: the scaffolded (empty) snapshot changed, the other fixture's is new, the rest match.
        var first = Snapshot();
        Assert.Equal(1, first.Code);
        Assert.Contains("changed: HowManyOfEach.kitchen", first.Out);
        Assert.Contains("new: HowManyOfEach.street", first.Out);
        Assert.Contains("snapshots: 6 matched, 1 changed, 1 new, 0 dangling", first.Out);

        // 6. Accept, then it passes.
        Assert.Equal(0, Snapshot("--accept").Code);
        var second = Snapshot();
        Assert.Equal(0, second.Code);
        Assert.Equal("snapshots: 8 matched, 0 changed, 0 new, 0 dangling\n", second.Out);
        Assert.Contains("How many cups", File.ReadAllText(Path.Combine(_dir.Path, "custom-pack", "snapshots", "HowManyOfEach.kitchen.verified.txt")));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (ProVision.Dsl.sln) above " + AppContext.BaseDirectory);
    }
}
