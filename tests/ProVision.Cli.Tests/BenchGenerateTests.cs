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
}
