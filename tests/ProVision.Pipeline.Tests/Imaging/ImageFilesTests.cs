using ProVision.Pipeline.Imaging;

namespace ProVision.Pipeline.Tests.Imaging;

public sealed class ImageFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1]);
        return path;
    }

    [Fact]
    public void Folders_are_searched_recursively_in_ordinal_order_for_image_extensions()
    {
        Touch("b.jpg");
        Touch("a.PNG");
        Touch("sub/c.webp");
        Touch("notes.txt");

        var found = ImageFiles.Find([_dir]);

        Assert.Equal(["a", "b", "c"], found.Select(f => f.ImageId));
        Assert.Equal(Path.Combine(_dir, "sub", "c.webp"), found[2].Path);
    }

    [Fact]
    public void Files_named_twice_count_once_and_explicit_files_keep_any_extension()
    {
        var text = Touch("odd.txt");
        var a = Touch("a.png");

        var found = ImageFiles.Find([a, text, _dir]);

        Assert.Equal(["a", "odd"], found.Select(f => f.ImageId));
    }

    [Fact]
    public void Clashing_stems_get_their_relative_paths_as_ids()
    {
        Touch("x/1.jpg");
        Touch("y/1.png");
        Touch("z/2.png");

        var found = ImageFiles.Find([_dir]);

        Assert.Equal(["x/1", "y/1", "2"], found.Select(f => f.ImageId));
    }

    [Fact]
    public void A_missing_input_is_an_error()
    {
        var missing = Path.Combine(_dir, "nope");
        var error = Assert.Throws<FileNotFoundException>(() => ImageFiles.Find([missing]));
        Assert.Equal($"{missing}: no such file or folder", error.Message);
    }
}
