using ProVision.Testing.Snapshots;

namespace ProVision.Testing.Tests;

public sealed class SnapshotFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-snap-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SnapshotFolder Folder => new(_dir);

    [Fact]
    public void New_snapshots_fail_until_accepted_then_match_and_leave_no_received_files()
    {
        var produced = new Dictionary<string, string> { ["Gen.fixture"] = "Q: How many dogs?\r\nA: two" };

        var first = Folder.Compare(produced);
        Assert.False(first.Passed);
        Assert.Equal(SnapshotStatus.New, first.Outcomes.Single().Status);
        Assert.Equal("Q: How many dogs?\nA: two\n", File.ReadAllText(Folder.ReceivedPath("Gen.fixture")));

        Assert.Equal(["Gen.fixture"], Folder.Accept());
        Assert.False(File.Exists(Folder.ReceivedPath("Gen.fixture")));
        Assert.Equal("Q: How many dogs?\nA: two\n", File.ReadAllText(Folder.VerifiedPath("Gen.fixture")));

        var second = Folder.Compare(produced);
        Assert.True(second.Passed);
        Assert.Empty(Directory.GetFiles(_dir, "*.received.txt"));
    }

    [Fact]
    public void A_change_writes_received_and_the_diff_shows_exactly_the_changed_lines()
    {
        SnapshotText.Write(Folder.VerifiedPath("G.f"), "line 1\nHow many dogs are there?\nline 3\nline 4\nline 5\nline 6\n");

        var report = Folder.Compare(new Dictionary<string, string> { ["G.f"] = "line 1\nHow many dogs can you see?\nline 3\nline 4\nline 5\nline 6\n" });

        var outcome = report.Outcomes.Single();
        Assert.Equal(SnapshotStatus.Changed, outcome.Status);
        var changed = outcome.Diff!.Split('\n').Where(l => (l.StartsWith('+') || l.StartsWith('-')) && !l.StartsWith("+++") && !l.StartsWith("---")).ToList();
        Assert.Equal(["-How many dogs are there?", "+How many dogs can you see?"], changed);
        Assert.DoesNotContain("line 6", outcome.Diff);           // two lines of context only
        Assert.Contains("changed: G.f", report.Describe());
        Assert.True(File.Exists(Folder.ReceivedPath("G.f")));
    }

    [Fact]
    public void Verified_files_nothing_produces_are_dangling_unless_out_of_scope()
    {
        SnapshotText.Write(Folder.VerifiedPath("Old.f"), "x");
        SnapshotText.Write(Folder.VerifiedPath("Other.f"), "y");

        var report = Folder.Compare(new Dictionary<string, string>(), scope: name => name.StartsWith("Old", StringComparison.Ordinal));

        var dangling = Assert.Single(report.Outcomes);
        Assert.Equal(("Old.f", SnapshotStatus.Dangling), (dangling.Name, dangling.Status));
        Assert.False(report.Passed);
        Assert.Contains("dangling:", report.Describe());
        Folder.DeleteDangling(report);
        Assert.False(File.Exists(Folder.VerifiedPath("Old.f")));
        Assert.True(File.Exists(Folder.VerifiedPath("Other.f")));
    }

    [Fact]
    public void Colorized_diff_marks_added_and_removed_lines()
    {
        var diff = SnapshotDiff.Unified("a\nb\n", "a\nc\n", "v", "r");
        var colored = SnapshotDiff.Colorize(diff);
        Assert.Contains("\u001b[31m-b\u001b[0m", colored);
        Assert.Contains("\u001b[32m+c\u001b[0m", colored);
    }

    [Fact]
    public void Scrubber_removes_paths_timestamps_and_guids()
    {
        var scrubber = new Scrubber().WithRoot(_dir, "fixtures");
        var text = $"read {_dir}/graphs.jsonl at 2026-11-26T05:11:25Z run 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        Assert.Equal("read {fixtures}/graphs.jsonl at {timestamp} run {guid}", scrubber.Scrub(text));
    }
}
