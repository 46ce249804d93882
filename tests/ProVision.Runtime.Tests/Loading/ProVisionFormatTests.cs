using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

public sealed class ProVisionFormatTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Detection(string name = "det.json") => _dir.Write(name, """
        {'img1': {'data_path': 'images/img1.png', 'source': null, 'annotation': {'width': 10, 'height': 8,
            'labels': ['dog', 'cat', 'ball'], 'bboxes': [[0,0,4,4],[5,1,9,7],[2,5,3,6]], 'det_scores': [0.9, 0.8, 0.5]}},
         'img2': {'data_path': 'images/img2.png', 'source': 'vg', 'annotation': {'width': 6, 'height': 6,
            'labels': ['tree'], 'bboxes': [[1,1,5,5]]}}}
        """);

    [Fact]
    public void Merges_files_by_image_id_in_lockstep()
    {
        var attributes = _dir.Write("attr.json", """
            {'img1': {'data_path': 'x', 'annotation': {'width': 10, 'height': 8, 'attributes': [['brown and white'], ['grey', 'small', 'grey'], []]}},
             'img2': {'data_path': 'x', 'annotation': {'attributes': [['tall']]}}}
            """);
        var relations = _dir.Write("rel.json", """
            {'img1': {'data_path': 'x', 'annotation': {'relations': [[0, 'chasing', 1], [2, 'of', 0], [1, 'near',  2]]}}}
            """);

        var graphs = Loads.Graphs(Detection(), attributes, relations);

        Assert.Equal(["img1", "img2"], graphs.Select(g => g.ImageId));
        var g1 = graphs[0];
        Assert.Equal((10, 8), (g1.Width, g1.Height));
        Assert.Equal("images/img1.png", g1.ImagePath);
        Assert.Equal(["dog", "cat", "ball"], g1.Objects.Select(o => o.Label));
        Assert.Equal(new Box(5, 1, 9, 7), g1.Objects[1].Box);
        Assert.Equal(0.8, g1.Objects[1].Score);
        Assert.Equal(["brown", "white"], g1.Objects[0].Attributes.ToArray());
        Assert.Equal(["gray", "small"], g1.Objects[1].Attributes.ToArray());
        // "of" is dropped on load, as in the reference.
        Assert.Equal([new Relation(0, "chasing", 1), new Relation(1, "near", 2)], g1.Relations.ToArray());
        Assert.Equal("vg", graphs[1].Source);
        Assert.Equal(["tall"], graphs[1].Objects[0].Attributes.ToArray());
    }

    [Fact]
    public void Merges_files_listing_images_in_different_orders_and_later_file_wins()
    {
        var sizes = _dir.Write("sizes.json", """
            {'img2': {'data_path': 'y', 'annotation': {'width': 6, 'height': 6}},
             'img3': {'data_path': 'z', 'annotation': {'width': 3, 'height': 3}},
             'img1': {'data_path': 'ignored.png', 'annotation': {'width': 12, 'height': 8}}}
            """);

        var graphs = Loads.Graphs(Detection(), sizes);

        Assert.Equal(["img1", "img2", "img3"], graphs.Select(g => g.ImageId));
        // As in the reference, only "annotation" merges (a later file wins a key); data_path comes from the first file.
        Assert.Equal((12, "images/img1.png"), (graphs[0].Width, graphs[0].ImagePath));
        Assert.Empty(graphs[2].Objects);
    }

    [Fact]
    public void Relation_index_out_of_range_names_file_image_and_field()
    {
        var file = _dir.Write("graphs.json", """
            {'2417': {'data_path': 'a.png', 'annotation': {'width': 10, 'height': 10, 'labels': ['a','b','c','d'],
              'bboxes': [[0,0,1,1],[0,0,1,1],[0,0,1,1],[0,0,1,1]], 'relations': [[0,'on',1],[1,'on',2],[2,'on',3],[3,'on',9]]}}}
            """);

        var error = Loads.SingleError(file);

        Assert.Equal($"{file}: image 2417: annotation.relations[3][2]: object index 9 out of range (4 objects)", error.ToString());
    }

    [Theory]
    [InlineData("'labels': 'dog', 'bboxes': [[0,0,1,1]]", "annotation.labels: expected a list, found the string \"dog\"")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,1]]", "annotation.bboxes[0]: a box needs 4 numbers [x1, y1, x2, y2], found 3")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,'NaN',1]]", "annotation.bboxes[0][2]: expected a number, found the string \"NaN\"")]
    [InlineData("'labels': ['dog', 'cat'], 'bboxes': [[0,0,1,1]]", "annotation.bboxes: has 1 entries but labels has 2")]
    [InlineData("'labels': ['dog'], 'bboxes': [[5,0,1,1]]", "annotation.bboxes[0]: box [5, 0, 1, 1] is not ordered")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,50,1]]", "annotation.bboxes[0]: box [0, 0, 50, 1] lies outside the 10x10 image")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,1,1]], 'attributes': [['a'], ['b']]", "annotation.attributes: has 2 entries but labels has 1")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,1,1]], 'relations': [[0, 'on']]", "annotation.relations[0]: a relation is [subject_index, predicate, object_index], found 2 elements")]
    [InlineData("'labels': ['dog'], 'bboxes': [[0,0,1,1]], 'relations': [[0, 5, 0]]", "annotation.relations[0][1]: expected a string, found the number 5")]
    public void Malformed_annotation_gives_located_message(string annotation, string expected)
    {
        var file = _dir.Write("bad.json", "{'im': {'data_path': 'a.png', 'annotation': {'width': 10, 'height': 10, " + annotation + "}}}");

        var error = Loads.SingleError(file);

        Assert.StartsWith($"{file}: image im: ", error.ToString());
        Assert.Contains(expected, error.ToString());
    }

    [Fact]
    public void Missing_width_is_reported_as_missing_field()
    {
        var file = _dir.Write("bad.json", "{'im': {'data_path': 'a.png', 'annotation': {'height': 10}}}");
        Assert.Equal($"{file}: image im: annotation.width: required field is missing", Loads.SingleError(file).ToString());
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{'im': {'data_path': 'a.png', 'annotation': {'width': 10, ", "the file ends in the middle of a value")]
    [InlineData("{'im': {'data_path': 'a.png', 'annotation': {'width': 10,, }}}", "malformed JSON")]
    [InlineData("42", "expected a JSON object or list at the top level")]
    [InlineData("{'im': {'data_path': 'a.png', 'annotation': {'width': 10, 'height': 10, 'labels': ['x'], 'bboxes': [[0, 0, NaN, 1]]}}}", "NaN and Infinity are not JSON numbers")]
    public void Broken_json_gives_a_clear_error(string text, string expected)
    {
        var file = _dir.Write("broken.json", text);
        var error = Loads.SingleError(file);
        Assert.StartsWith(file + ":", error.ToString());
        Assert.Contains(expected, error.ToString());
    }

    [Fact]
    public void Truncation_after_a_good_entry_reports_the_byte_offset_and_keeps_the_good_graph()
    {
        var file = _dir.Write("cut.json", "{'ok': {'data_path': 'a', 'annotation': {'width': 4, 'height': 4}}, 'cut': {'data_path': 'a', 'annot");
        var outcomes = Loads.All(null, file);
        Assert.Equal("ok", outcomes[0].Graph!.ImageId);
        Assert.Contains("ends in the middle of a value (truncated JSON?) at byte", outcomes[1].Error!.Message);
    }

    [Fact]
    public void Duplicate_image_id_in_one_file_is_an_error()
    {
        var file = _dir.Write("dup.json", "{'a': {'data_path': 'a', 'annotation': {'width': 4, 'height': 4}}, 'a': {'data_path': 'a', 'annotation': {'width': 4, 'height': 4}}}");
        var outcomes = Loads.All(null, file);
        Assert.Contains(outcomes, o => o.Error?.Message == "image id appears twice in this file");
    }

    [Fact]
    public void Entries_larger_than_the_read_buffer_stream_correctly()
    {
        var labels = string.Join(",", Enumerable.Repeat("'x'", 20_000));
        var boxes = string.Join(",", Enumerable.Repeat("[0,0,1,1]", 20_000));
        var file = _dir.Write("big.json", $"{{'big': {{'data_path': 'a', 'annotation': {{'width': 4, 'height': 4, 'labels': [{labels}], 'bboxes': [{boxes}]}}}}, 'small': {{'data_path': 'b', 'annotation': {{'width': 2, 'height': 2}}}}}}");

        var graphs = Loads.Graphs(file);

        Assert.Equal(20_000, graphs[0].Objects.Length);
        Assert.Equal("small", graphs[1].ImageId);
    }

    [Fact]
    public void Pickle_mask_name_falls_back_to_npy_with_the_same_stem_and_masks_load_lazily()
    {
        var masks = new byte[2 * 8 * 10];
        masks[0] = 1;             // object 0: pixel (0, 0)
        masks[80 + 10 * 7 + 9] = 1; // object 1: pixel (x 9, y 7)
        using (var s = File.Create(_dir.File("img1_mask.npy"))) NpyWriter.WriteBool(s, [2, 8, 10], masks);
        var seg = _dir.Write("seg.json", "{'img1': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'labels': ['a','b'], 'bboxes': [[0,0,1,1],[8,6,10,8]], 'seg_mask_id': 'img1_mask.pkl'}}}");

        var graph = Loads.Graphs(seg).Single();

        var set = Assert.IsType<FileMaskSet>(graph.Masks);
        Assert.EndsWith("img1_mask.npy", set.Path);
        Assert.True(graph.Masks!.Get(0)[0, 0]);
        Assert.Equal(1, graph.Masks.Get(1).Area);
        Assert.True(graph.Masks.Get(1)[9, 7]);
    }

    [Fact]
    public void Rle_json_mask_file_is_found_when_npy_is_absent()
    {
        var pixels = new byte[8 * 10];
        pixels[3 * 10 + 4] = 1;
        RleMaskFile.Write(_dir.File("m.rle.json"), "img1", 8, 10, [("a", RleCodec.Encode(pixels, 8, 10))]);
        var seg = _dir.Write("seg.json", "{'img1': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'labels': ['a'], 'bboxes': [[0,0,5,5]], 'seg_mask_id': 'm.pkl'}}}");

        var graph = Loads.Graphs(seg).Single();

        Assert.True(graph.Masks!.Get(0)[4, 3]);
    }

    [Fact]
    public void Mask_stack_with_wrong_shape_or_count_is_rejected()
    {
        using (var s = File.Create(_dir.File("wrong_size.npy"))) NpyWriter.WriteBool(s, [1, 8, 9], new byte[72]);
        using (var s = File.Create(_dir.File("wrong_count.npy"))) NpyWriter.WriteBool(s, [2, 8, 10], new byte[160]);
        var size = _dir.Write("a.json", "{'i': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'labels': ['a'], 'bboxes': [[0,0,1,1]], 'seg_mask_id': 'wrong_size.npy'}}}");
        var count = _dir.Write("b.json", "{'j': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'labels': ['a'], 'bboxes': [[0,0,1,1]], 'seg_mask_id': 'wrong_count.npy'}}}");

        Assert.Contains("mask size 9x8 differs from the image size 10x8", Loads.SingleError(size).ToString());
        Assert.Contains("holds 2 masks for 1 objects", Loads.SingleError(count).ToString());
    }

    [Fact]
    public void Missing_mask_and_depth_files_say_what_was_tried_and_which_flag_helps()
    {
        var file = _dir.Write("a.json", "{'i': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'seg_mask_id': 'nope.pkl'}}}");
        var error = Loads.SingleError(file).ToString();
        Assert.Contains("annotation.seg_mask_id: mask file 'nope.pkl' not found (tried ", error);
        Assert.Contains("nope.npy", error);
        Assert.Contains("--mask-dir", error);

        var depth = _dir.Write("d.json", "{'i': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'depth_mask_id': 'nope.npy'}}}");
        Assert.Contains("--depth-dir", Loads.SingleError(depth).ToString());
    }

    [Fact]
    public void Depth_map_loads_with_declared_convention_and_shape_is_checked()
    {
        var values = Enumerable.Range(0, 80).Select(i => (byte)i).ToArray();
        using (var s = File.Create(_dir.File("depth", "d.npy"))) NpyWriter.WriteUInt8(s, [8, 10], values);
        using (var s = File.Create(_dir.File("depth", "bad.npy"))) NpyWriter.WriteUInt8(s, [10, 8], values);
        var options = new Runtime.Loading.GraphLoadOptions { DepthDirectory = _dir.File("depth"), Cache = new Caching.ResourceCache(1 << 20) };
        var good = _dir.Write("a.json", "{'i': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'depth_mask_id': 'd.npy'}}}");
        var bad = _dir.Write("b.json", "{'j': {'data_path': 'a', 'annotation': {'width': 10, 'height': 8, 'depth_mask_id': 'bad.npy'}}}");

        var graph = Loads.All(options, good).Single().Graph!;
        var map = graph.Depth!.Load();
        Assert.Equal(DepthConvention.LargerIsCloser, map.Convention);
        Assert.Equal(23f, map[3, 2]);
        Assert.Equal(new DepthRange(0, 255), graph.Depth.EffectiveRange());
        Assert.Contains("depth map size 8x10 differs from the image size 10x8", Loads.SingleError(options, bad).ToString());
    }
}
