using System.Text;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Sharding;

namespace ProVision.Runtime.Tests.Sharding;

/// <summary>A shard reads only its own lines: every line in exactly one shard, in input order, located by its real line number.</summary>
public sealed class InputSlicesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-slices-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteGraphs(string name, int first, int count, Func<int, string>? line = null)
    {
        var path = Path.Combine(_dir, name);
        var text = new StringBuilder();
        for (var i = first; i < first + count; i++)
            text.Append(line?.Invoke(i) ?? $"{{\"image_id\":\"g{i}\",\"width\":100,\"height\":100,\"objects\":[{{\"label\":\"dog\",\"box\":[0,0,{1 + i % 50},5]}}]}}").Append('\n');
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static List<string> Ids(IReadOnlyList<string> inputs, ShardSpec? shard) =>
        [.. SceneGraphInputs.Read(inputs, GraphLoadOptions.Default with { Shard = shard }).Select(o => o.Graph?.ImageId ?? throw new Xunit.Sdk.XunitException(o.Error!.ToString()))];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(3, 7)]
    [InlineData(1, 64)]
    [InlineData(2, 3)]
    public void Shards_concatenated_are_the_whole_input_in_order(int files, int shards)
    {
        var inputs = Enumerable.Range(0, files).Select(f => WriteGraphs($"graphs-{f}.jsonl", f * 1000, 37 + f * 11)).ToList();
        var all = Ids(inputs, null);

        var joined = Enumerable.Range(1, shards).SelectMany(k => Ids(inputs, new ShardSpec(k, shards))).ToList();

        Assert.Equal(all, joined);
    }

    [Fact]
    public void A_folder_of_input_shards_is_assigned_whole_files()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        for (var f = 0; f < 6; f++) WriteGraphs(Path.Combine("in", $"graphs-{f:D5}.jsonl"), f * 100, 10);
        var slices = InputSlices.For([.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)], new ShardSpec(2, 3));
        Assert.Equal(2, slices.Count);
        Assert.All(slices, s => Assert.True(s.IsWhole));

        Assert.Equal(Ids([folder], null), Enumerable.Range(1, 3).SelectMany(k => Ids([folder], new ShardSpec(k, 3))));
        Assert.Equal(["g200", "g201"], Ids([folder], new ShardSpec(2, 3)).Take(2));
    }

    [Fact]
    public void A_bad_line_in_a_later_shard_is_reported_with_its_true_line_number_and_only_by_that_shard()
    {
        var path = WriteGraphs("bad.jsonl", 0, 100, i => i == 80 ? "{not json" : null!);
        var first = SceneGraphInputs.Read([path], GraphLoadOptions.Default with { Shard = new ShardSpec(1, 2) }).ToList();
        var second = SceneGraphInputs.Read([path], GraphLoadOptions.Default with { Shard = new ShardSpec(2, 2) }).ToList();

        Assert.All(first, o => Assert.NotNull(o.Graph));
        var error = Assert.Single(second, o => o.Error is not null).Error!;
        Assert.Equal($"{path}:81", error.File);
    }

    [Fact]
    public void More_shards_than_lines_leave_some_shards_empty_without_error()
    {
        var path = WriteGraphs("few.jsonl", 0, 2);
        var outcomes = Enumerable.Range(1, 5).Select(k => SceneGraphInputs.Read([path], GraphLoadOptions.Default with { Shard = new ShardSpec(k, 5) }).ToList()).ToList();
        Assert.All(outcomes.SelectMany(o => o), o => Assert.NotNull(o.Graph));
        Assert.Equal(2, outcomes.Sum(o => o.Count));
    }

    [Fact]
    public void Formats_that_cannot_be_split_unparsed_keep_a_contiguous_share()
    {
        var path = Path.Combine(_dir, "vg.json");
        File.WriteAllText(path, "[" + string.Join(",", Enumerable.Range(0, 10).Select(i =>
            $"{{\"image_id\":{i},\"width\":100,\"height\":100,\"objects\":[{{\"object_id\":{i},\"names\":[\"dog\"],\"x\":0,\"y\":0,\"w\":5,\"h\":5}}],\"relationships\":[]}}")) + "]");
        var all = Ids([path], null);
        Assert.Equal(10, all.Count);
        Assert.Equal(all, Enumerable.Range(1, 3).SelectMany(k => Ids([path], new ShardSpec(k, 3))));
    }
}
