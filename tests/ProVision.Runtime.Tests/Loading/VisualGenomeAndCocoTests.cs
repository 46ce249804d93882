using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

public sealed class VisualGenomeAndCocoTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string VgGraphs = """
        [{'image_id': 7, 'objects': [{'object_id': 100, 'names': ['man'], 'x': 1, 'y': 2, 'w': 3, 'h': 4, 'attributes': ['tall', 'grey']},
                                     {'object_id': 101, 'names': ['horse'], 'x': 5, 'y': 5, 'w': 4, 'h': 4}],
          'relationships': [{'subject_id': 100, 'predicate': 'Riding', 'object_id': 101}, {'subject': {'object_id': 101}, 'predicate': 'of', 'object': {'object_id': 100}}]}]
        """;

    [Fact]
    public void Visual_genome_scene_graphs_take_sizes_from_image_data()
    {
        var graphs = _dir.Write("scene_graphs.json", VgGraphs);
        var sizes = _dir.Write("image_data.json", "[{'image_id': 7, 'width': 20, 'height': 10, 'url': 'http://x/7.jpg'}]");

        var graph = Loads.Graphs(graphs, sizes).Single();

        Assert.Equal(("7", 20, 10), (graph.ImageId, graph.Width, graph.Height));
        Assert.Equal(new Box(1, 2, 4, 6), graph.Objects[0].Box);
        Assert.Equal(["tall", "gray"], graph.Objects[0].Attributes.ToArray());
        Assert.Equal([new Relation(0, "riding", 1)], graph.Relations.ToArray());
    }

    [Fact]
    public void Visual_genome_without_sizes_and_with_unknown_object_ids_explain_themselves()
    {
        var graphs = _dir.Write("scene_graphs.json", VgGraphs);
        Assert.Contains("image 7: width: the image size is missing; VG scene graphs carry none, so also pass VG's image_data.json", Loads.SingleError(graphs).ToString());

        var bad = _dir.Write("bad.json", "[{'image_id': 8, 'width': 9, 'height': 9, 'objects': [{'object_id': 1, 'names': ['a'], 'x': 0, 'y': 0, 'w': 1, 'h': 1}], 'relationships': [{'subject_id': 1, 'predicate': 'on', 'object_id': 2}]}]");
        Assert.Contains("image 8: relationships[0].object_id: object id 2 is not among this image's 1 objects", Loads.SingleError(bad).ToString());
    }

    [Fact]
    public void Coco_instances_give_boxes_labels_and_masks_from_polygons_and_rle()
    {
        var file = _dir.Write("instances.json", """
            {'images': [{'id': 1, 'file_name': 'a.jpg', 'width': 10, 'height': 8}, {'id': 2, 'file_name': 'b.jpg', 'width': 4, 'height': 4}],
             'categories': [{'id': 3, 'name': 'dog'}, {'id': 4, 'name': 'cat'}],
             'annotations': [
               {'id': 1, 'image_id': 1, 'category_id': 3, 'bbox': [1, 1, 4, 4], 'segmentation': [[1, 1, 5, 1, 5, 5, 1, 5]]},
               {'id': 2, 'image_id': 1, 'category_id': 4, 'bbox': [6, 0, 2, 2], 'segmentation': {'size': [8, 10], 'counts': [48, 2, 6, 2, 22]}}]}
            """);

        var graphs = Loads.Graphs(file);

        Assert.Equal(2, graphs.Count);
        var g = graphs[0];
        Assert.Equal(["dog", "cat"], g.Objects.Select(o => o.Label));
        Assert.Equal(new Box(1, 1, 5, 5), g.Objects[0].Box);
        Assert.Equal(16, g.Masks!.Get(0).Area);
        Assert.Equal(4, g.Masks.Get(1).Area);
        Assert.True(g.Masks.Get(1)[6, 0]);
        Assert.Empty(graphs[1].Objects);
        Assert.Null(graphs[1].Masks);
    }

    [Fact]
    public void Coco_unknown_category_is_located()
    {
        var file = _dir.Write("instances.json", "{'images': [{'id': 1, 'width': 10, 'height': 8}], 'categories': [], 'annotations': [{'image_id': 1, 'category_id': 9, 'bbox': [0,0,1,1]}]}");
        Assert.Contains("image 1: annotations[0].category_id: category 9 is not listed under categories", Loads.SingleError(file).ToString());
    }

    [Fact]
    public void Inputs_that_do_not_exist_or_are_folders_are_reported()
    {
        Assert.Contains("file not found", Loads.SingleError(_dir.File("missing.json")).ToString());
        Assert.Contains("is a folder", Loads.SingleError(_dir.Path).ToString());
    }
}
