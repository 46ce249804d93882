using ProVision.Runtime.Sharding;

namespace ProVision.Runtime.Tests.Sharding;

/// <summary>Shards from --shard, --shard-count and the Slurm / Kubernetes variables, and the errors when they do not add up.</summary>
public sealed class ShardEnvironmentTests
{
    private static ShardResolution Resolve(string? option, int? count, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return ShardEnvironment.Resolve(option, count, name => environment.GetValueOrDefault(name));
    }

    [Fact]
    public void Slurm_array_ids_are_zero_based_and_announced_when_shard_is_absent()
    {
        var r = Resolve(null, null, ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "4"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "3"));
        Assert.Equal(new ShardSpec(3, 4), r.Shard);
        Assert.Null(r.Error);
        Assert.Contains("shard 3/4 (SLURM_ARRAY_TASK_ID=2 of 4)", r.Announcement);
    }

    [Fact]
    public void An_array_starting_at_one_counts_from_its_first_id_and_min_max_give_the_count()
    {
        Assert.Equal(new ShardSpec(1, 16), Resolve("auto", null, ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "16")).Shard);
        Assert.Null(Resolve("auto", null, ("SLURM_ARRAY_TASK_ID", "1"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_MAX", "16")).Announcement);
    }

    [Fact]
    public void A_resubmitted_single_task_keeps_the_job_count_from_PROVISION_SHARD_COUNT()
    {
        // sbatch --array=2 makes an array of one task; the job's count comes from the script's variable.
        var r = Resolve(null, null, ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "1"), ("SLURM_ARRAY_TASK_MIN", "2"), ("SLURM_ARRAY_TASK_MAX", "2"), ("PROVISION_SHARD_COUNT", "4"));
        Assert.Equal(new ShardSpec(3, 4), r.Shard);
    }

    [Fact]
    public void Kubernetes_completion_index_needs_a_count()
    {
        Assert.Equal(new ShardSpec(1, 8), Resolve(null, 8, ("JOB_COMPLETION_INDEX", "0")).Shard);
        Assert.Equal(new ShardSpec(8, 8), Resolve("auto", null, ("JOB_COMPLETION_INDEX", "7"), ("PROVISION_SHARD_COUNT", "8")).Shard);
        Assert.Contains("--shard-count N or set PROVISION_SHARD_COUNT", Resolve(null, null, ("JOB_COMPLETION_INDEX", "0")).Error);
    }

    [Fact]
    public void An_explicit_shard_wins_over_the_environment()
    {
        var r = Resolve("2/5", null, ("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "4"));
        Assert.Equal(new ShardSpec(2, 5), r.Shard);
        Assert.Null(r.Announcement);
    }

    [Fact]
    public void Without_variables_there_is_no_shard_and_auto_is_an_error()
    {
        Assert.Equal(ShardResolution.None, Resolve(null, null));
        Assert.Contains("none of SLURM_ARRAY_TASK_ID", Resolve("auto", null).Error);
        Assert.Contains("--shard-count needs --shard auto", Resolve(null, 4).Error);
    }

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX", "8", "8", "index 8 is outside 0..7")]
    [InlineData("JOB_COMPLETION_INDEX", "-1", "8", "is not a whole number")]
    [InlineData("JOB_COMPLETION_INDEX", "x", "8", "is not a whole number")]
    [InlineData("SLURM_ARRAY_TASK_ID", "4", "4", "index 4 is outside 0..3")]
    [InlineData("JOB_COMPLETION_INDEX", "0", "0", "at least 1")]
    [InlineData("JOB_COMPLETION_INDEX", "0", "1000000", "1..99999")]
    public void Bad_variables_are_clear_errors(string variable, string value, string count, string expected)
    {
        var r = Resolve(null, null, (variable, value), ("PROVISION_SHARD_COUNT", count));
        Assert.Null(r.Shard);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public void Counts_that_disagree_are_errors()
    {
        Assert.Contains("disagree", Resolve(null, 4, ("JOB_COMPLETION_INDEX", "0"), ("PROVISION_SHARD_COUNT", "5")).Error);
        Assert.Contains("disagree", Resolve("1/3", 4).Error);
        Assert.Contains("a step or holes", Resolve(null, null, ("SLURM_ARRAY_TASK_ID", "2"), ("SLURM_ARRAY_TASK_COUNT", "2"), ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "2")).Error);
        Assert.Contains("both", Resolve(null, 2, ("SLURM_ARRAY_TASK_ID", "0"), ("JOB_COMPLETION_INDEX", "0")).Error);
        Assert.Contains("not SLURM_ARRAY_TASK_COUNT", Resolve(null, null, ("SLURM_ARRAY_TASK_ID", "0")).Error);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    [InlineData("+1/2")]
    [InlineData("1/100000")]
    public void Malformed_shards_are_rejected(string text) => Assert.NotNull(Resolve(text, null).Error);

    [Fact]
    public void Shard_file_names_follow_the_hugging_face_pattern_and_parse_back()
    {
        var path = ShardFiles.Output(Path.Combine("out", "items.jsonl"), new ShardSpec(3, 16));
        Assert.Equal(Path.Combine("out", "items-00003-of-00016.jsonl"), path);
        Assert.Equal(Path.Combine("out", "graphs-00001-of-00002"), ShardFiles.Output(Path.Combine("out", "graphs"), new ShardSpec(1, 2)));
        Assert.True(ShardFiles.TryParse("items-00003-of-00016.llava.json", out var stem, out var extension, out var shard));
        Assert.Equal(("items", ".llava.json", new ShardSpec(3, 16)), (stem, extension, shard));
        Assert.False(ShardFiles.TryParse("items-00017-of-00016.jsonl", out _, out _, out _));
        Assert.False(ShardFiles.TryParse("items.jsonl", out _, out _, out _));
    }

    [Fact]
    public void Images_go_to_shards_by_a_stable_hash_that_adding_images_does_not_move()
    {
        var ids = Enumerable.Range(0, 400).Select(i => $"img_{i}").ToList();
        var owners = ids.ToDictionary(id => id, id => Enumerable.Range(1, 4).Single(k => ImageShards.Owns(new ShardSpec(k, 4), id)));
        Assert.All(Enumerable.Range(1, 4), k => Assert.InRange(owners.Values.Count(o => o == k), 60, 140));
        // The owner depends on the id alone: recomputed (as after adding images), it is the same.
        Assert.All(ids, id => Assert.True(ImageShards.Owns(new ShardSpec(owners[id], 4), id)));
    }
}
