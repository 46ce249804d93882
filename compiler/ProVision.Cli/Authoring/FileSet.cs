namespace ProVision.Cli.Authoring;

/// <summary>The files and folders a scaffold created, so a refusal after writing can remove exactly those.</summary>
public sealed class FileSet
{
    private readonly List<string> _folders = [];

    /// <summary>Files created, in order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Creates the folder of <paramref name="path"/> (remembering each new level), then records the file.</summary>
    public void Add(string path)
    {
        EnsureFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Files.Add(Path.GetFullPath(path));
    }

    /// <summary>Creates <paramref name="folder"/> and its missing parents, remembering the ones it made.</summary>
    public void EnsureFolder(string folder)
    {
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(folder); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!) missing.Push(dir);
        foreach (var dir in missing)
        {
            Directory.CreateDirectory(dir);
            _folders.Add(dir);
        }
    }

    /// <summary>Deletes the files, then the folders it created (deepest first) when they are empty.</summary>
    public void Undo()
    {
        foreach (var file in Files) File.Delete(file);
        foreach (var folder in Enumerable.Reverse(_folders))
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }
}
