namespace ProVision.Runtime.Writing;

/// <summary>
/// A file that appears under its final name only when complete. Content goes to a hidden temporary
/// file <c>.&lt;name&gt;.tmp</c> in the target's folder; <see cref="Commit"/> renames it into place.
/// Disposing without committing deletes the temporary file and leaves any existing target untouched.
/// </summary>
/// <remarks>
/// The temporary file lives in the target's own folder because a rename is atomic only within one file
/// system: a crash or cancelled run can then never leave a truncated dataset under the final name that a
/// later resume or training job would mistake for a finished one.
/// </remarks>
public sealed class AtomicFile : IDisposable
{
    private const int BufferSize = 1 << 16;

    private FileStream? _stream;
    private bool _committed;

    private AtomicFile(string targetPath, string tempPath, FileStream stream)
    {
        TargetPath = targetPath;
        TempPath = tempPath;
        _stream = stream;
    }

    /// <summary>The final path, as a full path.</summary>
    public string TargetPath { get; }

    /// <summary>The temporary path being written.</summary>
    public string TempPath { get; }

    /// <summary>The stream to write; readable and seekable (Parquet needs both).</summary>
    /// <exception cref="ObjectDisposedException">The file was committed or disposed.</exception>
    public FileStream Stream => _stream ?? throw new ObjectDisposedException(nameof(AtomicFile));

    /// <summary>Starts a file for <paramref name="path"/>, creating its folder if needed.</summary>
    public static AtomicFile Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no parent folder.", nameof(path));
        var name = Path.GetFileName(target);
        if (name.Length == 0)
        {
            throw new ArgumentException($"'{path}' names a folder, not a file.", nameof(path));
        }
        Directory.CreateDirectory(folder);
        // Named by the output alone, so a run that was killed leaves a file the next run to the same output replaces.
        var temp = Path.Combine(folder, $".{name}.tmp");
        FileStream stream;
        try
        {
            // Open without truncating, lock (FileShare.None), then empty it: a run already writing this output keeps
            // its lock and its bytes, and this one stops here.
            stream = new FileStream(temp, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, BufferSize);
        }
        catch (IOException ex) when (File.Exists(temp))
        {
            throw new IOException($"another run is writing {target} (its temporary file {temp} is in use); wait for it or choose another output", ex);
        }
        stream.SetLength(0);
        RemoveRandomNamedLeftovers(folder, name);
        return new AtomicFile(target, temp, stream);
    }

    /// <summary>
    /// Earlier versions named the temporary file <c>.&lt;name&gt;.&lt;12 hex digits&gt;.tmp</c>; a killed run left one
    /// behind that nothing replaced. They are ours and stale (this run holds the output's name), so they go.
    /// </summary>
    private static void RemoveRandomNamedLeftovers(string folder, string name)
    {
        foreach (var path in Directory.EnumerateFiles(folder, $".{name}.????????????.tmp"))
        {
            var suffix = Path.GetFileName(path)[(name.Length + 2)..^4];
            if (suffix.All(char.IsAsciiHexDigitLower)) File.Delete(path);
        }
    }

    /// <summary>
    /// Flushes the content to disk and renames the temporary file over the target, replacing any old file.
    /// </summary>
    /// <exception cref="ObjectDisposedException">Already committed or disposed.</exception>
    public void Commit()
    {
        var stream = Stream;
        // Flush to the device before the rename, or a power loss could leave the new name on an empty file.
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        _stream = null;
        File.Move(TempPath, TargetPath, overwrite: true);
        _committed = true;
    }

    /// <summary>Abandons an uncommitted file: closes and deletes the temporary file. Does nothing after <see cref="Commit"/>.</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (!_committed)
        {
            File.Delete(TempPath); // no-op when it is already gone
        }
    }
}
