using System.Collections.Immutable;
using System.Text;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Detection;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Annotation;

public sealed class AnnotationOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-output-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string OutPath => Path.Combine(_dir, "graphs.jsonl");

    private static AnnotationResult Result(string id) => new()
    {
        ImageId = id,
        Width = 10,
        Height = 8,
        Objects = [new DetectedObject("cup", new Box(1, 1, 4, 4), 0.87654f, 41)],
        Attributes = [ImmutableArray<string>.Empty],
    };

    private static List<string> Ids(string path) =>
        SceneGraphInputs.Read([path], GraphLoadOptions.Default).Select(o => o.Graph?.ImageId ?? throw new Xunit.Sdk.XunitException(o.Error!.ToString())).ToList();

    [Fact]
    public void Graphs_appear_under_the_output_name_only_on_commit()
    {
        using (var output = AnnotationOutput.Open(OutPath))
        {
            output.Write(Result("a"));
            Assert.False(File.Exists(OutPath));
            Assert.True(File.Exists(output.PartialPath));
            output.Commit();
        }

        Assert.Equal(["a"], Ids(OutPath));
        Assert.False(File.Exists(AnnotationOutput.PartialPathFor(OutPath)));
        Assert.Contains("\"score\":0.8765", File.ReadAllText(OutPath));
    }

    [Fact]
    public void A_killed_run_is_resumed_from_its_work_file_without_its_half_written_line()
    {
        using (var first = AnnotationOutput.Open(OutPath))
        {
            first.Write(Result("a"));
            first.Write(Result("b"));
            // killed here: no commit, the work file stays
        }
        var partial = AnnotationOutput.PartialPathFor(OutPath);
        File.AppendAllText(partial, "{\"image_id\":\"c\",\"wid", Encoding.UTF8);

        using (var second = AnnotationOutput.Open(OutPath))
        {
            Assert.Equal(2, second.DoneInPartial);
            Assert.True(second.IsDone("a") && second.IsDone("b"));
            Assert.False(second.IsDone("c"));
            second.Write(Result("c"));
            second.Commit();
        }

        Assert.Equal(["a", "b", "c"], Ids(OutPath));
    }

    [Fact]
    public void New_images_are_added_after_the_graphs_of_an_earlier_run()
    {
        using (var first = AnnotationOutput.Open(OutPath))
        {
            first.Write(Result("a"));
            first.Commit();
        }

        using (var second = AnnotationOutput.Open(OutPath))
        {
            Assert.Equal(1, second.DoneInOutput);
            Assert.True(second.IsDone("a"));
            second.Write(Result("b"));
            second.Commit();
        }

        Assert.Equal(["a", "b"], Ids(OutPath));
    }

    [Fact]
    public void Two_runs_cannot_write_one_output()
    {
        using var first = AnnotationOutput.Open(OutPath);

        var error = Assert.Throws<IOException>(() => AnnotationOutput.Open(OutPath));

        Assert.StartsWith($"{OutPath}: another `provision annotate` run seems to be writing it", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_ours_is_not_overwritten()
    {
        File.WriteAllText(OutPath, "{\"image_id\":\"a\",\"width\":1,\"height\":1}\nhello\n");

        var error = Assert.Throws<IOException>(() => AnnotationOutput.Open(OutPath));

        Assert.Equal($"{OutPath}: line 2 is not a scene graph with an image_id; it is not an output of `provision annotate` (move it away or choose another --out)", error.Message);
    }

    [Fact]
    public void Abandoning_an_empty_run_leaves_nothing_behind()
    {
        using (var output = AnnotationOutput.Open(OutPath)) output.Abandon();

        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Theory]
    [InlineData("baseball_1", "baseball_1_depth.npy")]
    [InlineData("x/1", "x_1-")]
    [InlineData("..", "-")]
    public void Depth_file_names_are_safe(string id, string expectedStart)
    {
        var name = AnnotationOutput.DepthFileName(id);

        Assert.StartsWith(expectedStart, name);
        Assert.EndsWith("_depth.npy", name);
        Assert.DoesNotContain('/', name);
        Assert.False(name.StartsWith('.'));
    }
}
