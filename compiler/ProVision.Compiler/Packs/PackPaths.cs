namespace ProVision.Compiler.Packs;

/// <summary>
/// Paths in pack.yaml: relative, '/'-separated, staying inside the pack folder; sources may be globs where
/// <c>*</c> and <c>?</c> match within one path segment and a <c>**</c> segment matches any number of folders.
/// Matching is case-sensitive (ordinal) and skips folders whose names start with '.'.
/// </summary>
internal static class PackPaths
{
    /// <summary>True for a path that is relative and has no '..' segment.</summary>
    public static bool StaysInside(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':'))
        {
            return false;
        }
        return !Segments(path).Contains("..");
    }

    /// <summary>True when <paramref name="pattern"/> has a wildcard.</summary>
    public static bool IsGlob(string pattern) => pattern.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The full path of a relative path inside <paramref name="folder"/>.</summary>
    public static string Combine(string folder, string relative) =>
        Path.GetFullPath(Path.Combine(folder, Path.Combine(Segments(relative))));

    /// <summary>The files under <paramref name="folder"/> that match, as full paths in ordinal order of their relative paths.</summary>
    public static List<string> Match(string folder, string pattern)
    {
        var segments = Segments(pattern);
        var regexes = segments.Select(s => s == "**" ? null : new NamePattern(s)).ToArray();
        var matches = new List<string>();
        if (Directory.Exists(folder))
        {
            Walk(folder, regexes, 0, matches);
        }
        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    private static void Walk(string folder, NamePattern?[] segments, int index, List<string> matches)
    {
        if (index == segments.Length)
        {
            return;
        }
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment is null)
        {
            // '**': zero folders (the rest of the pattern here), or one more folder and '**' again.
            if (last)
            {
                AddFiles(folder, null, matches, recursive: true);
                return;
            }
            Walk(folder, segments, index + 1, matches);
            foreach (var sub in SubFolders(folder))
            {
                Walk(sub, segments, index, matches);
            }
            return;
        }
        if (last)
        {
            AddFiles(folder, segment, matches, recursive: false);
            return;
        }
        foreach (var sub in SubFolders(folder))
        {
            if (segment.IsMatch(Path.GetFileName(sub)))
            {
                Walk(sub, segments, index + 1, matches);
            }
        }
    }

    private static void AddFiles(string folder, NamePattern? name, List<string> matches, bool recursive)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (name is null || name.IsMatch(Path.GetFileName(file)))
            {
                matches.Add(Path.GetFullPath(file));
            }
        }
        if (recursive)
        {
            foreach (var sub in SubFolders(folder))
            {
                AddFiles(sub, name, matches, recursive: true);
            }
        }
    }

    // A list sorted in place: LINQ's Order would be generic code over int (its sort map) the runtime compiles at every
    // start (docs/performance.md#session-8-start-up); the names are distinct, so an unstable sort gives the same order.
    private static List<string> SubFolders(string folder)
    {
        var subs = new List<string>();
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                subs.Add(sub);
            }
        }
        subs.Sort(StringComparer.Ordinal);
        return subs;
    }

    private static string[] Segments(string path) =>
        path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();

    /// <summary>
    /// One segment of a glob against one file or folder name: <c>*</c> any run of characters, <c>?</c> any one, every
    /// other character itself (ordinal). A plain loop rather than a regular expression, which would cost a warm start
    /// its first-use compilation (docs/performance.md#start-up); linear in the name for each <c>*</c>, never exponential.
    /// </summary>
    internal sealed class NamePattern(string pattern)
    {
        public bool IsMatch(string name)
        {
            int p = 0, n = 0, starP = -1, starN = 0;
            while (n < name.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    starP = p++;
                    starN = n;
                }
                else if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
                {
                    p++;
                    n++;
                }
                else if (starP >= 0)
                {
                    // Let the last '*' take one more character and retry the rest after it.
                    p = starP + 1;
                    n = ++starN;
                }
                else
                {
                    return false;
                }
            }
            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }
            return p == pattern.Length;
        }
    }
}
