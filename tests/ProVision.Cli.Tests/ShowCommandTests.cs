using ProVision.Pipeline.Drawing;
using ProVision.Pipeline.Segmentation;

namespace ProVision.Cli.Tests;

/// <summary><c>provision show</c> on a canonical graph and an image written by the test.</summary>
public sealed class ShowCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>graphs.jsonl with images a (pics/a.png, written) and b (pics/b.png, never written); one item per image.</summary>
    private string Graphs()
    {
        Directory.CreateDirectory(_dir.File("pics"));
        StageImage.Filled(80, 60, 90, 90, 90).SavePng(_dir.File("pics/a.png"));
        _dir.Write("items.jsonl", """
            {'id':'a/0','generator':'relation','template':0,'images':['pics/a.png'],'prompt':'What is left of the lamp?','response':'The cup.','answer':'cup','choices':[],'slots':{},'evidence':{'objects':[0],'relations':[0]},'tags':{}}
            {'id':'b/0','generator':'count','template':0,'images':['pics/b.png'],'prompt':'How many cups?','response':'One.','answer':'1','choices':[],'slots':{},'evidence':{'objects':[0],'relations':[]},'tags':{}}
            """);
        return _dir.Write("graphs.jsonl", """
            {'image_id': 'a', 'image': 'pics/a.png', 'width': 80, 'height': 60, 'objects': [{'label': 'cup', 'box': [10, 10, 30, 40]}, {'label': 'lamp', 'box': [50, 5, 75, 50]}], 'relations': [[0, 'left of', 1]]}
            {'image_id': 'b', 'image': 'pics/b.png', 'width': 80, 'height': 60, 'objects': [{'label': 'cup', 'box': [10, 10, 30, 40]}]}
            """);
    }

    [Fact]
    public void Draws_an_image_with_its_boxes()
    {
        var output = _dir.File("a.png");
        var (code, stdout, stderr) = CliRunner.Run("show", Graphs(), "--image", "a", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        var png = StageImage.Load(output);
        Assert.Equal(80, png.Width);
        var c = SceneRenderer.ObjectColor(0);
        Assert.Equal((c.Red, c.Green, c.Blue), png[10, 30]); // left edge of the cup's box
        Assert.Equal(((byte)90, (byte)90, (byte)90), png[40, 55]);
    }

    [Fact]
    public void Missing_image_id_exits_2_naming_the_id_and_what_is_there()
    {
        var (code, _, stderr) = CliRunner.Run("show", Graphs(), "--image", "zebra", "--out", _dir.File("x.png"));

        Assert.Equal(2, code);
        Assert.Contains("image 'zebra' is not in", stderr);
        Assert.Contains("e.g. a, b", stderr);
        Assert.False(File.Exists(_dir.File("x.png")));
    }

    [Fact]
    public void Missing_image_file_exits_2_with_the_resolved_path_and_the_way_out()
    {
        var (code, _, stderr) = CliRunner.Run("show", Graphs(), "--image", "b", "--out", _dir.File("x.png"));

        Assert.Equal(2, code);
        Assert.Contains("image file not found for image 'b'", stderr);
        Assert.Contains(Path.Combine(_dir.Path, "pics", "b.png"), stderr);
        Assert.Contains("--images-dir", stderr);
        Assert.False(File.Exists(_dir.File("x.png")));
    }

    [Fact]
    public void Images_dir_overrides_the_graphs_folder()
    {
        var graphs = Graphs();
        var elsewhere = Directory.CreateDirectory(_dir.File("elsewhere")).FullName;
        StageImage.Filled(80, 60, 10, 200, 10).SavePng(Path.Combine(elsewhere, "b.png"));

        var (code, _, stderr) = CliRunner.Run("show", graphs, "--image", "b", "--images-dir", elsewhere, "--out", _dir.File("b.png"));

        Assert.True(code == 0, stderr);
        Assert.Equal(((byte)10, (byte)200, (byte)10), StageImage.Load(_dir.File("b.png"))[40, 55]);
    }

    [Fact]
    public void Draws_an_item_with_its_evidence()
    {
        var graphs = Graphs();
        var output = _dir.File("item.png");
        var (code, stdout, stderr) = CliRunner.Run("show", graphs, "--items", _dir.File("items.jsonl"), "--item", "a/0", "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("evidence highlighted", stdout);
        var png = StageImage.Load(output);
        Assert.True(png.Height > 60); // the question and answer go below the image
        var c = SceneRenderer.ObjectColor(1);
        Assert.Equal((c.Red, c.Green, c.Blue), png[74, 30]); // the lamp is the relation's object: highlighted
    }

    [Fact]
    public void Missing_item_exits_2()
    {
        var (code, _, stderr) = CliRunner.Run("show", Graphs(), "--items", _dir.File("items.jsonl"), "--item", "nope", "--out", _dir.File("x.png"));
        Assert.Equal(2, code);
        Assert.Contains("no item with id 'nope' (2 items)", stderr);
    }

    [Fact]
    public void Image_and_item_together_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("show", Graphs(), "--image", "a", "--item", "a/0", "--out", _dir.File("x.png"));
        Assert.Equal(1, code);
        Assert.Contains("--image <id>", stderr);
    }
}
