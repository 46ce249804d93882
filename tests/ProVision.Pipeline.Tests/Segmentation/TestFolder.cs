namespace ProVision.Pipeline.Tests.Segmentation;

/// <summary>One temporary folder per test run for the files tests write (tiny models, PNGs); deleted when the run ends.</summary>
public static class TestFolder
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("provision-pipeline-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return root;
    });

    /// <summary>A fresh, empty subfolder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Create(string prefix) =>
        Directory.CreateDirectory(Path.Combine(s_root.Value, $"{prefix}-{Guid.NewGuid():N}")).FullName;
}
