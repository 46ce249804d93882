using ProVision.Testing.Tests.Support;

namespace ProVision.Cli.Tests;

/// <summary>`provision snapshot` end to end on a scratch pack: exit codes, the printed diff, accept, bad input.</summary>
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly ScratchPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private (int Code, string Out, string Err) Snapshot(params string[] extra) => CliRunner.Run(["snapshot", _pack.Manifest, .. extra]);

    [Fact]
    public void Unchanged_exits_0_a_changed_template_exits_1_with_the_diff_and_accept_makes_it_pass()
    {
        Assert.Equal(1, Snapshot().Code);                                        // every snapshot is new
        var accepted = Snapshot("--accept");
        Assert.Equal(0, accepted.Code);
        Assert.EndsWith("accepted: 0 matched, 0 changed, 4 new, 0 dangling\n", accepted.Out);

        var unchanged = Snapshot();
        Assert.Equal(0, unchanged.Code);
        Assert.Equal("snapshots: 4 matched, 0 changed, 0 new, 0 dangling\n", unchanged.Out);

        _pack.Edit("count.pvg", "do you see]", "can you spot]");
        var (code, stdout, _) = Snapshot();
        Assert.Equal(1, code);
        var changes = stdout.Split('\n').Where(l => (l.StartsWith('-') || l.StartsWith('+')) && !l.StartsWith("---") && !l.StartsWith("+++") && !l.Contains("fingerprint")).ToList();
        Assert.Contains(changes, l => l.StartsWith("-[1] How many cups do you see? ", StringComparison.Ordinal));
        Assert.Contains(changes, l => l.StartsWith("+[1] How many cups can you spot? ", StringComparison.Ordinal));
        Assert.All(changes, l => Assert.Matches(@"^(-\[1\] .*do you see\?|\+\[1\] .*can you spot\?)", l));
        Assert.DoesNotContain("\u001b[", stdout);                               // not a terminal: no colour codes
        Assert.Contains("snapshots: 2 matched, 2 changed, 0 new, 0 dangling", stdout);
        Assert.EndsWith($"run: provision snapshot {_pack.Manifest} --accept\n", stdout);
        Assert.Equal(2, _pack.Files("*.received.txt").Length);

        Assert.Equal(0, Snapshot("--accept").Code);
        Assert.Equal(0, Snapshot().Code);
        Assert.Empty(_pack.Files("*.received.txt"));
    }

    [Fact]
    public void A_dangling_verified_file_fails_naming_it()
    {
        Assert.Equal(0, Snapshot("--accept").Code);
        var stale = Path.Combine(_pack.Snapshots, "Renamed.kitchen.verified.txt");
        File.WriteAllText(stale, "x\n");

        var (code, stdout, _) = Snapshot();

        Assert.Equal(1, code);
        Assert.Contains($"dangling: {stale}", stdout);
        Assert.Contains($"rm {stale}", stdout);
        Assert.Contains("0 changed, 0 new, 1 dangling", stdout);
    }

    [Fact]
    public void A_missing_verified_file_fails_as_new()
    {
        Assert.Equal(0, Snapshot("--accept").Code);
        File.Delete(Path.Combine(_pack.Snapshots, "CountThings.street.verified.txt"));

        var (code, stdout, _) = Snapshot();

        Assert.Equal(1, code);
        Assert.Contains("new: CountThings.street", stdout);
        Assert.Contains("+generator: CountThings (object)", stdout);
    }

    [Fact]
    public void Filter_and_folder_choose_what_runs_and_where_snapshots_live()
    {
        var folder = Path.Combine(_pack.Folder, "elsewhere");

        Assert.Equal(0, Snapshot("--filter", "Label*", "--folder", folder, "--accept").Code);

        Assert.Equal(["LabelThings.kitchen.verified.txt", "LabelThings.street.verified.txt"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.False(Directory.Exists(_pack.Snapshots));
        var (code, stdout, _) = Snapshot("--filter", "Label*", "--folder", folder);
        Assert.Equal(0, code);
        Assert.Equal("snapshots: 2 matched, 0 changed, 0 new, 0 dangling\n", stdout);
    }

    [Fact]
    public void Bad_input_gets_a_message_and_a_nonzero_exit()
    {
        var missing = CliRunner.Run("snapshot", Path.Combine(_pack.Folder, "missing.yaml"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("missing.yaml' not found", missing.Err);

        var filter = Snapshot("--filter", "Nope");
        Assert.Equal(1, filter.Code);
        Assert.Contains("--filter 'Nope' matches no generator of pack 'scratch'", filter.Err);

        _pack.Write("pack.yaml", "name: scratch\n");
        var noFixtures = Snapshot();
        Assert.Equal(1, noFixtures.Code);
        Assert.Contains("add `snapshots: { fixtures: [fixtures/scene.jsonl] }`", noFixtures.Err);
        Assert.Contains("--graphs", noFixtures.Err);

        var broken = _pack.Write("broken.jsonl", "{\"image_id\": \"b1\", \"width\": 10, \"height\": 10, \"objects\": [{\"label\": \"cup\", \"box\": [1, 1, 5]}]}\n");
        var malformed = Snapshot("--graphs", broken);
        Assert.Equal(2, malformed.Code);
        Assert.Contains("broken.jsonl", malformed.Err);
        Assert.Contains("b1", malformed.Err);                                   // located: the image

        var builtin = CliRunner.Run("snapshot", "builtin");
        Assert.Equal(1, builtin.Code);
        Assert.Contains("pass --folder generators/snapshots", builtin.Err);
    }

    [Fact]
    public void The_embedded_builtin_pack_carries_its_fixtures_and_matches_the_committed_snapshots()
    {
        var folder = Path.Combine(RepositoryRoot(), "generators", "snapshots");

        var (code, stdout, stderr) = CliRunner.Run("snapshot", "builtin", "--folder", folder, "--filter", "LeftMost*");

        Assert.True(code == 0, stdout + stderr);
        Assert.Equal("snapshots: 2 matched, 0 changed, 0 new, 0 dangling\n", stdout);
    }

    [Fact]
    public void Received_files_are_ignored_by_git()
    {
        var gitignore = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".gitignore"));
        Assert.Contains("*.received.*", gitignore);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProVision.Dsl.sln"))) return dir.FullName;
        throw new InvalidOperationException("no ProVision.Dsl.sln above " + AppContext.BaseDirectory);
    }
}
