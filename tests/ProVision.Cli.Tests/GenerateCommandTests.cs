namespace ProVision.Cli.Tests;

/// <summary>provision generate on small graphs written by the tests: formats, determinism, shards, bad input.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs() => _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, 12).Select(i =>
        $"{{'image_id': 'g{i}', 'image': 'images/g{i}.jpg', 'width': 100, 'height': 100, 'objects': [" +
        string.Join(",", Enumerable.Range(0, 1 + i % 4).Select(k => $"{{'label': '{(k % 2 == 0 ? "dog" : "cup")}', 'box': [{k * 10}, 0, {k * 10 + 5}, 5]}}")) +
        "]}")) + "\n");

    private (int Code, string Out, string Err) Generate(params string[] extra) =>
        CliRunner.Run(["generate", "--graphs", Graphs(), "--generators", "ExistsObjectGenerator", "--seed", "3", .. extra]);

    [Fact]
    public void Writes_jsonl_items_that_name_their_image_and_evidence()
    {
        var output = _dir.File("items.jsonl");

        var (code, stdout, _) = Generate("--out", output);

        Assert.Equal(0, code);
        Assert.Contains("wrote 12 items from 12 graphs", stdout);
        var first = File.ReadLines(output).First();
        Assert.StartsWith("{\"id\":\"g0/ExistsObjectGenerator/", first);
        Assert.Contains("\"images\":[\"images/g0.jpg\"]", first);
        Assert.Contains("\"evidence\":{\"objects\":[0]", first);
    }

    [Fact]
    public void Output_is_byte_identical_for_any_thread_count_and_shard_split()
    {
        string Run(string name, string? written = null, params string[] extra)
        {
            Assert.Equal(0, Generate(["--per-image", "all", "--out", _dir.File(name), .. extra]).Code);
            return File.ReadAllText(_dir.File(written ?? name));
        }

        var one = Run("one.jsonl", null, "--threads", "1");
        var two = Run("two.jsonl", null, "--threads", "2");
        // Shards are written as s-0000i-of-00003.jsonl (see docs/scale-out.md); concatenated they are the whole.
        var shards = string.Concat(Enumerable.Range(1, 3).Select(i => Run("s.jsonl", $"s-{i:D5}-of-00003.jsonl", "--shard", $"{i}/3")));

        Assert.Equal(one, two);
        Assert.Equal(one, shards);
    }

    [Theory]
    [InlineData("llava", "\"conversations\"")]
    [InlineData("llava-jsonl", "\"from\":\"human\"")]
    public void Writes_llava_conversations(string format, string expected)
    {
        var output = _dir.File("items." + format);
        Assert.Equal(0, Generate("--format", format, "--out", output).Code);
        Assert.Contains(expected, File.ReadAllText(output));
        Assert.Contains("<image>", File.ReadAllText(output));
    }

    [Fact]
    public void Bad_input_and_bad_options_fail_clearly_without_output()
    {
        var output = _dir.File("items.jsonl");
        var bad = _dir.Write("bad.jsonl", "{'image_id': 'x', 'width': 10, 'height': 10, 'relations': [[0, 'on', 1]]}\n");

        var (code, _, stderr) = CliRunner.Run("generate", "--graphs", bad, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("relations[0][0]: subject index 0 out of range", stderr);
        Assert.False(File.Exists(output));

        Assert.Equal(1, Generate("--generators", "NoSuchGenerator", "--out", output).Code);
        Assert.Equal(1, Generate("--shard", "4/3", "--out", output).Code);
        Assert.Equal(1, Generate("--mc-ratio", "1.5", "--out", output).Code);
        Assert.Equal(1, Generate("--per-image", "0", "--out", output).Code);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Zero_multi_samples_writes_no_multi_image_items()
    {
        var output = _dir.File("no-multi.jsonl");
        var (code, _, stderr) = CliRunner.Run("generate", "--graphs", Graphs(), "--generators", "HasObjectMultiGenerator,CountObjectMultiGenerator",
            "--multi-samples", "0", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Empty(File.ReadAllLines(output));
    }

    [Fact]
    public void Images_per_item_sets_the_images_of_multi_image_items_and_refuses_counts_a_generator_cannot_take()
    {
        var output = _dir.File("multi.jsonl");
        string[] multi = ["generate", "--graphs", Graphs(), "--generators", "HasObjectMultiGenerator,CountObjectMultiGenerator", "--multi-samples", "4", "--seed", "3"];

        var (code, _, _) = CliRunner.Run([.. multi, "--images-per-item", "3", "--out", output]);

        Assert.Equal(0, code);
        var items = File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["CountObjectMultiGenerator", "HasObjectMultiGenerator"], items.Select(i => i.GetProperty("generator").GetString()).Distinct().Order());
        Assert.All(items, i => Assert.Equal(3, i.GetProperty("images").GetArrayLength()));

        var refused = _dir.File("refused.jsonl");
        var (bad, _, stderr) = CliRunner.Run([.. multi, "--images-per-item", "1", "--out", refused]);
        Assert.Equal(1, bad);
        Assert.Contains("error: --images-per-item 1: these generators take 2 to 16 images per item: ", stderr);
        Assert.Contains("HasObjectMultiGenerator", stderr);
        Assert.Contains("CountObjectMultiGenerator", stderr);
        Assert.False(File.Exists(refused));
    }
}
