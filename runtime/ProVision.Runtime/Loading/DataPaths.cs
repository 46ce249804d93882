namespace ProVision.Runtime.Loading;

/// <summary>
/// Where a mask or depth file named inside the data may be read from. Data sets come from the internet, so a name is
/// untrusted: it must stay under the folder it resolves against (<c>--mask-dir</c>, <c>--depth-dir</c>, or the graph
/// file's folder), with no absolute path, no <c>..</c> and no symbolic link leading out of it, unless the user passes
/// <c>--allow-outside-paths</c>; and whatever the flag, only a non-empty regular file within
/// <see cref="DataLimits.MaxReferencedFileBytes"/> is opened (a FIFO would block the reader forever).
/// </summary>
public static class DataPaths
{
    private const int MaxLinkHops = 40;

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Why <paramref name="name"/>, as written in the data, may not be looked up under <paramref name="folder"/>
    /// (absolute, or leaving the folder by <c>..</c>), or null. Checked before the disk is touched.
    /// </summary>
    public static string? NameProblem(string name, string folder, bool allowOutside)
    {
        if (allowOutside) return null;
        if (Path.IsPathRooted(name))
            return $"'{name}' is an absolute path; data files must be named relative to {folder} (pass --allow-outside-paths to read files elsewhere)";
        if (!IsUnder(Path.GetFullPath(Path.Combine(folder, name)), Path.GetFullPath(folder)))
            return $"'{name}' leads out of {folder}; data files must lie under it (pass --allow-outside-paths to read files elsewhere)";
        return null;
    }

    /// <summary>
    /// Why the existing file <paramref name="path"/> may not be opened: a symbolic link (of the file or a folder on
    /// the way) that leaves <paramref name="folder"/>, not a regular file, or too large. Null when it may.
    /// </summary>
    public static string? FileProblem(string path, string folder, bool allowOutside)
    {
        if (!allowOutside && !IsUnder(RealPath(Path.GetFullPath(path)), RealPath(Path.GetFullPath(folder))))
            return $"'{path}' is a symbolic link to a file outside {folder}; data files must lie under it (pass --allow-outside-paths to read files elsewhere)";
        var info = new FileInfo(path);
        // A FIFO, socket or device reports length 0, as does an empty file: neither holds a mask or a depth map,
        // and opening a FIFO would wait for a writer forever.
        if (info.Length == 0) return $"'{path}' is empty or not a regular file (a FIFO, socket or device); only regular files are read";
        if (info.Length > DataLimits.MaxReferencedFileBytes)
            return $"'{path}' is {info.Length:N0} bytes, more than the limit of {DataLimits.MaxReferencedFileBytes:N0} for a mask or depth file";
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        if (path.Equals(root, PathComparison)) return true;
        var prefix = IsSeparator(root[^1]) ? root : root + Path.DirectorySeparatorChar; // the root "/" keeps its separator
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>The path with every symbolic link on it resolved, like POSIX <c>realpath</c> (missing parts stay as written).</summary>
    public static string RealPath(string fullPath)
    {
        var path = fullPath;
        for (var hops = 0; hops <= MaxLinkHops; hops++)
        {
            var next = ReplaceFirstLink(path);
            if (next is null) return path;
            path = next;
        }
        throw new IOException($"'{fullPath}': too many levels of symbolic links");
    }

    /// <summary>The path with its first symbolic link (from the root down) replaced by the link's target; null when none is a link.</summary>
    private static string? ReplaceFirstLink(string path)
    {
        var root = Path.GetPathRoot(path) ?? "";
        var parts = path[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(Path.Combine(current, target));
                return Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
            }
            current = next;
        }
        return null;
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
}
