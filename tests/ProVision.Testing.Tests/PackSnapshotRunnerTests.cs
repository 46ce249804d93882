using ProVision.Testing.Packs;
using ProVision.Testing.Snapshots;
using ProVision.Testing.Tests.Support;

namespace ProVision.Testing.Tests;

/// <summary>The snapshot engine on a scratch pack: what users rely on when they run `provision snapshot` or the one-call assert.</summary>
public sealed class PackSnapshotRunnerTests : IDisposable
{
    private readonly ScratchPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private PackSnapshotResult Run(PackSnapshotOptions? options = null) => PackSnapshotRunner.Run(_pack.Manifest, options);

    private void AcceptAll() => Assert.Equal(PackSnapshotStatus.Accepted, Run(new PackSnapshotOptions { Accept = true }).Status);

    [Fact]
    public void First_run_reports_every_snapshot_new_then_accept_writes_lf_verified_files_and_the_next_run_passes()
    {
        var first = Run();
        Assert.Equal(PackSnapshotStatus.Failed, first.Status);
        Assert.Equal(4, first.Report!.Count(SnapshotStatus.New));
        Assert.Equal(["CountThings.kitchen.received.txt", "CountThings.street.received.txt", "LabelThings.kitchen.received.txt", "LabelThings.street.received.txt"],
            _pack.Files("*.received.txt"));
        Assert.Contains("new: CountThings.kitchen", first.Describe());
        Assert.EndsWith($"to take the received files as the new verified snapshots, run: provision snapshot {_pack.Manifest} --accept\n", first.Describe());

        AcceptAll();
        Assert.Empty(_pack.Files("*.received.txt"));
        Assert.Equal(4, _pack.Files("*.verified.txt").Length);

        var second = Run();
        Assert.Equal(PackSnapshotStatus.Passed, second.Status);
        Assert.Contains("snapshots: 4 matched, 0 changed, 0 new, 0 dangling", second.Describe());
        Assert.Empty(_pack.Files("*.received.txt"));
    }

    [Fact]
    public void Verified_files_are_readable_utf8_without_bom_with_lf_line_endings()
    {
        AcceptAll();
        var bytes = File.ReadAllBytes(Path.Combine(_pack.Snapshots, "CountThings.kitchen.verified.txt"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("generator: CountThings (object)\nfixture: kitchen (2 graph(s))\nseed: 7\n", text);
        Assert.Contains("\n## k1 #0\nanswer: ", text);                        // the cups of image k1
        Assert.Contains("evidence: objects 0 cup, 1 cup; relations -\n", text);
        Assert.Contains("How many cups are there?", text);
        Assert.Contains("How many cups do you see?", text);
        Assert.Contains("# descriptions: 3 item(s) x 1 phrasing(s), all shown", text);
        Assert.Contains("There are ", text);
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain(_pack.Folder, text);
    }

    [Fact]
    public void A_changed_template_fails_with_a_diff_of_exactly_the_changed_questions_and_accept_makes_it_pass()
    {
        AcceptAll();
        _pack.Edit("count.pvg", "do you see]", "can you spot]");

        var result = Run();

        Assert.Equal(PackSnapshotStatus.Failed, result.Status);
        var changed = result.Report!.Outcomes.Where(o => o.Status == SnapshotStatus.Changed).Select(o => o.Name).ToList();
        Assert.Equal(["CountThings.kitchen", "CountThings.street"], changed);
        foreach (var outcome in result.Report.Outcomes.Where(o => o.Status == SnapshotStatus.Changed))
        {
            var lines = outcome.Diff!.Split('\n');
            var removed = lines.Where(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
            var added = lines.Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)).ToList();
            // The fingerprint line of the question phrasings, then one question line per item, each the same but for the edit.
            Assert.StartsWith("-# phrasings fingerprint: ", removed[0]);
            Assert.StartsWith("+# phrasings fingerprint: ", added[0]);
            Assert.NotEmpty(removed.Skip(1));
            Assert.All(removed.Skip(1), l => Assert.Contains("do you see?", l));
            Assert.Equal(removed.Skip(1).Select(l => "+" + l[1..].Replace("do you see?", "can you spot?")), added.Skip(1));
        }
        Assert.Contains("changed: CountThings.kitchen", result.Describe());
        Assert.True(File.Exists(Path.Combine(_pack.Snapshots, "CountThings.kitchen.received.txt")));
        Assert.False(File.Exists(Path.Combine(_pack.Snapshots, "LabelThings.kitchen.received.txt")), "unchanged snapshots leave no received file");

        AcceptAll();
        Assert.Equal(PackSnapshotStatus.Passed, Run().Status);
        Assert.Empty(_pack.Files("*.received.txt"));
        Assert.Contains("can you spot?", File.ReadAllText(Path.Combine(_pack.Snapshots, "CountThings.kitchen.verified.txt")));
    }

    [Fact]
    public void A_verified_file_nothing_produces_is_dangling_until_accept_deletes_it()
    {
        AcceptAll();
        var stale = Path.Combine(_pack.Snapshots, "OldGenerator.kitchen.verified.txt");
        SnapshotText.Write(stale, "old\n");

        var result = Run();

        Assert.Equal(PackSnapshotStatus.Failed, result.Status);
        Assert.Equal("OldGenerator.kitchen", Assert.Single(result.Report!.Outcomes, o => o.Status == SnapshotStatus.Dangling).Name);
        Assert.Contains($"dangling: {stale} (no generator or fixture produces it; delete it with `rm {stale}` or run `provision snapshot {_pack.Manifest} --accept`)", result.Describe());

        AcceptAll();
        Assert.False(File.Exists(stale));
        Assert.Equal(PackSnapshotStatus.Passed, Run().Status);
    }

    [Fact]
    public void A_deleted_verified_file_is_new_again()
    {
        AcceptAll();
        File.Delete(Path.Combine(_pack.Snapshots, "LabelThings.street.verified.txt"));

        var result = Run();

        Assert.Equal(PackSnapshotStatus.Failed, result.Status);
        Assert.Equal("LabelThings.street", Assert.Single(result.Report!.Outcomes, o => o.Status != SnapshotStatus.Matched).Name);
        Assert.Contains("new: LabelThings.street", result.Describe());
        Assert.Contains("snapshots: 3 matched, 0 changed, 1 new, 0 dangling", result.Describe());
    }

    [Fact]
    public void Filter_runs_only_matching_generators_and_leaves_the_others_snapshots_alone()
    {
        AcceptAll();
        _pack.Edit("label.pvg", "called", "named");

        var counts = Run(new PackSnapshotOptions { Filter = "Count*" });
        Assert.Equal(PackSnapshotStatus.Passed, counts.Status);
        Assert.All(counts.Report!.Outcomes, o => Assert.StartsWith("CountThings.", o.Name));     // LabelThings files are not dangling

        var labels = Run(new PackSnapshotOptions { Filter = "L?belThings" });
        Assert.Equal(PackSnapshotStatus.Failed, labels.Status);
        Assert.Equal(2, labels.Report!.Count(SnapshotStatus.Changed));

        var none = Run(new PackSnapshotOptions { Filter = "Nothing*" });
        Assert.Equal(PackSnapshotStatus.SetupError, none.Status);
        Assert.Contains("--filter 'Nothing*' matches no generator of pack 'scratch' (it has: CountThings, LabelThings)", none.Error);
    }

    [Fact]
    public void Fixtures_given_instead_of_the_manifests_name_their_own_snapshots_and_only_those_can_dangle()
    {
        AcceptAll();
        var other = _pack.Write("elsewhere/park.jsonl", """{"image_id": "p1", "width": 50, "height": 50, "objects": [{"label": "tree", "box": [1, 1, 20, 40]}]}""");

        var result = Run(new PackSnapshotOptions { Fixtures = [other] });

        Assert.Equal(["CountThings.park", "LabelThings.park"], result.Report!.Outcomes.Select(o => o.Name));
        Assert.All(result.Report.Outcomes, o => Assert.Equal(SnapshotStatus.New, o.Status));
        Assert.Contains("--graphs " + other, result.AcceptCommand);
    }

    [Fact]
    public void A_pack_without_fixtures_asks_for_snapshots_fixtures_or_graphs()
    {
        using var bare = new ScratchPack(withFixtures: false);

        var result = PackSnapshotRunner.Run(bare.Manifest);

        Assert.Equal(PackSnapshotStatus.SetupError, result.Status);
        Assert.Contains("pack 'scratch' names no snapshot fixtures: add `snapshots: { fixtures: [fixtures/scene.jsonl] }` to ", result.Error);
        Assert.Contains("or pass scene-graph files with --graphs", result.Error);
    }

    [Fact]
    public void A_malformed_fixture_is_an_input_error_naming_the_file()
    {
        _pack.Write("fixtures/kitchen.jsonl", "{\"image_id\": \"k1\", \"width\": 100,\n");

        var result = Run();

        Assert.Equal(PackSnapshotStatus.InputError, result.Status);
        Assert.Contains("kitchen.jsonl", result.Error);
        Assert.Null(result.Report);
        Assert.Empty(_pack.Files("*"));
    }

    [Fact]
    public void A_missing_pack_is_a_setup_error()
    {
        var result = PackSnapshotRunner.Run(Path.Combine(_pack.Folder, "nope", "pack.yaml"));

        Assert.Equal(PackSnapshotStatus.SetupError, result.Status);
        Assert.Contains("nope/pack.yaml' not found: pass a pack.yaml, the folder holding one, a .pvpack or a .pvg file", result.Error);
    }

    [Fact]
    public void Two_fixtures_with_the_same_name_are_refused()
    {
        var a = _pack.Write("a/scene.jsonl", ScratchPack.Street);
        var b = _pack.Write("b/scene.json.jsonl", ScratchPack.Street);

        var result = Run(new PackSnapshotOptions { Fixtures = [a, b] });

        Assert.Equal(PackSnapshotStatus.SetupError, result.Status);
        Assert.Contains("both name snapshots 'scene'", result.Error);
    }

    [Fact]
    public void Verify_throws_with_the_diff_and_the_accept_command_and_passes_once_accepted()
    {
        var first = Assert.Throws<PackSnapshotException>(() => PackSnapshotAssert.Verify(_pack.Manifest));
        Assert.Contains("new: CountThings.kitchen", first.Message);

        AcceptAll();
        PackSnapshotAssert.Verify(_pack.Manifest);

        _pack.Edit("count.pvg", "are there|", "exist|");
        var changed = Assert.Throws<PackSnapshotException>(() => PackSnapshotAssert.Verify(_pack.Manifest));
        Assert.Contains("-[0] How many cups are there?", changed.Message);
        Assert.Contains("+[0] How many cups exist?", changed.Message);
        Assert.Contains($"run: provision snapshot {_pack.Manifest} --accept", changed.Message);
    }

    [Fact]
    public void A_compiled_pvpack_beside_the_fixtures_checks_the_same_snapshots()
    {
        AcceptAll();
        var pvpack = _pack.File("scratch.pvpack");
        ProVision.Compiler.Api.PvgCompiler.LoadPack(_pack.Manifest).Pack!.Save(pvpack);

        var result = PackSnapshotRunner.Run(pvpack);

        Assert.Equal(PackSnapshotStatus.Passed, result.Status);
        Assert.Equal(4, result.Report!.Count(SnapshotStatus.Matched));
    }

    [Theory]
    [InlineData("fixtures/kitchen.jsonl", "kitchen")]
    [InlineData("street.graphs.jsonl", "street")]
    [InlineData("/data/annotations", "annotations")]
    public void A_fixture_is_named_by_its_file_name_up_to_the_first_dot(string path, string name) => Assert.Equal(name, FixtureNames.Of(path));
}
