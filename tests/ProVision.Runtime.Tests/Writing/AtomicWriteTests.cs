using System.Text;
using ProVision.Runtime.Tests.Items;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Writing;

public sealed class AtomicWriteTests
{
    public static TheoryData<string> Formats => [.. ItemWriterFactory.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writer_disposed_without_complete_leaves_no_output_and_no_temp_file(string format)
    {
        using var temp = new TempDirectory();
        var path = temp.File("out.data");

        using (var writer = ItemWriterFactory.Create(format, path))
        {
            writer.Write(TestItems.Single());
            writer.Write(TestItems.Multi());
            Assert.Single(temp.Entries()); // the temporary file exists while writing...
            Assert.False(File.Exists(path)); // ...and the final name does not
        }

        Assert.Empty(temp.Entries());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Aborted_run_leaves_an_existing_file_untouched(string format)
    {
        using var temp = new TempDirectory();
        var path = temp.File("out.data");
        File.WriteAllText(path, "previous run");

        using (var writer = ItemWriterFactory.Create(format, path))
        {
            writer.Write(TestItems.Single());
        }

        Assert.Equal("previous run", File.ReadAllText(path));
        Assert.Equal(["out.data"], temp.Entries());
    }

    [Fact]
    public void Complete_replaces_an_existing_file_and_removes_the_temp_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("items.jsonl");
        File.WriteAllText(path, "previous run");

        using (var writer = new JsonLinesItemWriter(path))
        {
            writer.Write(TestItems.Single());
            writer.Complete();
        }

        Assert.Equal(TestItems.SingleJson + "\n", File.ReadAllText(path, Encoding.UTF8));
        Assert.Equal(["items.jsonl"], temp.Entries());
    }

    [Fact]
    public void Temp_file_is_hidden_next_to_the_target()
    {
        using var temp = new TempDirectory();

        using var file = AtomicFile.Create(temp.File("items.jsonl"));

        Assert.Equal(temp.Path, Path.GetDirectoryName(file.TempPath));
        Assert.Matches(@"^\.items\.jsonl\.[0-9a-f]+\.tmp$", Path.GetFileName(file.TempPath));
    }

    [Fact]
    public void Writer_refuses_use_after_complete()
    {
        using var temp = new TempDirectory();
        using var writer = new JsonLinesItemWriter(temp.File("items.jsonl"));
        writer.Complete();

        Assert.Throws<InvalidOperationException>(() => writer.Write(TestItems.Single()));
        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void Missing_output_folder_is_created()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nested", "deeper", "items.jsonl");

        using (var writer = new JsonLinesItemWriter(path))
        {
            writer.Complete();
        }

        Assert.True(File.Exists(path));
    }
}
