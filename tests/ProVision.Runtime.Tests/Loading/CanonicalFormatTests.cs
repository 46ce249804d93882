using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

public sealed class CanonicalFormatTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Writer_and_reader_round_trip_every_field()
    {
        using (var s = File.Create(_dir.File("d.npy"))) NpyWriter.WriteFloat32(s, [2, 3], [1, 2, 3, 4, 5, 6]);
        var mask = RleCodec.Encode(new byte[] { 1, 0, 0, 1, 1, 0 }, 2, 3);
        var cache = new ResourceCache(1 << 20);
        var graph = new SceneGraph("ü-1", "images/ü.png", 3, 2,
            [new SceneObject("café table", new Box(0, 0, 2.5, 2), 0.75, ["wooden", "brown"]), new SceneObject("cup", new Box(1, 0, 3, 1))],
            [new Relation(1, "on", 0)],
            new RleMaskSet([mask, mask], cache),
            new DepthSource(_dir.File("d.npy"), DepthConvention.LargerIsFarther, new DepthRange(0, 10), cache),
            caption: "a cup on a table", source: "test");
        var output = _dir.File("out.jsonl");
        using (var stream = File.Create(output))
        using (var writer = new CanonicalGraphWriter(stream, _dir.Path)) writer.Write(graph);

        var text = File.ReadAllText(output);
        Assert.EndsWith("}\n", text);
        Assert.Contains("\"label\":\"café table\"", text);
        Assert.Contains("\"depth\":{\"path\":\"d.npy\",\"convention\":\"larger-is-farther\",\"range\":[0,10]}", text);

        var back = Loads.Graphs(output).Single();
        Assert.Equal("ü-1", back.ImageId);
        Assert.Equal(graph.Objects.Select(o => (o.Label, o.Box, o.Score)), back.Objects.Select(o => (o.Label, o.Box, o.Score)));
        Assert.Equal(["wooden", "brown"], back.Objects[0].Attributes.ToArray());
        Assert.Equal(graph.Relations, back.Relations.ToArray());
        Assert.Equal(graph.Masks!.Get(1).Pixels.ToArray(), back.Masks!.Get(1).Pixels.ToArray());
        Assert.Equal(DepthConvention.LargerIsFarther, back.Depth!.Convention);
        Assert.Equal(6f, back.Depth.Load()[2, 1]);
        Assert.Equal(("a cup on a table", "test"), (back.Caption, back.Source));
    }

    [Theory]
    [InlineData("{'image_id': 'a', 'width': 4", "malformed JSON")]
    [InlineData("{'width': 4, 'height': 4}", "image_id: required field is missing")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'objects': [{'label': 'x', 'box': [0,0,1,1], 'mask': {'size': [4,4], 'counts': [16]}}, {'label': 'y', 'box': [0,0,1,1]}]}", "image a: objects[1].mask: missing while earlier objects have masks")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'objects': [{'label': 'x', 'box': [0,0,1,1], 'mask': {'size': [4,4], 'counts': [15]}}]}", "image a: objects[0].mask.counts:")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'objects': [{'label': 'x', 'box': [0,0,1,1], 'mask': {'size': [4,5], 'counts': [20]}}]}", "image a: objects[0].mask: mask size 5x4 differs from the image size 4x4")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'relations': [[0, 'on', 0]]}", "image a: relations[0][0]: subject index 0 out of range (0 objects)")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'depth': {'path': 'x.npy', 'convention': 'sideways'}}", "depth.convention: unknown convention 'sideways'")]
    [InlineData("[1, 2]", ": expected an object, found a list")]
    [InlineData("{'image_id': 'a', 'width': 4, 'height': 4, 'objects': [{'label': 'x', 'box': [0, 0, NaN, 1]}]}", "NaN and Infinity are not JSON numbers")]
    public void Bad_line_gives_file_line_image_and_field(string line, string expected)
    {
        var file = _dir.Write("g.jsonl", "{'image_id': 'ok', 'width': 2, 'height': 2}\n\n" + line + "\n");

        var outcomes = Loads.All(null, file);

        Assert.Equal("ok", outcomes[0].Graph!.ImageId);
        var error = outcomes[1].Error!.ToString();
        Assert.StartsWith(file + ":3", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Empty_file_and_duplicate_ids_are_errors()
    {
        Assert.Contains("the file has no graphs (it is empty)", Loads.SingleError(_dir.Write("e.jsonl", "\n\n")).ToString());
        var dup = _dir.Write("dup.jsonl", "{'image_id': 'a', 'width': 2, 'height': 2}\n{'image_id': 'a', 'width': 2, 'height': 2}\n");
        Assert.Contains(":2: image a: image_id: image id appears earlier in this file too", Loads.SingleError(dup).ToString());
    }

    [Fact]
    public void A_very_long_line_is_read_whole()
    {
        var objects = string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"{{'label': 'o{i}', 'box': [0,0,1,1]}}"));
        var file = _dir.Write("long.jsonl", $"{{'image_id': 'big', 'width': 2, 'height': 2, 'objects': [{objects}]}}\n");

        Assert.Equal(50_000, Loads.Graphs(file).Single().Objects.Length);
    }
}
