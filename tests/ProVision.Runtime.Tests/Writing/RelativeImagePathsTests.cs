using ProVision.Runtime.Items;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Images;

namespace ProVision.Runtime.Tests.Writing;

public sealed class RelativeImagePathsTests
{
    [Fact]
    public void Paths_become_relative_to_the_root_with_forward_slashes()
    {
        using var temp = new TempDirectory();
        var collected = new List<GeneratedItem>();
        using var sink = new RelativeImagePaths(new ListSink(collected), Path.Combine(temp.Path, "graphs"), temp.Path);

        sink.Write(TestItems.Multi(imageTokenFirst: false));

        // The graphs' paths (images/a.png) are relative to the graphs' folder, so under the root they are graphs/images/a.png.
        Assert.Equal(["graphs/images/a.png", "graphs/images/b.png"], collected[0].Images.ToArray());
        Assert.False(collected[0].ImageTokenFirst);
        Assert.Equal(TestItems.Multi().Evidence, collected[0].Evidence);
    }

    [Theory]
    [InlineData("../photos/x.png")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    public void An_image_outside_the_root_is_a_located_error(string image)
    {
        using var temp = new TempDirectory();
        using var sink = new RelativeImagePaths(new ListSink([]), temp.Path, temp.Path);
        var item = new GeneratedItem("g/X/0", "X", 0, [image], "q", "a", "a");

        var error = Assert.Throws<ItemWriteException>(() => sink.Write(item));

        Assert.Contains("item g/X/0", error.Message, StringComparison.Ordinal);
        Assert.Contains("outside --image-root", error.Message, StringComparison.Ordinal);
    }

    private sealed class ListSink(List<GeneratedItem> items) : IItemSink
    {
        public void Write(GeneratedItem item) => items.Add(item);

        public void Complete()
        {
        }

        public void Dispose()
        {
        }
    }
}
