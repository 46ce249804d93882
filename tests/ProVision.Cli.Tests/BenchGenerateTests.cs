namespace ProVision.Cli.Tests;

/// <summary>
/// <c>provision bench generate</c> prints rates (never asserted: speed is measured, not tested); these tests check
/// that it reports every figure it promises and rejects bad generator names.
/// </summary>
public sealed class BenchGenerateTests
{
    [Fact]
    public void Reports_single_and_multi_image_rates_memory_and_the_per_generator_breakdown()
    {
        var saved = Path.Combine(Path.GetTempPath(), $"provision-bench-graphs-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("bench", "generate", "--graphs", "4", "--multi-samples", "2", "--by-generator",
                "--generators", "ExistsObjectGenerator,SceneGraphRelationQAGenerator,HasObjectMultiGenerator", "--save-graphs", saved);

            Assert.True(code == 0, stderr);
            Assert.Contains("single-image, 1 thread(s): 4 images in", stdout);
            Assert.Contains("kept items/s", stdout);
            Assert.Contains("per CPU-second", stdout);
            Assert.Contains("multi-image, 1 thread(s):", stdout);
            Assert.Contains("peak managed heap", stdout);
            Assert.Contains("load average", stdout);
            Assert.Contains("SceneGraphRelationQAGenerator", stdout); // the --by-generator table
            Assert.Contains("HasObjectMultiGenerator", stdout);
            Assert.Equal(4, File.ReadLines(saved).Count());
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public void Unknown_generator_names_exit_1_and_say_where_the_names_are()
    {
        var (code, _, stderr) = CliRunner.Run("bench", "generate", "--graphs", "2", "--generators", "NoSuchGenerator");

        Assert.Equal(1, code);
        Assert.Contains("NoSuchGenerator", stderr);
        Assert.Contains("provision list", stderr);
    }

    [Fact]
    public void Real_like_graphs_saved_to_a_file_are_measured_from_that_file_balanced_too_with_allocation_and_gc_figures()
    {
        var saved = Path.Combine(Path.GetTempPath(), $"provision-bench-real-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("bench", "generate", "--real-like", "--graphs", "5", "--multi-samples", "0",
                "--generators", "ExistsObjectGenerator", "--save-graphs", saved);
            Assert.True(code == 0, stderr);
            Assert.Contains("5 graphs (real-like synthetic)", stdout);
            Assert.Equal(5, File.ReadLines(saved).Count());

            (code, stdout, stderr) = CliRunner.Run("bench", "generate", "--graphs-file", saved, "--multi-samples", "0", "--generators", "ExistsObjectGenerator");
            Assert.True(code == 0, stderr);
            Assert.Contains($"5 graphs ({saved})", stdout);
            Assert.Contains("single-image, balanced, 1 thread(s): 5 images in", stdout);
            Assert.Contains("KiB/image", stdout);
            Assert.Contains("GCs, GC pauses", stdout);
            Assert.DoesNotContain("multi-image", stdout); // --multi-samples 0: no multi-image run, and no crash
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [Fact]
    public void A_missing_or_malformed_graphs_file_and_negative_samples_are_located_errors_not_crashes()
    {
        var (code, _, stderr) = CliRunner.Run("bench", "generate", "--graphs-file", "/no/such/graphs.jsonl");
        Assert.Equal(2, code);
        Assert.Contains("/no/such/graphs.jsonl", stderr);
        Assert.DoesNotContain("   at ", stderr);

        var bad = Path.Combine(Path.GetTempPath(), $"provision-bench-bad-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(bad, "{\"image_id\": \"a\", \"width\": 10, \"height\": \n");
            (code, _, stderr) = CliRunner.Run("bench", "generate", "--graphs-file", bad, "--multi-samples", "0");
            Assert.Equal(2, code);
            Assert.Contains(Path.GetFileName(bad), stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        finally
        {
            File.Delete(bad);
        }

        (code, _, stderr) = CliRunner.Run("bench", "generate", "--graphs", "2", "--multi-samples", "-1");
        Assert.Equal(1, code);
        Assert.Contains("--multi-samples", stderr);
    }
}
