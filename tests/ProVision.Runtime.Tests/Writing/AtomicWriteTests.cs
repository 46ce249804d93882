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
        Assert.Equal(".items.jsonl.tmp", Path.GetFileName(file.TempPath));
    }

    [Fact]
    public void A_killed_runs_temp_file_is_replaced_by_the_next_run_and_old_random_named_ones_are_removed()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File(".items.jsonl.tmp"), "half an item from a run that was killed");
        File.WriteAllText(temp.File(".items.jsonl.0123456789ab.tmp"), "left by an older version");
        File.WriteAllText(temp.File(".other.jsonl.0123456789ab.tmp"), "another output's");

        using (var writer = new JsonLinesItemWriter(temp.File("items.jsonl")))
        {
            writer.Write(TestItems.Single());
            writer.Complete();
        }

        Assert.Equal(TestItems.SingleJson + "\n", File.ReadAllText(temp.File("items.jsonl"), Encoding.UTF8));
        Assert.Equal([".other.jsonl.0123456789ab.tmp", "items.jsonl"], temp.Entries().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_writer_of_the_same_output_is_refused_while_the_first_writes()
    {
        using var temp = new TempDirectory();
        using var first = AtomicFile.Create(temp.File("items.jsonl"));
        first.Stream.Write("first"u8);

        var refused = Assert.Throws<IOException>(() => AtomicFile.Create(temp.File("items.jsonl")));

        Assert.Contains("another run is writing", refused.Message);
        first.Commit();
        Assert.Equal("first", File.ReadAllText(temp.File("items.jsonl")));
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
