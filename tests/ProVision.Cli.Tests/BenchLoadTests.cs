namespace ProVision.Cli.Tests;

/// <summary><c>provision bench load</c>: reads any input format through the loaders and reports; a bad graph is a located error and exit 2.</summary>
public sealed class BenchLoadTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reports_graphs_per_cpu_second_and_allocation_for_a_visual_genome_file()
    {
        var graphs = _dir.Write("scene_graphs.json", """
            [{'image_id': 7, 'width': 20, 'height': 10, 'objects': [{'object_id': 1, 'names': ['man'], 'x': 1, 'y': 2, 'w': 3, 'h': 4},
              {'object_id': 2, 'names': ['horse'], 'x': 5, 'y': 5, 'w': 4, 'h': 4}], 'relationships': [{'subject_id': 1, 'predicate': 'riding', 'object_id': 2}]}]
            """);
        var (code, stdout, stderr) = CliRunner.Run("bench", "load", graphs);
        Assert.True(code == 0, stderr);
        Assert.Matches(@"^load: 1 graphs \(2 objects, 0 errors\) in [0-9.]+ s, [0-9.]+ CPU-s \([0-9,]+ graphs per CPU-second\); allocated [0-9.,]+ KiB/graph", stdout);
    }

    [Fact]
    public void A_bad_graph_is_a_located_error_and_exit_2()
    {
        var graphs = _dir.Write("coco.json", "{'images': [{'id': 1, 'width': 'wide', 'height': 4}], 'categories': []}");
        var (code, stdout, stderr) = CliRunner.Run("bench", "load", graphs);
        Assert.Equal(2, code);
        Assert.Contains("image 1: images[0].width: expected an integer, found the string \"wide\"", stderr);
        Assert.Contains("load: 0 graphs (0 objects, 1 errors)", stdout);
        Assert.Contains("KiB in all (no graph)", stdout);
        Assert.Equal(2, CliRunner.Run("bench", "load", _dir.File("missing.json")).Code);
    }
}
