using System.Security.Cryptography;

namespace ProVision.Cli.Tests;

/// <summary>
/// Sharded <c>generate</c> and <c>provision merge</c>: the merged file is byte-identical to one run in every format;
/// manifests make retries idempotent; a missing, unfinished, changed or foreign shard stops the merge with its name.
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs(int count = 60) => _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, count).Select(i =>
        $"{{'image_id': 'g{i}', 'image': 'images/g{i}.jpg', 'width': 100, 'height': 100, 'objects': [" +
        string.Join(",", Enumerable.Range(0, 1 + i % 4).Select(k => $"{{'label': '{(k % 2 == 0 ? "dog" : "cup")}', 'box': [{k * 10}, 0, {k * 10 + 5}, 5]}}")) +
        "]}")) + "\n");

    private static (int Code, string Out, string Err) Generate(string graphs, string output, params string[] extra) =>
        CliRunner.Run(["generate", "--graphs", graphs, "--generators", "ExistsObjectGenerator,MostObjectGenerator", "--per-image", "all", "--seed", "5", "--out", output, .. extra]);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Theory]
    [InlineData("jsonl", "items.jsonl", 3)]
    [InlineData("llava", "items.json", 4)]
    [InlineData("llava-jsonl", "items.jsonl", 2)]
    [InlineData("parquet", "items.parquet", 3)]
    [InlineData("llava", "items.json", 80)]
    public void Merged_shards_are_byte_identical_to_one_run(string format, string name, int shards)
    {
        var graphs = Graphs();
        var single = _dir.File("single-" + name);
        Assert.Equal(0, Generate(graphs, single, "--format", format).Code);
        var folder = _dir.File("shards");
        for (var k = 1; k <= shards; k++)
        {
            var (code, _, err) = Generate(graphs, Path.Combine(folder, name), "--format", format, "--shard", $"{k}/{shards}");
            Assert.True(code == 0, err);
        }
        Assert.True(File.Exists(Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-00001-of-{shards:D5}{Path.GetExtension(name)}.manifest")));

        var merged = _dir.File("merged-" + name);
        var (mergeCode, stdout, stderr) = CliRunner.Run("merge", folder, "--out", merged);

        Assert.True(mergeCode == 0, stderr);
        Assert.Contains($"merged {shards} shards", stdout);
        Assert.Equal(Hash(single), Hash(merged));
    }

    [Fact]
    public void Parquet_merge_keeps_one_runs_row_groups_across_shard_boundaries()
    {
        // More rows than one row group (10,000), split unevenly by the shards.
        var graphs = Graphs(2600);
        var single = _dir.File("single.parquet");
        Assert.Equal(0, Generate(graphs, single, "--format", "parquet", "--threads", "2").Code);
        for (var k = 1; k <= 3; k++) Assert.Equal(0, Generate(graphs, _dir.File("s/items.parquet"), "--format", "parquet", "--shard", $"{k}/3").Code);

        Assert.Equal(0, CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.parquet")).Code);

        Assert.True(new FileInfo(single).Length > 100_000);
        Assert.Equal(Hash(single), Hash(_dir.File("merged.parquet")));
    }

    [Fact]
    public void A_missing_or_unfinished_shard_stops_the_merge_naming_it_and_the_command_that_reruns_it()
    {
        var graphs = Graphs();
        var output = _dir.File("s/items.jsonl");
        foreach (var k in new[] { 1, 3 }) Assert.Equal(0, Generate(graphs, output, "--shard", $"{k}/3").Code);

        var (code, _, stderr) = CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("shard 2/3 (items-00002-of-00003.jsonl) is missing", stderr);
        Assert.Contains($"provision generate --graphs {graphs} ", stderr);
        Assert.Contains($"--seed 5 --shard 2/3 --out {output}", stderr);
        Assert.Contains("sbatch --array=1", stderr);
        Assert.False(File.Exists(_dir.File("merged.jsonl")));

        // An output without a manifest is a shard that did not finish.
        File.WriteAllText(_dir.File("s/items-00002-of-00003.jsonl"), "{\"partial\":");
        Assert.Contains("shard 2/3 (items-00002-of-00003.jsonl) did not finish", CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl")).Err);

        // The rerun replaces the partial output; the merge then matches one run.
        Assert.Equal(0, Generate(graphs, output, "--shard", "2/3").Code);
        Assert.Equal(0, CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl")).Code);
        Assert.Equal(0, Generate(graphs, _dir.File("single.jsonl")).Code);
        Assert.Equal(Hash(_dir.File("single.jsonl")), Hash(_dir.File("merged.jsonl")));
    }

    [Fact]
    public void A_finished_shard_is_not_redone_and_a_changed_one_is_refused()
    {
        var graphs = Graphs();
        var output = _dir.File("s/items.jsonl");
        Assert.Equal(0, Generate(graphs, output, "--shard", "1/2").Code);
        var before = File.GetLastWriteTimeUtc(_dir.File("s/items-00001-of-00002.jsonl"));

        var (code, stdout, _) = Generate(graphs, output, "--shard", "1/2");

        Assert.Equal(0, code);
        Assert.Contains("shard 1/2 is already done", stdout);
        Assert.Equal(before, File.GetLastWriteTimeUtc(_dir.File("s/items-00001-of-00002.jsonl")));

        // Other options are another job: the shard is redone, not skipped.
        Assert.Contains("wrote", Generate(graphs, output, "--shard", "1/2", "--mc-ratio", "0.9").Out);
        Assert.Equal(0, Generate(graphs, output, "--shard", "2/2").Code);
        var (mergeCode, _, stderr) = CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl"));
        Assert.Equal(2, mergeCode);
        Assert.Contains("shard 2/2 (items-00002-of-00002.jsonl) belongs to another job than shard 1: --mc-ratio '0.5' vs '0.9'", stderr);

        Assert.Equal(0, Generate(graphs, output, "--shard", "1/2").Code);
        File.AppendAllText(_dir.File("s/items-00002-of-00002.jsonl"), "{}\n");
        Assert.Contains("shard 2/2: items-00002-of-00002.jsonl changed after it finished", CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl")).Err);
    }

    [Fact]
    public void Shards_of_two_counts_or_a_relabelled_manifest_are_refused()
    {
        var graphs = Graphs();
        Assert.Equal(0, Generate(graphs, _dir.File("s/items.jsonl"), "--shard", "1/2").Code);
        Assert.Equal(0, Generate(graphs, _dir.File("s/items.jsonl"), "--shard", "1/3").Code);
        Assert.Contains("different shard counts (2 and 3)", CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("m.jsonl")).Err);

        Assert.Equal(0, Generate(graphs, _dir.File("t/items.jsonl"), "--shard", "1/2").Code);
        File.Copy(_dir.File("t/items-00001-of-00002.jsonl"), _dir.File("t/items-00002-of-00002.jsonl"));
        File.Copy(_dir.File("t/items-00001-of-00002.jsonl.manifest"), _dir.File("t/items-00002-of-00002.jsonl.manifest"));
        Assert.Contains("says it is shard 1/2, not 2/2: a duplicated or renamed shard", CliRunner.Run("merge", _dir.File("t"), "--out", _dir.File("m.jsonl")).Err);
    }

    [Fact]
    public void Hostile_merge_inputs_are_clear_errors()
    {
        Assert.Contains("no such folder", CliRunner.Run("merge", _dir.File("nope"), "--out", _dir.File("m.jsonl")).Err);
        Directory.CreateDirectory(_dir.File("empty"));
        Assert.Contains("no shard files", CliRunner.Run("merge", _dir.File("empty"), "--out", _dir.File("m.jsonl")).Err);
        Directory.CreateDirectory(_dir.File("bad"));
        File.WriteAllText(_dir.File("bad/items-00001-of-00001.jsonl"), "");
        File.WriteAllText(_dir.File("bad/items-00001-of-00001.jsonl.manifest"), "{not a manifest");
        var (code, _, stderr) = CliRunner.Run("merge", _dir.File("bad"), "--out", _dir.File("m.jsonl"));
        Assert.Equal(2, code);
        Assert.Contains("a damaged shard manifest", stderr);
        File.WriteAllText(_dir.File("bad/items-00001-of-00001.jsonl.manifest"), "[1, 2]");
        Assert.Contains("not a shard manifest", CliRunner.Run("merge", _dir.File("bad"), "--out", _dir.File("m.jsonl")).Err);
        Assert.False(File.Exists(_dir.File("m.jsonl")));
    }

    [Fact]
    public void Generate_shard_options_fail_clearly()
    {
        var graphs = Graphs();
        Assert.Equal(1, Generate(graphs, _dir.File("o.jsonl"), "--shard", "auto").Code);
        Assert.Contains("--shard auto: none of SLURM_ARRAY_TASK_ID", Generate(graphs, _dir.File("o.jsonl"), "--shard", "auto").Err);
        Assert.Equal(1, Generate(graphs, _dir.File("o.jsonl"), "--shard", "2/4", "--shard-count", "3").Code);
        Assert.Equal(1, Generate(graphs, _dir.File("o.jsonl"), "--shard", "x").Code);
    }

    [Fact]
    public void A_shard_with_multi_image_generators_puts_them_in_the_last_shard_and_merges_to_one_run()
    {
        var graphs = Graphs(30);
        string[] extra = ["--generators", "ExistsObjectGenerator,CommonObjectMultiGenerator", "--multi-samples", "5"];
        var single = CliRunner.Run(["generate", "--graphs", graphs, "--seed", "2", "--out", _dir.File("single.jsonl"), .. extra]);
        Assert.True(single.Code == 0, single.Err);
        for (var k = 1; k <= 3; k++)
            Assert.Equal(0, CliRunner.Run(["generate", "--graphs", graphs, "--seed", "2", "--out", _dir.File("s/items.jsonl"), "--shard", $"{k}/3", .. extra]).Code);
        Assert.Equal(0, CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("merged.jsonl")).Code);
        Assert.Equal(Hash(_dir.File("single.jsonl")), Hash(_dir.File("merged.jsonl")));
    }
}
