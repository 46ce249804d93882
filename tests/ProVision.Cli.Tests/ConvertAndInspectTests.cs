namespace ProVision.Cli.Tests;

public sealed class ConvertAndInspectTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string GoodAnnotations() => _dir.Write("det.json", """
        {'a': {'data_path': 'a.png', 'annotation': {'width': 10, 'height': 10, 'labels': ['dog', 'cat'], 'bboxes': [[0,0,4,4],[5,5,9,9]],
               'attributes': [['brown'], ['black and white']], 'relations': [[0, 'chasing', 1]]}},
         'b': {'data_path': 'b.png', 'annotation': {'width': 10, 'height': 10, 'labels': ['dog'], 'bboxes': [[1,1,2,2]]}}}
        """);

    private string BadAnnotations() => _dir.Write("bad.json", """
        {'c': {'data_path': 'c.png', 'annotation': {'width': 10, 'height': 10, 'labels': ['x'], 'bboxes': [[0,0,1,1]], 'relations': [[0, 'on', 3]]}}}
        """);

    [Fact]
    public void Convert_writes_canonical_jsonl()
    {
        var output = _dir.File("graphs.jsonl");

        var (code, stdout, stderr) = CliRunner.Run("convert", GoodAnnotations(), "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("wrote 2 graphs", stdout);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"image_id\":\"a\",\"image\":\"a.png\",\"width\":10,\"height\":10,\"objects\":[{\"label\":\"dog\"", lines[0]);
        Assert.Contains("\"attributes\":[\"black\",\"white\"]", lines[0]);
    }

    [Fact]
    public void Convert_stops_on_bad_input_with_exit_2_and_writes_nothing()
    {
        var output = _dir.File("graphs.jsonl");
        File.WriteAllText(output, "previous run\n");

        var (code, _, stderr) = CliRunner.Run("convert", GoodAnnotations(), BadAnnotations(), "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("image c: annotation.relations[0][2]: object index 3 out of range (1 objects)", stderr);
        Assert.Contains("--on-error skip", stderr);
        Assert.Equal("previous run\n", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(_dir.Path, "*graphs*"));
    }

    [Fact]
    public void Convert_with_skip_keeps_good_graphs_and_reports_what_it_skipped()
    {
        var output = _dir.File("graphs.jsonl");

        var (code, _, stderr) = CliRunner.Run("convert", GoodAnnotations(), BadAnnotations(), "--out", output, "--on-error", "skip");

        Assert.Equal(0, code);
        Assert.Equal(2, File.ReadAllLines(output).Length);
        Assert.Contains("skipped 1 graph(s): 1 relation index", stderr);
    }

    [Fact]
    public void Convert_of_only_bad_input_fails_even_when_skipping()
    {
        var output = _dir.File("graphs.jsonl");
        var (code, _, stderr) = CliRunner.Run("convert", BadAnnotations(), "--out", output, "--on-error", "skip");
        Assert.Equal(2, code);
        Assert.Contains("no valid scene graphs", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Inspect_reports_counts_vocabularies_and_problems()
    {
        var (code, stdout, _) = CliRunner.Run("inspect", GoodAnnotations(), BadAnnotations());

        Assert.Equal(2, code);
        Assert.Matches(@"images\s+│\s+2", stdout);
        Assert.Matches(@"dog\s+│\s+2", stdout);
        Assert.Matches(@"chasing\s+│\s+1", stdout);
        Assert.Contains("problems: 1", stdout);
        Assert.Contains("object index 3 out of range", stdout);
    }

    [Fact]
    public void Inspect_of_clean_data_exits_0()
    {
        var (code, stdout, _) = CliRunner.Run("inspect", GoodAnnotations());
        Assert.Equal(0, code);
        Assert.Contains("problems: none", stdout);
    }

    [Theory]
    [InlineData("convert", "--out")]
    [InlineData("inspect", "--depth-dir")]
    [InlineData("bench", "convert")]
    public void Every_command_has_help(string command, string mentions)
    {
        var (code, stdout, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains(mentions, stdout);
    }

    [Fact]
    public void Usage_errors_exit_1()
    {
        Assert.Equal(1, CliRunner.Run("convert", "x.json").Code);          // --out missing
        Assert.Equal(1, CliRunner.Run("no-such-command").Code);
        Assert.Equal(1, CliRunner.Run("convert", "x.json", "--out", "y", "--on-error", "maybe").Code);
    }

    [Fact]
    public void Version_prints_the_product_version()
    {
        var (code, stdout, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", stdout);
    }
}
